/*
 * test_fxrate.c - unit tests for the fxrate core (parse, format, derived rates).
 */
#include "fxrate.h"
#include "unit.h"

#include <stdlib.h>

static FxRate
R(const char *s)
{
	FxRate		r;

	if (fxr_parse(s, strlen(s), &r, NULL) != FX_OK)
	{
		printf("# bad test literal \"%s\"\n", s);
		exit(2);
	}
	return r;
}

static const char *
text(const FxRate *r)
{
	static char buf[4][FXR_FORMAT_MAX];
	static int	next = 0;
	char	   *b = buf[next++ % 4];

	fxr_format(r, b);
	return b;
}

/* Parse s; return the status and, on error, the offending part in `part`. */
static FxStatus
parse_part(const char *s, char *part, size_t part_size)
{
	FxRate		r;
	FxSpan		bad;
	FxStatus	st = fxr_parse(s, strlen(s), &r, &bad);
	size_t		n = bad.len < part_size - 1 ? bad.len : part_size - 1;

	memcpy(part, s + bad.off, n);
	part[n] = '\0';
	return st;
}

static void
test_parse(void)
{
	static const struct
	{
		const char *in;
		const char *out;
	}			ok[] = {
		{"KGS/USD 0.01144", "KGS/USD 0.01144"},
		{"KGS/USD = 0.01144", "KGS/USD 0.01144"},
		{"kgs/usd=0.01144", "KGS/USD 0.01144"},
		{" \t UZS/USD 0.00008 \n", "UZS/USD 0.00008"},
		{"USD/KZT 87.40", "USD/KZT 87.40"},
		{"usd / kzt\t=\t515.46", "USD/KZT 515.46"},
		{"TMM/USD 0.000192", "TMM/USD 0.000192"},	/* withdrawn codes are rates' currencies too */
		{"dem/eur 0.51129", "DEM/EUR 0.51129"},
		{"KGS/USD 0.000000000000000000000000000001", "KGS/USD 0.000000000000000000000000000001"},
		{"USD/KGS 999999999999999999", "USD/KGS 999999999999999999"},
	};
	static const struct
	{
		const char *in;
		FxStatus	st;
		const char *part;
	}			bad[] = {
		{"", FX_BAD_FORMAT, ""},
		{"KGS USD 0.01144", FX_BAD_FORMAT, "KGS USD 0.01144"},
		{"KG/USD 0.01144", FX_BAD_BASE, "KG"},
		{"K1S/USD 0.01144", FX_BAD_BASE, "K1S"},
		{"XYZ/USD 0.01144", FX_UNKNOWN_BASE, "XYZ"},
		{"KGS/USDT 0.01144", FX_BAD_QUOTE, "USDT"},
		{"KGS/ 0.01144", FX_BAD_QUOTE, "0.01144"},
		{"KGS/BYQ 0.01144", FX_UNKNOWN_QUOTE, "BYQ"},
		{"KGS/kgs 1", FX_SAME_CURRENCY, "kgs"},
		{"KGS/USD", FX_BAD_FORMAT, ""},
		{"KGS/USD =", FX_BAD_FORMAT, ""},
		{"KGS/USD 0,01144", FX_BAD_NUMBER, "0,01144"},
		{"KGS/USD = = 1", FX_BAD_NUMBER, "= 1"},
		{"KGS/USD 0", FX_NOT_POSITIVE, "0"},
		{"KGS/USD -1", FX_NOT_POSITIVE, "-1"},
		{"KGS/USD 0.0000000000000000000000000000001", FX_OUT_OF_RANGE, "0.0000000000000000000000000000001"},
		{"KGS/USD 1000000000000000000", FX_OUT_OF_RANGE, "1000000000000000000"},
	};

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
	{
		FxRate		r;
		FxStatus	st = fxr_parse(ok[i].in, strlen(ok[i].in), &r, NULL);

		CHECK(st == FX_OK, "valid input %zu parses", i);
		if (st == FX_OK)
			CHECK_STR(text(&r), ok[i].out, "valid input %zu prints as \"%s\"", i, ok[i].out);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		char		part[64];
		FxStatus	st = parse_part(bad[i].in, part, sizeof(part));

		CHECK(st == bad[i].st, "\"%s\" fails with status %d (got %d)", bad[i].in, (int) bad[i].st, (int) st);
		CHECK_STR(part, bad[i].part, "\"%s\" blames \"%s\"", bad[i].in, bad[i].part);
	}
	{
		FxRate		r;

		CHECK(fxr_parse("KGS/USD 0.01144xyz", 15, &r, NULL) == FX_OK && r.coef == 1144,
			  "reads exactly len bytes");
		CHECK(r.pad[0] == 0 && r.pad[1] == 0 && r.pad[2] == 0, "pad bytes are zero");
	}
}

static void
test_validity(void)
{
	FxRate		r = R("KGS/USD 0.01144");
	FxRate		t;
	dec			v = {1144, 5};

	CHECK(fxr_is_valid(&r), "a parsed rate is valid");
	t = r;
	t.pad[1] = 1;
	CHECK(!fxr_is_valid(&t), "a non-zero pad byte is invalid");
	t = r;
	t.quote = t.base;
	CHECK(!fxr_is_valid(&t), "same currency is invalid");
	t = r;
	t.base = cur_pack("XYZ");
	CHECK(!fxr_is_valid(&t), "an unknown code is invalid");
	t = r;
	t.base = CUR_CODE_INVALID;
	CHECK(!fxr_is_valid(&t), "the invalid code marker is invalid");
	t = r;
	t.coef = 0;
	CHECK(!fxr_is_valid(&t), "zero is invalid");
	t = r;
	t.coef = -1;
	CHECK(!fxr_is_valid(&t), "negative is invalid");
	t = r;
	t.coef = DEC_MAX_COEF + 1;
	CHECK(!fxr_is_valid(&t), "19 digits are invalid");
	t = r;
	t.scale = DEC_MAX_SCALE + 1;
	CHECK(!fxr_is_valid(&t), "scale 31 is invalid");
	CHECK(fxr_make(cur_pack("KGS"), cur_pack("USD"), v, &t) == FX_OK && memcmp(&t, &r, sizeof(t)) == 0,
		  "fxr_make builds the same bytes as parsing");
	v.coef = 0;
	CHECK(fxr_make(cur_pack("KGS"), cur_pack("USD"), v, &t) == FX_NOT_POSITIVE, "fxr_make refuses zero");
	v.coef = 1;
	CHECK(fxr_make(cur_pack("KGS"), cur_pack("KGS"), v, &t) == FX_SAME_CURRENCY, "fxr_make refuses one currency");
	v.scale = 31;
	CHECK(fxr_make(cur_pack("KGS"), cur_pack("USD"), v, &t) == FX_OUT_OF_RANGE, "fxr_make refuses scale 31");
}

static void
test_order_and_canonical(void)
{
	FxRate		a = R("KGS/USD 0.0114");
	FxRate		b = R("KGS/USD 0.01140");
	FxRate		ca = fxr_canonical(&a);
	FxRate		cb = fxr_canonical(&b);

	CHECK(fxr_cmp(&a, &b) == 0, "0.0114 = 0.01140");
	CHECK(memcmp(&ca, &cb, sizeof(ca)) == 0, "and they share the canonical bytes (same hash)");
	{
		FxRate		lo = R("KGS/USD 9"),
					hi = R("KZT/USD 0.001");

		CHECK(fxr_cmp(&lo, &hi) < 0 && fxr_cmp(&hi, &lo) > 0, "base orders first");
	}
	{
		FxRate		lo = R("KGS/EUR 9"),
					hi = R("KGS/USD 0.001");

		CHECK(fxr_cmp(&lo, &hi) < 0, "then quote");
	}
	{
		FxRate		lo = R("KGS/USD 0.000000000000000000000000000001"),
					hi = R("KGS/USD 999999999999999999");

		CHECK(fxr_cmp(&lo, &hi) < 0 && fxr_cmp(&hi, &lo) > 0, "then value, extremes");
	}
}

static void
test_derived(void)
{
	FxRate		kgs = R("KGS/USD 0.01144");
	FxRate		kzt = R("KZT/USD 0.00194");
	FxRate		usd_kzt = R("USD/KZT 515.46");
	FxRate		out;
	dec			d = {0, 0};
	char		buf[DEC_FORMAT_MAX];

	CHECK(fxr_inverse(&kgs, &out) == FX_OK, "inverse");
	CHECK_STR(text(&out), "USD/KGS 87.4125874125874126", "inverse of KGS/USD 0.01144");
	{
		FxRate		uzs = R("USD/UZS 12600.5");

		fxr_inverse(&uzs, &out);
		CHECK_STR(text(&out), "UZS/USD 0.0000793619300821395976", "inverse of USD/UZS 12600.5 at full precision");
	}
	CHECK(fxr_cross(&kzt, &kgs, &out) == FX_OK, "cross with a shared quote");
	CHECK_STR(text(&out), "KZT/KGS 0.16958041958041958", "KZT/USD / KGS/USD");
	CHECK(fxr_chain(&kgs, &usd_kzt, &out) == FX_OK, "chain");
	CHECK_STR(text(&out), "KGS/KZT 5.8968624", "KGS/USD * USD/KZT");
	CHECK(fxr_chain(&usd_kzt, &kgs, &out) == FX_OK, "chain written the other way round");
	CHECK_STR(text(&out), "KGS/KZT 5.8968624", "USD/KZT * KGS/USD");
	CHECK(fxr_chain(&kgs, &kzt, &out) == FX_PAIR_MISMATCH, "chain of two X/USD does not fit");
	{
		FxRate		usd_kgs = R("USD/KGS 87.41");

		CHECK(fxr_chain(&kgs, &usd_kgs, &out) == FX_PAIR_MISMATCH, "A/B * B/A would be A/A");
		CHECK(fxr_cross(&usd_kgs, &usd_kzt, &out) == FX_OK, "cross with a shared base");
		CHECK_STR(text(&out), "KZT/KGS 0.16957668878283475", "USD/KGS / USD/KZT");
	}
	CHECK(fxr_cross(&kgs, &usd_kzt, &out) == FX_PAIR_MISMATCH, "cross without a shared currency");
	CHECK(fxr_cross(&kgs, &kgs, &out) == FX_PAIR_MISMATCH, "cross of one pair with itself");

	{
		FxRate		newer = R("KGS/USD 0.01150");

		CHECK(fxr_pct_change(&newer, &kgs, &d) == FX_OK, "percent change");
		dec_format(d, buf);
		CHECK_STR(buf, "0.524475524475524476", "0.01144 -> 0.01150 is +0.52 %%");
		CHECK(fxr_pct_change(&newer, &kzt, &d) == FX_PAIR_MISMATCH, "percent change across pairs");
	}
	{
		dec			ten = {10, 0},
					minus_hundred = {-100, 0},
					minus_99 = {-999, 1};

		CHECK(fxr_move_pct(&kgs, ten, &out) == FX_OK, "move by 10 %%");
		CHECK_STR(text(&out), "KGS/USD 0.012584", "0.01144 + 10 %%");
		CHECK(fxr_move_pct(&kgs, minus_hundred, &out) == FX_NOT_POSITIVE, "move by -100 %% is refused");
		CHECK(fxr_move_pct(&kgs, minus_99, &out) == FX_OK, "move by -99.9 %%");
		CHECK_STR(text(&out), "KGS/USD 0.00001144", "0.01144 - 99.9 %%");
	}
	{
		FxRate		uzs = R("UZS/USD 0.00008");

		CHECK(fxr_error_bound(&uzs, &d) == FX_OK, "error bound");
		dec_format(d, buf);
		CHECK_STR(buf, "0.0625", "UZS/USD 0.00008 may be 6.25 %% off");
		CHECK(fxr_round(&uzs, 2, &out) == FX_OUT_OF_RANGE, "rounding to zero is refused");
		CHECK(fxr_round(&kgs, 3, &out) == FX_OK, "round");
		CHECK_STR(text(&out), "KGS/USD 0.011", "0.01144 to 3 decimals");
	}
	{
		FxRate		tiny = R("KGS/USD 0.000000000000000000000000000001");
		FxRate		big = R("USD/KGS 999999999999999999");

		CHECK(fxr_inverse(&tiny, &out) == FX_OUT_OF_RANGE, "inverse of 10^-30 is out of range");
		CHECK(fxr_inverse(&big, &out) == FX_OK, "inverse of the largest rate");
		CHECK_STR(text(&out), "KGS/USD 0.000000000000000001", "is 10^-18 after rounding");
	}
}

/* ---- properties --------------------------------------------------------------- */

static uint64_t rng_state = UINT64_C(0x243F6A8885A308D3);

static uint64_t
rng_next(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * UINT64_C(2685821657736338717);
}

static FxRate
random_rate(void)
{
	static const char *const codes[] = {"KGS", "KZT", "TJS", "UZS", "TMT", "USD", "EUR", "JPY", "KWD", "XAU"};
	FxRate		r;
	dec			v;
	size_t		b = rng_next() % 10,
				q = (b + 1 + rng_next() % 9) % 10;
	int			digits = 1 + (int) (rng_next() % 18);
	int64_t		p = 1;

	for (int i = 0; i < digits; i++)
		p *= 10;
	v.coef = 1 + (int64_t) (rng_next() % (uint64_t) (p - 1));
	v.scale = (int32_t) (rng_next() % (DEC_MAX_SCALE + 1));
	fxr_make(cur_pack(codes[b]), cur_pack(codes[q]), v, &r);
	return r;
}

static void
test_properties(void)
{
	int			round_trip_bad = 0,
				inverse_bad = 0,
				inverse_checked = 0,
				fuzz_bad = 0;

	for (int i = 0; i < 20000; i++)
	{
		FxRate		r = random_rate();
		FxRate		back,
					inv,
					inv2;
		char		buf[FXR_FORMAT_MAX];
		int			len = fxr_format(&r, buf);

		if (fxr_parse(buf, (size_t) len, &back, NULL) != FX_OK || memcmp(&back, &r, sizeof(r)) != 0)
			round_trip_bad++;
		/*
		 * inverse(inverse(r)) is r to within 10^-17 relative, so for a rate
		 * of up to 9 digits rounding it back to r's published scale gives r.
		 */
		if (dec_digits(fxrate_value(&r)) <= 9 && fxr_inverse(&r, &inv) == FX_OK &&
			fxr_inverse(&inv, &inv2) == FX_OK)
		{
			FxRate		back2;

			inverse_checked++;
			if (fxr_round(&inv2, r.scale, &back2) != FX_OK || fxr_cmp(&back2, &r) != 0)
				inverse_bad++;
		}
	}

	/* Random bytes never crash the parser and never yield an invalid rate. */
	for (int i = 0; i < 100000; i++)
	{
		static const char alphabet[] = "KGSUDZTkgsud/=. 0123456789-+\t\xc2\xa0";
		char		buf[40];
		size_t		len = rng_next() % sizeof(buf);
		FxRate		r;
		FxSpan		bad;

		for (size_t k = 0; k < len; k++)
			buf[k] = (rng_next() & 3) ? alphabet[rng_next() % (sizeof(alphabet) - 1)] : (char) rng_next();
		if (fxr_parse(buf, len, &r, &bad) == FX_OK ? !fxr_is_valid(&r) : bad.off + bad.len > len)
			fuzz_bad++;
	}
	CHECK(round_trip_bad == 0, "format -> parse is the identity on 20000 random rates (%d bad)", round_trip_bad);
	CHECK(inverse_checked > 1000 && inverse_bad == 0,
		  "inverse(inverse(r)) rounded to r's scale is r, for rates of up to 9 digits (%d checked, %d bad)", inverse_checked, inverse_bad);
	CHECK(fuzz_bad == 0, "random bytes: only valid rates and in-bounds error spans (%d bad)", fuzz_bad);
}

static void
test_pair_name(void)
{
	char		buf[FXR_PAIR_NAME_MAX];
	FxRate		r = R("KGS/USD 0.01144");

	CHECK(fxr_pair_name(r.base, r.quote, buf) == 7, "a pair's name is 7 characters");
	CHECK_STR(buf, "KGS/USD", "base, slash, quote");
	fxr_pair_name(r.quote, r.base, buf);
	CHECK_STR(buf, "USD/KGS", "the inverse pair");
}

int
main(void)
{
	test_pair_name();
	test_parse();
	test_validity();
	test_order_and_canonical();
	test_derived();
	test_properties();
	UNIT_DONE();
}
