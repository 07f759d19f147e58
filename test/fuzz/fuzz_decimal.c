/*
 * fuzz_decimal.c - the decimal parser and arithmetic on any bytes.
 * The input is split at the first '|' into two operands.  Whatever parses
 * must format back to text that parses to an equal value, and every
 * operation either succeeds with an in-range result or reports a status.
 */
#include "fuzz.h"
#include "decimal.h"

#include <string.h>

static int
in_range(dec v)
{
	return v.scale >= 0 && v.scale <= DEC_MAX_SCALE &&
		v.coef >= -DEC_MAX_COEF && v.coef <= DEC_MAX_COEF;
}

static void
check_round_trip(dec v)
{
	char		buf[DEC_FORMAT_MAX];
	int			len = dec_format(v, buf);
	dec			back;

	FUZZ_ASSERT(len > 0 && len < DEC_FORMAT_MAX);
	FUZZ_ASSERT(dec_parse(buf, (size_t) len, &back) == DEC_OK);
	FUZZ_ASSERT(back.coef == v.coef && back.scale == v.scale);
}

static void
check_result(DecStatus st, dec v)
{
	if (st == DEC_OK)
	{
		FUZZ_ASSERT(in_range(v));
		check_round_trip(v);
	}
}

/*
 * When the exact product fits the type, dec_mul must return exactly it
 * (normalized): rounding may only happen when digits really are lost.
 */
static void
check_exact_product(dec a, dec b)
{
	int128_t	p = (int128_t) a.coef * b.coef;
	int			scale = a.scale + b.scale;
	dec			r;

	while (scale > 0 && p % 10 == 0)
	{
		p /= 10;
		scale--;
	}
	if (p == 0)
		scale = 0;
	if (p > DEC_MAX_COEF || p < -DEC_MAX_COEF || scale > DEC_MAX_SCALE)
		return;
	FUZZ_ASSERT(dec_mul(a, b, &r) == DEC_OK);
	FUZZ_ASSERT(r.coef == (int64_t) p && r.scale == scale);
}

/* A sum that succeeds is exact (its scale may shrink, its value may not move). */
static void
check_exact_sum(dec a, dec b)
{
	int128_t	exact = (int128_t) a.coef + b.coef;
	int128_t	got;
	dec			r;

	if (a.scale != b.scale || dec_add(a, b, &r) != DEC_OK)
		return;
	FUZZ_ASSERT(r.scale <= a.scale);
	got = r.coef;
	for (int i = r.scale; i < a.scale; i++)
		got *= 10;
	FUZZ_ASSERT(got == exact);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const char *bar = memchr(s, '|', size);
	size_t		alen = bar ? (size_t) (bar - s) : size;
	dec			a, b, r;

	if (dec_parse(s, alen, &a) != DEC_OK)
		return 0;
	FUZZ_ASSERT(in_range(a));
	check_round_trip(a);
	FUZZ_ASSERT(dec_cmp(a, a) == 0);
	FUZZ_ASSERT(dec_cmp(a, dec_normalize(a)) == 0);
	if (bar == NULL || dec_parse(bar + 1, size - alen - 1, &b) != DEC_OK)
		return 0;

	FUZZ_ASSERT(dec_cmp(a, b) == -dec_cmp(b, a));
	check_exact_product(a, b);
	check_result(dec_add(a, b, &r), r);
	check_exact_sum(a, b);
	check_result(dec_sub(a, b, &r), r);
	check_result(dec_mul(a, b, &r), r);
	check_result(dec_div(a, b, &r), r);
	check_result(dec_round(a, (int) (b.coef % 40) - 5, &r), r);
	return 0;
}
