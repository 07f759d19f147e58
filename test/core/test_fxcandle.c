/*
 * test_fxcandle.c - unit and property tests for the candle core: what each
 * point means, ties on time and on digits, merging, validity, the text and
 * binary forms, and that order and splitting never change a candle.
 */
#include "fxcandle.h"
#include "utctime.h"
#include "unit.h"

#include <stdlib.h>

#define HOUR INT64_C(3600000000)
/* 2025-12-09T00:00:00Z */
#define DAY0 INT64_C(818553600000000)

typedef struct Row
{
	FxRate		rate;
	int64_t		at;
} Row;

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

static Row
row(const char *rate, int64_t hours)
{
	Row			r;

	r.rate = R(rate);
	r.at = DAY0 + hours * HOUR;
	return r;
}

static FxCandle
candle_of(const Row *rows, int n)
{
	FxCandle	c;

	fxc_init(&c, &rows[0].rate, rows[0].at);
	for (int i = 1; i < n; i++)
		if (fxc_add(&c, &rows[i].rate, rows[i].at) != FXC_OK)
			printf("# fxc_add failed on row %d\n", i);
	return c;
}

static const char *
text(const FxCandle *c)
{
	static char buf[4][FXC_FORMAT_MAX];
	static int	next = 0;
	char	   *b = buf[next++ % 4];

	fxc_format(c, b);
	return b;
}

static FxCandle
parsed(const char *s)
{
	FxCandle	c;
	FxCandleParseError err;

	if (fxc_parse(s, strlen(s), &c, &err) != FXC_SYN_OK)
	{
		char		why[FXC_DESCRIBE_MAX];

		fxc_describe(&err, s, strlen(s), why);
		printf("# bad candle literal \"%s\": %s\n", s, why);
		exit(2);
	}
	return c;
}

/* The phrase a parse error gives ("ok" when it parses). */
static const char *
parse_error(const char *s)
{
	static char why[FXC_DESCRIBE_MAX];
	FxCandle	c;
	FxCandleParseError err;

	if (fxc_parse(s, strlen(s), &c, &err) == FXC_SYN_OK)
		return "ok";
	fxc_describe(&err, s, strlen(s), why);
	return why;
}

static int
same(const FxCandle *a, const FxCandle *b)
{
	return memcmp(a, b, sizeof(FxCandle)) == 0;
}

/* ---- what the four points mean -------------------------------------------- */

static void
test_points(void)
{
	Row			day[] = {
		row("KZT/USD 0.00195", 8), row("KZT/USD 0.00193", 2), row("KZT/USD 0.00196", 4),
		row("KZT/USD 0.00194", 0), row("KZT/USD 0.00196", 6), row("KZT/USD 0.00193", 10),
	};
	FxCandle	c = candle_of(day, 6);
	FxRate		r;
	dec			pct;
	char		buf[DEC_FORMAT_MAX];

	CHECK_STR(text(&c),
			  "KZT/USD open 0.00194 @2025-12-09T00:00:00Z high 0.00196 @2025-12-09T04:00:00Z "
			  "low 0.00193 @2025-12-09T02:00:00Z close 0.00193 @2025-12-09T10:00:00Z n 6",
			  "open is the earliest, close the latest, high and low at their first sighting");
	CHECK(c.n == 6, "n counts the rows");
	r = fxc_rate(&c, FXC_HIGH);
	fxr_format(&r, buf);
	CHECK_STR(buf, "KZT/USD 0.00196", "fxc_rate gives a point as an fxrate");
	CHECK(fxc_change_pct(&c, &pct) == FX_OK, "change computes");
	dec_format(pct, buf);
	CHECK_STR(buf, "-0.515463917525773196", "change: 100 * (0.00193 - 0.00194) / 0.00194, rounded once");

	{
		Row			one[] = {row("UZS/USD 0.00008", 3)};
		FxCandle	c1 = candle_of(one, 1);

		CHECK_STR(text(&c1),
				  "UZS/USD open 0.00008 @2025-12-09T03:00:00Z high 0.00008 @2025-12-09T03:00:00Z "
				  "low 0.00008 @2025-12-09T03:00:00Z close 0.00008 @2025-12-09T03:00:00Z n 1",
				  "a candle of one row has four identical points");
		CHECK(fxc_change_pct(&c1, &pct) == FX_OK && pct.coef == 0, "and no change");
	}
}

static void
test_ties(void)
{
	/* three rates at the same time: the open is the lowest, the close the highest */
	Row			same_time[] = {
		row("KGS/USD 0.01145", 5), row("KGS/USD 0.01143", 5), row("KGS/USD 0.01144", 5),
	};
	/* the high seen twice: high_at is the first time */
	Row			twice[] = {
		row("KGS/USD 0.01144", 1), row("KGS/USD 0.01150", 7), row("KGS/USD 0.01150", 3),
		row("KGS/USD 0.01140", 9), row("KGS/USD 0.01140", 4),
	};
	/* equal values, different digits, same time: fixed by the number of decimals */
	Row			digits[] = {
		row("KGS/USD 0.0114", 2), row("KGS/USD 0.01140", 2), row("KGS/USD 0.011400", 2),
	};
	/* equal values, different digits, different times: the time decides */
	Row			digits_late[] = {
		row("KGS/USD 0.01140", 2), row("KGS/USD 0.0114", 5),
	};
	FxCandle	c;

	c = candle_of(same_time, 3);
	CHECK_STR(text(&c),
			  "KGS/USD open 0.01143 @2025-12-09T05:00:00Z high 0.01145 @2025-12-09T05:00:00Z "
			  "low 0.01143 @2025-12-09T05:00:00Z close 0.01145 @2025-12-09T05:00:00Z n 3",
			  "equal times: open the lowest rate, close the highest");
	c = candle_of(twice, 5);
	CHECK(c.at[FXC_HIGH] == DAY0 + 3 * HOUR, "high_at is the first time the high was seen");
	CHECK(c.at[FXC_LOW] == DAY0 + 4 * HOUR, "low_at is the first time the low was seen");
	c = candle_of(digits, 3);
	CHECK_STR(text(&c),
			  "KGS/USD open 0.0114 @2025-12-09T02:00:00Z high 0.011400 @2025-12-09T02:00:00Z "
			  "low 0.0114 @2025-12-09T02:00:00Z close 0.011400 @2025-12-09T02:00:00Z n 3",
			  "equal values at one time: fewer decimals count as lower");
	c = candle_of(digits_late, 2);
	CHECK_STR(text(&c),
			  "KGS/USD open 0.01140 @2025-12-09T02:00:00Z high 0.01140 @2025-12-09T02:00:00Z "
			  "low 0.01140 @2025-12-09T02:00:00Z close 0.0114 @2025-12-09T05:00:00Z n 2",
			  "equal values at different times: high and low as first seen");
}

static void
test_errors(void)
{
	Row			rows[] = {row("KZT/USD 0.00194", 0), row("KGS/USD 0.01144", 1)};
	FxCandle	c = candle_of(rows, 1);
	FxCandle	other;
	FxCandle	before;
	FxCandleStatus st;

	CHECK(fxc_add(&c, &rows[1].rate, rows[1].at) == FXC_PAIR_MISMATCH, "another pair is refused");
	CHECK(c.n == 1, "and not counted");
	fxc_init(&other, &rows[1].rate, rows[1].at);
	before = c;
	CHECK(fxc_merge(&c, &other) == FXC_PAIR_MISMATCH && same(&c, &before),
		  "merging another pair's candle is refused, the candle unchanged");
	c.n = INT64_MAX;
	CHECK(fxc_add(&c, &rows[0].rate, rows[0].at) == FXC_COUNT_OVERFLOW, "n cannot overflow by a row");
	fxc_init(&other, &rows[0].rate, rows[0].at);
	before = c;
	CHECK(fxc_merge(&c, &other) == FXC_COUNT_OVERFLOW && same(&c, &before),
		  "nor by a merge, and the candle is unchanged");
	c.n = INT64_MAX - 1;
	st = fxc_merge(&c, &other);
	CHECK(st == FXC_OK && c.n == INT64_MAX, "up to INT64_MAX rows");
}

/* ---- validity -------------------------------------------------------------- */

static void
test_validity(void)
{
	const char *good = "KZT/USD open 0.00194 @2025-12-09T00:00:00Z high 0.00196 @2025-12-09T04:00:00Z "
		"low 0.00193 @2025-12-09T02:00:00Z close 0.00195 @2025-12-09T10:00:00Z n 4";
	FxCandle	c = parsed(good);
	FxCandle	bad;

	CHECK(fxc_inconsistency(&c) == -1, "a candle of four distinct points and n 4 is valid");
	bad = c;
	bad.n = 3;
	CHECK(fxc_inconsistency(&bad) == FXC_FIELD_N, "n below the distinct points is not");
	bad = c;
	bad.coef[FXC_HIGH] = 195;
	CHECK(fxc_inconsistency(&bad) == -1, "a high equal to the close, seen before it, is valid");
	bad.at[FXC_HIGH] = DAY0 + 11 * HOUR;
	CHECK(fxc_inconsistency(&bad) == FXC_HIGH, "a high after the close is not");
	bad = c;
	bad.coef[FXC_HIGH] = 192;
	CHECK(fxc_inconsistency(&bad) == FXC_HIGH, "a high below the low is not");
	bad = c;
	bad.at[FXC_OPEN] = DAY0 + 3 * HOUR;
	CHECK(fxc_inconsistency(&bad) == FXC_OPEN, "an open after the low is not");
	bad = c;
	bad.at[FXC_CLOSE] = DAY0 + HOUR;
	CHECK(fxc_inconsistency(&bad) == FXC_CLOSE, "a close before the high is not");
	bad = c;
	bad.coef[FXC_LOW] = 1930;
	bad.scale[FXC_LOW] = 6;
	CHECK(fxc_inconsistency(&bad) == -1, "a low with more digits is still the low");
	bad = c;
	bad.at[FXC_HIGH] = DAY0;
	bad.coef[FXC_OPEN] = 1960;
	bad.scale[FXC_OPEN] = 6;
	CHECK(fxc_inconsistency(&bad) == FXC_OPEN,
		  "open 0.001960 and high 0.00196 at the same time: the open must have the fewest decimals");
	bad.coef[FXC_OPEN] = 196;
	bad.scale[FXC_OPEN] = 5;
	bad.coef[FXC_HIGH] = 1960;
	bad.scale[FXC_HIGH] = 6;
	CHECK(fxc_inconsistency(&bad) == -1, "and the high the most");
	bad = c;
	bad.scale[FXC_CLOSE] = 31;
	CHECK(fxc_inconsistency(&bad) == FXC_FIELD_VALUE, "scale above 30 is out of range");
	bad = c;
	bad.coef[FXC_CLOSE] = 0;
	CHECK(fxc_inconsistency(&bad) == FXC_FIELD_VALUE, "a zero rate is out of range");
	bad = c;
	bad.quote = bad.base;
	CHECK(fxc_inconsistency(&bad) == FXC_FIELD_VALUE, "a pair of one currency is out of range");
	bad = c;
	bad.at[FXC_CLOSE] = UTCTIME_END;
	CHECK(fxc_inconsistency(&bad) == FXC_FIELD_VALUE, "a time past PostgreSQL's range is out of range");
	bad = c;
	bad.at[FXC_CLOSE] = UTCTIME_POS_INF;
	CHECK(fxc_inconsistency(&bad) == -1, "infinity is a time");
	bad = c;
	bad.n = 0;
	CHECK(fxc_inconsistency(&bad) == FXC_FIELD_VALUE, "n 0 is out of range");
}

/* ---- text form --------------------------------------------------------------- */

static void
test_text(void)
{
	const char *canonical = "TJS/USD open 0.10844 @2025-12-09T03:00:00Z high 0.10900 @2025-12-09T05:30:00.25Z "
		"low 0.10790 @2025-12-09T04:00:00Z close 0.1085 @2025-12-09T15:00:00Z n 12";
	FxCandle	c = parsed(canonical);
	FxCandle	messy = parsed("  tjs / usd\tOPEN 0.10844 @2025-12-09T03:00:00Z\n High 0.10900 "
							   "@2025-12-09T05:30:00.25Z low 0.10790 @2025-12-09T04:00:00Z CLOSE "
							   "0.1085 @2025-12-09T15:00:00Z N 12 \xc2\xa0");
	FxCandle	inf = parsed("UZS/USD open 0.00008 @-infinity high 0.00008 @-infinity low 0.00008 "
							 "@-infinity close 0.00008 @infinity n 2");

	CHECK_STR(text(&c), canonical, "text reads back to the same text");
	CHECK_STR(parse_error("KZT /USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1"),
			  "ok", "white space before the slash");
	CHECK_STR(parse_error("KZT/ USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1"),
			  "ok", "white space after the slash");
	CHECK_STR(parse_error("KZT USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1"),
			  "\"KZT\" is not a currency pair such as KGS/USD", "no slash");
	CHECK(same(&c, &messy), "any white space, keywords and codes in any case");
	CHECK_STR(text(&inf), "UZS/USD open 0.00008 @-infinity high 0.00008 @-infinity low 0.00008 "
			  "@-infinity close 0.00008 @infinity n 2", "infinite times");

	CHECK_STR(parse_error(""), "currency pair (such as KGS/USD) is missing", "empty text");
	CHECK_STR(parse_error("KZT/XYZ open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1"),
			  "\"XYZ\" is not a known ISO 4217 currency code", "unknown currency");
	CHECK_STR(parse_error("KZT/KZT open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1"),
			  "pair \"KZT/KZT\" has the same currency on both sides", "same currency");
	CHECK_STR(parse_error("KZT/USD"), "expected \"open\" after the pair", "nothing after the pair");
	CHECK_STR(parse_error("KZT/USD opening 1"), "expected \"open\", not \"opening\"", "wrong keyword");
	CHECK_STR(parse_error("KZT/USD open abc @infinity"), "open: rate \"abc\" is not a number", "bad rate");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high"), "high: rate \"\" is not a number", "missing rate");
	CHECK_STR(parse_error("KZT/USD open -1 @infinity"), "open: rate \"-1\" is not greater than zero",
			  "negative rate");
	CHECK_STR(parse_error("KZT/USD open 0 @infinity"), "open: rate \"0\" is not greater than zero", "zero rate");
	CHECK_STR(parse_error("KZT/USD open 1234567890123456789 @infinity"),
			  "open: rate \"1234567890123456789\" has more than 18 significant digits or 30 decimals",
			  "too many digits");
	CHECK_STR(parse_error("KZT/USD open 1 2025-12-09T03:00:00Z"),
			  "open: expected \"@\" and a time such as @2025-12-09T03:00:00Z, not \"2025-12-09T03:00:00Z\"",
			  "time without @");
	CHECK_STR(parse_error("KZT/USD open 1 @2025-12-09 03:00"),
			  "open: expected \"@\" and a time such as @2025-12-09T03:00:00Z, not \"@2025-12-09\"",
			  "time not in ISO 8601 UTC");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity"),
			  "expected \"n\" after the close", "no n");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 0"),
			  "the row count n must be a whole number of 1 or more, not \"0\"", "n 0");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n -3"),
			  "the row count n must be a whole number of 1 or more, not \"-3\"", "negative n");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity "
						  "n 9223372036854775808"),
			  "the row count n \"9223372036854775808\" is above 9223372036854775807", "n too large");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity "
						  "n 9223372036854775807"), "ok", "n at most INT64_MAX");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1 x"),
			  "unexpected text \"x\" after n", "trailing text");
	CHECK_STR(parse_error("KZT/USD open 1 @2025-12-09T00:00:00Z high 1 @2025-12-09T00:00:00Z low 1 "
						  "@2025-12-09T00:00:00Z close 2 @2025-12-09T01:00:00Z n 2"),
			  "the high must be the highest rate, at the first time it was seen", "inconsistent high");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1"),
			  "ok", "consistent");
	CHECK_STR(parse_error("KZT/USD open 1 @infinity high 2 @-infinity low 1 @infinity close 1 @infinity n 2"),
			  "the open must be the rate seen first (at equal times the lowest)", "inconsistent open");
	CHECK_STR(parse_error("KZT/USD open 1 @2025-12-09T00:00:00Z high 2 @2025-12-09T01:00:00Z low 1 "
						  "@2025-12-09T00:00:00Z close 1 @2025-12-09T02:00:00Z n 2"),
			  "the count n must be at least the number of distinct points", "n too small");
}

/* ---- binary form ------------------------------------------------------------- */

static void
test_binary(void)
{
	FxCandle	c = parsed("TMT/USD open 0.28571 @2025-12-09T03:00:00Z high 0.28600 @2025-12-09T05:00:00Z "
						   "low 0.28500 @2025-12-09T04:00:00Z close 0.2857 @2025-12-09T15:00:00Z n 7");
	uint8_t		flat[FXC_FLAT_SIZE];
	uint8_t		bad[FXC_FLAT_SIZE];
	FxCandle	back;

	fxc_flatten(&c, flat);
	CHECK(flat[0] == FXC_FORMAT_VERSION && memcmp(flat + 1, "TMTUSD", 6) == 0,
		  "version byte, then the pair as letters");
	CHECK(flat[7] == 5 && flat[14] == 0x6f && flat[15] == 0x9b, "scale, then the coefficient big-endian");
	CHECK(fxc_unflatten(flat, sizeof(flat), &back) == FXC_OK && same(&c, &back), "reads back");
	CHECK(fxc_unflatten(flat, sizeof(flat) - 1, &back) == FXC_BAD_FORMAT, "a short form is refused");
	CHECK(fxc_unflatten(flat, 0, &back) == FXC_BAD_FORMAT, "an empty form is refused");
	memcpy(bad, flat, sizeof(bad));
	bad[0] = 2;
	CHECK(fxc_unflatten(bad, sizeof(bad), &back) == FXC_BAD_VERSION, "an unknown version is refused");
	memcpy(bad, flat, sizeof(bad));
	bad[1] = 't';
	CHECK(fxc_unflatten(bad, sizeof(bad), &back) == FXC_BAD_FORMAT, "lower-case letters are refused");
	memcpy(bad, flat, sizeof(bad));
	memcpy(bad + 4, "XYZ", 3);
	CHECK(fxc_unflatten(bad, sizeof(bad), &back) == FXC_BAD_FORMAT, "an unknown currency is refused");
	memcpy(bad, flat, sizeof(bad));
	bad[FXC_FLAT_SIZE - 1] = 3;
	CHECK(fxc_unflatten(bad, sizeof(bad), &back) == FXC_BAD_FORMAT, "n below the distinct points is refused");
	memcpy(bad, flat, sizeof(bad));
	bad[7 + 17] = 7;			/* the high's scale: 0.0028600, below the low */
	CHECK(fxc_unflatten(bad, sizeof(bad), &back) == FXC_BAD_FORMAT, "an inconsistent candle is refused");
}

/* ---- equality, order, hashing ----------------------------------------------------- */

static void
test_compare(void)
{
	FxCandle	a = parsed("KGS/USD open 0.0114 @2025-12-09T00:00:00Z high 0.0115 @2025-12-09T01:00:00Z "
						   "low 0.0114 @2025-12-09T00:00:00Z close 0.0115 @2025-12-09T01:00:00Z n 2");
	FxCandle	b = parsed("KGS/USD open 0.01140 @2025-12-09T00:00:00Z high 0.011500 @2025-12-09T01:00:00Z "
						   "low 0.01140 @2025-12-09T00:00:00Z close 0.011500 @2025-12-09T01:00:00Z n 2");
	FxCandle	later = parsed("KGS/USD open 0.0114 @2025-12-10T00:00:00Z high 0.0114 @2025-12-10T00:00:00Z "
							   "low 0.0114 @2025-12-10T00:00:00Z close 0.0114 @2025-12-10T00:00:00Z n 1");
	FxCandle	kzt = parsed("KZT/USD open 0.00194 @2025-12-01T00:00:00Z high 0.00194 @2025-12-01T00:00:00Z "
							 "low 0.00194 @2025-12-01T00:00:00Z close 0.00194 @2025-12-01T00:00:00Z n 1");
	FxCandle	more = a;
	FxCandle	ka = fxc_canonical(&a);
	FxCandle	kb = fxc_canonical(&b);

	more.n = 3;
	CHECK(fxc_cmp(&a, &b) == 0 && fxc_cmp(&b, &a) == 0, "rates equal in value make equal candles (as fxrate's =)");
	CHECK(same(&ka, &kb), "and equal canonical forms (hash)");
	CHECK(!same(&a, &b), "though they keep their digits");
	CHECK(fxc_cmp(&a, &later) < 0 && fxc_cmp(&later, &a) > 0, "earlier candles sort first");
	CHECK(fxc_cmp(&kzt, &a) > 0, "pairs before times");
	CHECK(fxc_cmp(&a, &more) < 0, "n counts");
}

/* ---- properties: order and splitting never matter ----------------------------------- */

static uint64_t rng = 88172645463325252u;

static uint64_t
next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int
random_below(int n)
{
	return (int) (next_random() % (uint64_t) n);
}

/*
 * Rows with many ties: few times, few values, each written with 5 to 7
 * decimals (so equal values come with different digits).
 */
static void
random_rows(Row *rows, int n)
{
	for (int i = 0; i < n; i++)
	{
		int			digits = 5 + random_below(3);
		int64_t		coef = 190 + random_below(8);
		dec			v;

		v.coef = coef * dec_pow10_i64[digits - 5];
		v.scale = digits;
		fxr_make(cur_pack("KZT"), cur_pack("USD"), v, &rows[i].rate);
		rows[i].at = DAY0 + random_below(6) * HOUR;
	}
}

static void
shuffle(Row *rows, int n)
{
	for (int i = n - 1; i > 0; i--)
	{
		int			j = random_below(i + 1);
		Row			t = rows[i];

		rows[i] = rows[j];
		rows[j] = t;
	}
}

static int
row_order(const void *pa, const void *pb)
{
	const Row  *a = pa;
	const Row  *b = pb;
	int			v;

	if (a->at != b->at)
		return a->at < b->at ? -1 : 1;
	v = fxc_value_cmp(a->rate.coef, a->rate.scale, b->rate.coef, b->rate.scale);
	if (v != 0)
		return v;
	return (int) a->rate.scale - (int) b->rate.scale;
}

/* The candle of rows[0..n) cut at random places, the pieces merged in random order. */
static FxCandle
split_candle(const Row *rows, int n)
{
	FxCandle	parts[64];
	int			nparts = 0;
	int			start = 0;

	while (start < n)
	{
		int			len = 1 + random_below(n - start < 12 ? n - start : 12);

		parts[nparts++] = candle_of(rows + start, len);
		start += len;
	}
	while (nparts > 1)
	{
		int			i = random_below(nparts);
		int			j = random_below(nparts - 1);

		if (j >= i)
			j++;
		fxc_merge(&parts[i], &parts[j]);
		parts[j] = parts[--nparts];
	}
	return parts[0];
}

static void
test_properties(void)
{
	int			order_same = 1;
	int			split_same = 1;
	int			text_same = 1;
	int			binary_same = 1;
	int			valid = 1;
	int			rounds = 2000;

	for (int round = 0; round < rounds; round++)
	{
		Row			rows[64];
		int			n = 1 + random_below(64);
		FxCandle	shuffled;
		FxCandle	sorted;
		FxCandle	reshuffled;
		FxCandle	split;
		FxCandle	back;
		uint8_t		flat[FXC_FLAT_SIZE];
		char		buf[FXC_FORMAT_MAX];
		int			len;

		random_rows(rows, n);
		shuffled = candle_of(rows, n);
		split = split_candle(rows, n);
		qsort(rows, (size_t) n, sizeof(Row), row_order);
		sorted = candle_of(rows, n);
		shuffle(rows, n);
		reshuffled = candle_of(rows, n);
		order_same &= same(&shuffled, &sorted) && same(&reshuffled, &sorted);
		split_same &= same(&split, &sorted);
		valid &= fxc_is_valid(&sorted);
		len = fxc_format(&sorted, buf);
		text_same &= fxc_parse(buf, (size_t) len, &back, NULL) == FXC_SYN_OK && same(&back, &sorted);
		fxc_flatten(&sorted, flat);
		binary_same &= fxc_unflatten(flat, sizeof(flat), &back) == FXC_OK && same(&back, &sorted);
		if (!order_same || !split_same)
		{
			printf("# round %d: %s\n", round, text(&sorted));
			break;
		}
	}
	CHECK(order_same, "a candle of shuffled rows is the candle of the sorted rows, byte for byte (%d rounds)",
		  rounds);
	CHECK(split_same, "merging candles of any split, in any order, gives the candle of the whole");
	CHECK(valid, "every candle rows make is valid");
	CHECK(text_same, "every candle reads back from its text");
	CHECK(binary_same, "every candle reads back from its binary form");
}

int
main(void)
{
	test_points();
	test_ties();
	test_errors();
	test_validity();
	test_text();
	test_binary();
	test_compare();
	test_properties();
	UNIT_DONE();
}
