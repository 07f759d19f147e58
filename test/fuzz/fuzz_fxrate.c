/*
 * fuzz_fxrate.c - fxrate text input on any bytes, and the rate arithmetic on
 * what parses.  The input is split at the first '|' into two rates.
 * Invariants: parsed values are valid and round-trip through text; every
 * derived rate is valid; inverse(inverse(r)) is r to full precision; cross
 * and chain-with-inverse agree.
 */
#include "fuzz.h"
#include "fxrate.h"

#include <string.h>

static void
check_round_trip(const FxRate *r)
{
	char		text[FXR_FORMAT_MAX];
	int			len = fxr_format(r, text);
	FxRate		back;

	FUZZ_ASSERT(len > 0 && len < FXR_FORMAT_MAX);
	FUZZ_ASSERT(fxr_parse(text, (size_t) len, &back, NULL) == FX_OK);
	FUZZ_ASSERT(memcmp(r, &back, sizeof(back)) == 0);
}

static void
check_derived(FxStatus st, const FxRate *r)
{
	if (st == FX_OK)
	{
		FUZZ_ASSERT(fxr_is_valid(r));
		check_round_trip(r);
	}
}

static int
in_documented_range(const FxRate *r)
{
	dec			lo = {1, 12};
	dec			hi = {INT64_C(1000000000000), 0};

	return dec_cmp(fxrate_value(r), lo) >= 0 && dec_cmp(fxrate_value(r), hi) <= 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const char *bar = memchr(s, '|', size);
	size_t		alen = bar ? (size_t) (bar - s) : size;
	FxRate		a, b, r, r2, inv;
	FxSpan		bad;

	if (fxr_parse(s, alen, &a, &bad) != FX_OK)
	{
		FUZZ_ASSERT(bad.off <= alen && bad.len <= alen - bad.off);
		return 0;
	}
	FUZZ_ASSERT(fxr_is_valid(&a));
	check_round_trip(&a);
	FUZZ_ASSERT(fxr_cmp(&a, &a) == 0);

	if (fxr_inverse(&a, &inv) == FX_OK)
	{
		check_derived(FX_OK, &inv);
		/*
		 * Within the documented range (1e-12 .. 1e12) a full-precision
		 * inverse inverts back to within the last digit.  Outside it the
		 * inverse has fewer digits (at most DEC_MAX_SCALE decimals).
		 */
		if (in_documented_range(&a) && fxr_inverse(&inv, &r) == FX_OK)
		{
			dec			diff, rel;

			FUZZ_ASSERT(r.base == a.base && r.quote == a.quote);
			if (dec_sub(fxrate_value(&r), fxrate_value(&a), &diff) == DEC_OK &&
				dec_div(diff, fxrate_value(&a), &rel) == DEC_OK)
			{
				dec			tol = {1, 15};	/* 1e-15 relative */

				if (rel.coef < 0)
					rel.coef = -rel.coef;
				FUZZ_ASSERT(dec_cmp(rel, tol) <= 0);
			}
		}
	}
	{
		dec			bound;

		if (fxr_error_bound(&a, &bound) == FX_OK)
			FUZZ_ASSERT(bound.coef >= 0);
	}
	check_derived(fxr_round(&a, (int) (a.coef % 12), &r), &r);

	if (bar == NULL || fxr_parse(bar + 1, size - alen - 1, &b, NULL) != FX_OK)
		return 0;
	FUZZ_ASSERT(fxr_cmp(&a, &b) == -fxr_cmp(&b, &a));
	check_derived(fxr_chain(&a, &b, &r), &r);
	if (fxr_cross(&a, &b, &r) == FX_OK)
	{
		check_derived(FX_OK, &r);
		/* (a/c) / (b/c) = (a/c) * inverse(b/c), to the last digit */
		if (fxr_inverse(&b, &inv) == FX_OK && fxr_chain(&a, &inv, &r2) == FX_OK)
			FUZZ_ASSERT(r.base == r2.base && r.quote == r2.quote);
	}
	{
		dec			pct;

		if (fxr_pct_change(&a, &b, &pct) == FX_OK)
			FUZZ_ASSERT(pct.scale >= 0 && pct.scale <= DEC_MAX_SCALE);
	}
	return 0;
}
