/*
 * test_conversion.c - rates and conversions at a snapshot: each path shape
 * with its exact value, the choice of the currency in between, refusals,
 * error bounds, time checks, and the property that a rate and its reverse
 * multiply to 1 within half a unit of each one's last digit.
 */
#include <math.h>
#include <stdio.h>

#include "conversion.h"
#include "ticker_rows.h"
#include "unit.h"

static uint64_t rng = 20251209;

static uint32_t
next_random(uint32_t bound)
{
	rng = rng * 6364136223846793005u + 1442695040888963407u;
	return (uint32_t) ((rng >> 33) % bound);
}

/* A snapshot from its text form, indexed; exits if the text is wrong. */
static void
snapshot_of(const char *text, FxSnapshot *s, ConvIndex *ix)
{
	SnapParseError err;

	snap_init(s, &rows_heap);
	if (snap_parse(text, strlen(text), s, &err) != SNAP_SYN_OK ||
		conv_index_build(ix, s, &rows_heap) != CONV_OK)
	{
		printf("# bad snapshot %s\n", text);
		exit(2);
	}
}

static void
release(FxSnapshot *s, ConvIndex *ix)
{
	conv_index_free(ix);
	snap_free(s);
}

static cur_code
code(const char *c)
{
	return cur_pack(c);
}

/* "KZT/KGS 0.16958041958041958 via KZT/USD,~KGS/USD" (~ an inverted leg), or the status. */
static const char *
rate_text(const ConvIndex *ix, const char *base, const char *quote)
{
	static char buf[256];
	ConvPath	path;
	FxRate		r;
	ConvStatus	st = conv_find_path(ix, code(base), code(quote), &path);
	int			n;

	if (st == CONV_OK)
		st = conv_path_rate(ix, &path, &r);
	if (st != CONV_OK)
	{
		sprintf(buf, "status %d", (int) st);
		return buf;
	}
	n = fxr_format(&r, buf);
	n += sprintf(buf + n, " via ");
	for (uint32_t i = 0; i < path.nlegs; i++)
	{
		const FxRate *leg = &conv_leg_variant(ix, &path.legs[i])->quote.rate;
		char		b[4];
		char		q[4];

		cur_unpack(leg->base, b);
		cur_unpack(leg->quote, q);
		n += sprintf(buf + n, "%s%s%s/%s", i ? "," : "", path.legs[i].inverted ? "~" : "", b, q);
	}
	return buf;
}

static const char *ticker =
	"{KGS/USD = 0.01144 0% x8; KZT/USD = 0.00194 -0% x8; TJS/USD = 0.10844 -0.46% x8; "
	"TMT/USD = 0.28571 0.28% x8; UZS/USD = 0.00008 0% x8}";

static void
test_paths(void)
{
	FxSnapshot	s;
	ConvIndex	ix;

	snapshot_of(ticker, &s, &ix);
	CHECK(ix.npairs == 5 && ix.ncurrencies == 6, "the ticker: 5 pairs, 6 currencies");
	CHECK_STR(rate_text(&ix, "KZT", "USD"), "KZT/USD 0.00194 via KZT/USD", "direct: the published rate, its digits kept");
	CHECK_STR(rate_text(&ix, "USD", "KZT"), "USD/KZT 515.463917525773196 via ~KZT/USD",
			  "inverse: 1/0.00194 to 18 significant digits");
	CHECK_STR(rate_text(&ix, "KZT", "KGS"), "KZT/KGS 0.16958041958041958 via KZT/USD,~KGS/USD",
			  "cross through USD: 0.00194/0.01144, rounded once");
	CHECK_STR(rate_text(&ix, "KZT", "UZS"), "KZT/UZS 24.25 via KZT/USD,~UZS/USD", "an exact cross stays exact");
	CHECK_STR(rate_text(&ix, "UZS", "KZT"), "UZS/KZT 0.0412371134020618557 via UZS/USD,~KZT/USD", "and its reverse");
	CHECK_STR(rate_text(&ix, "KZT", "EUR"), "status 2", "a currency the snapshot does not quote: no path");
	CHECK_STR(rate_text(&ix, "KZT", "KZT"), "status 1", "a currency to itself is not a rate");
	release(&s, &ix);

	/* the four shapes of a path through a currency, each rounded once */
	snapshot_of("{KZT/USD = 0.00194 -0% x1; USD/UZS = 12500 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "UZS"), "KZT/UZS 24.25 via KZT/USD,USD/UZS", "chain: A/C * C/B");
	release(&s, &ix);
	snapshot_of("{USD/KZT = 515 0% x1; USD/UZS = 12500 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "UZS"), "KZT/UZS 24.2718446601941748 via ~USD/KZT,USD/UZS",
			  "shared base: C/B / C/A");
	release(&s, &ix);
	snapshot_of("{USD/KZT = 515 0% x1; UZS/USD = 0.00008 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "UZS"), "KZT/UZS 24.2718446601941748 via ~USD/KZT,~UZS/USD",
			  "both inverted: 1 / (C/A * B/C), one rounding (1/0.0412)");
	release(&s, &ix);
	snapshot_of("{USD/KZT = 515.123456789 0% x1; UZS/USD = 0.0000794321987 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "UZS"), "KZT/UZS 24.4394872191465029 via ~USD/KZT,~UZS/USD",
			  "both inverted with a 21-digit product: still one rounding");
	release(&s, &ix);

	/* both directions quoted: each direction uses its own quote */
	snapshot_of("{KZT/USD = 0.00194 -0% x1; USD/KZT = 515 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "USD"), "KZT/USD 0.00194 via KZT/USD", "the pair as quoted first");
	CHECK_STR(rate_text(&ix, "USD", "KZT"), "USD/KZT 515 via USD/KZT", "and the other direction as quoted");
	release(&s, &ix);
}

static void
test_preference(void)
{
	FxSnapshot	s;
	ConvIndex	ix;

	snapshot_of("{KZT/CNY = 0.0137 0% x1; RUB/CNY = 0.0911 0% x1; KZT/EUR = 0.00167 0% x1; "
				"RUB/EUR = 0.0111 0% x1; KZT/USD = 0.00194 0% x1; USD/RUB = 78.9 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "RUB"), "KZT/RUB 0.153066 via KZT/USD,USD/RUB", "USD first");
	release(&s, &ix);
	snapshot_of("{KZT/CNY = 0.0137 0% x1; RUB/CNY = 0.0911 0% x1; KZT/EUR = 0.00167 0% x1; "
				"RUB/EUR = 0.0111 0% x1; KZT/USD = 0.00194 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "RUB"), "KZT/RUB 0.15045045045045045 via KZT/EUR,~RUB/EUR",
			  "then EUR (USD is quoted against KZT only)");
	release(&s, &ix);
	snapshot_of("{KZT/GBP = 0.00145 0% x1; RUB/GBP = 0.0095 0% x1; KZT/CNY = 0.0137 0% x1; "
				"RUB/CNY = 0.0911 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "RUB"), "KZT/RUB 0.150384193194291987 via KZT/CNY,~RUB/CNY",
			  "then code order: CNY before GBP");
	release(&s, &ix);
	snapshot_of("{KZT/USD = 0.00194 0% x1; EUR/GBP = 0.87 0% x1; GBP/USD = 1.27 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "EUR"), "status 2", "two currencies in between is not a path");
	release(&s, &ix);
	snapshot_of("{}", &s, &ix);
	CHECK(ix.npairs == 0 && ix.ncurrencies == 0, "an empty snapshot has nothing to index");
	CHECK_STR(rate_text(&ix, "KZT", "USD"), "status 2", "and no path");
	release(&s, &ix);
}

static void
test_range(void)
{
	FxSnapshot	s;
	ConvIndex	ix;

	snapshot_of("{KZT/USD = 0.000000000000000001 0% x1; RUB/USD = 1000000000000000 0% x1; "
				"KGS/USD = 0.00000000000000001 0% x1}", &s, &ix);
	CHECK_STR(rate_text(&ix, "KZT", "RUB"), "status 4", "a cross below 10^-30 is out of range");
	CHECK_STR(rate_text(&ix, "RUB", "KZT"), "status 4", "and one above 10^18");
	CHECK_STR(rate_text(&ix, "USD", "KZT"), "status 4", "an inverse of 10^18 is out of range too");
	CHECK_STR(rate_text(&ix, "USD", "KGS"), "USD/KGS 100000000000000000 via ~KGS/USD", "10^17 fits");
	release(&s, &ix);
}

static const char *
dec_text(dec v)
{
	static char buf[DEC_FORMAT_MAX];

	dec_format(v, buf);
	return buf;
}

static void
test_error_bounds(void)
{
	FxSnapshot	s;
	ConvIndex	ix;
	ConvPath	path;
	dec			bound;
	FxAmount	amount;
	FxAmount	out;
	FxAmount	margin;
	char		buf[FXA_FORMAT_MAX];

	snapshot_of(ticker, &s, &ix);
	conv_find_path(&ix, code("KZT"), code("UZS"), &path);
	conv_path_error_bound(&ix, &path, &bound);
	CHECK_STR(dec_text(bound), "0.065077319587628866", "KZT to UZS: 0.5/194 + 0.5/8, about 6.5 %%");
	conv_find_path(&ix, code("USD"), code("KZT"), &path);
	conv_path_error_bound(&ix, &path, &bound);
	CHECK_STR(dec_text(bound), "0.00257731958762886598", "an inverse rests on one quote: its bound");

	fxa_parse("70000 KZT", 9, &amount, NULL);
	conv_find_path(&ix, code("KZT"), code("KGS"), &path);
	conv_convert(&ix, &path, &amount, &out);
	fxa_format(&out, buf);
	CHECK_STR(buf, "11870.6293706294 KGS", "70000 KZT in KGS: amount times the cross rate, 15 digits");
	conv_path_error_bound(&ix, &path, &bound);
	fxa_parse("-11870.6293706294 KGS", 21, &amount, NULL);
	conv_error_amount(&amount, bound, &margin);
	fxa_format(&margin, buf);
	CHECK_STR(buf, "35.7826177319185 KGS", "its error as an amount, positive for a negative amount");
	release(&s, &ix);
}

static void
test_time(void)
{
	FxSnapshot	s;
	ConvIndex	ix;
	ConvPath	path;
	uint32_t	bad = 99;
	int64_t		hour = INT64_C(3600000000);
	/* KZT/USD seen 03:00..15:00 UTC, UZS/USD at 12:00 only */
	const char *text = "{KZT/USD = 0.00194 -0% x2 @2025-12-09T03:00:00Z..2025-12-09T15:00:00Z; "
		"UZS/USD = 0.00008 0% x1 @2025-12-09T12:00:00Z}";
	int64_t		t03 = INT64_C(818564400000000);	/* 2025-12-09T03:00:00Z */
	ConvStatus	st;

	snapshot_of(text, &s, &ix);
	conv_find_path(&ix, code("KZT"), code("UZS"), &path);
	st = conv_path_check_time(&ix, &path, t03 + 13 * hour, t03, &bad);
	CHECK(st == CONV_OK, "both quotes seen by as_of and recently enough");
	st = conv_path_check_time(&ix, &path, t03 + 6 * hour, t03 - hour, &bad);
	CHECK(st == CONV_SEEN_AFTER && bad == 1, "UZS/USD first seen after as_of: look-ahead refused (leg 2)");
	st = conv_path_check_time(&ix, &path, t03 + 30 * hour, t03 + 9 * hour + 1, &bad);
	CHECK(st == CONV_TOO_OLD && bad == 1, "UZS/USD last seen just before the oldest moment allowed: too old");
	st = conv_path_check_time(&ix, &path, t03 + 30 * hour, t03 + 9 * hour, &bad);
	CHECK(st == CONV_OK, "last seen exactly at the oldest moment allowed: fine");
	st = conv_path_check_time(&ix, &path, t03 + 30 * hour, t03 + 12 * hour + 1, &bad);
	CHECK(st == CONV_TOO_OLD && bad == 0, "both too old: the first leg is reported");
	st = conv_path_check_time(&ix, &path, t03 - hour, t03 + 30 * hour, &bad);
	CHECK(st == CONV_SEEN_AFTER && bad == 0, "look-ahead is reported before age");
	release(&s, &ix);

	snapshot_of("{KZT/USD = 0.00194 -0% x2 #1..6}", &s, &ix);
	conv_find_path(&ix, code("KZT"), code("USD"), &path);
	st = conv_path_check_time(&ix, &path, 0, 0, &bad);
	CHECK(st == CONV_NOT_TIMED, "a snapshot keyed by position cannot be checked against a time");
	release(&s, &ix);
}

/*
 * Half a unit of the last digit a derived rate may have (the 18th
 * significant digit, or the 30th decimal for rates below 10^-12), relative
 * to the rate: the most its one rounding may be off.
 */
static long double
derived_half_unit(const FxRate *r)
{
	long double v = (long double) r->coef / powl(10, r->scale);
	long double unit = powl(10, floorl(log10l(v)) - (DEC_MAX_DIGITS - 1));

	if (unit < 1e-30L)
		unit = 1e-30L;
	return 0.5L * unit / v;
}

/* |r1 * r2 - 1| (the exact product) within half a unit of each derived rate's 18th digit. */
static int
reciprocal_within_last_digit(const FxRate *r1, const FxRate *r2, int published1, int published2)
{
	__int128	p = (__int128) r1->coef * r2->coef;
	__int128	t = 1;
	long double rel;
	long double bound = 0;

	if (r1->scale + r2->scale > 38)
		return 0;
	for (int i = 0; i < r1->scale + r2->scale; i++)
		t *= 10;
	rel = (long double) (p > t ? p - t : t - p) / (long double) t;
	if (!published1)
		bound += derived_half_unit(r1);
	if (!published2)
		bound += derived_half_unit(r2);
	return rel <= bound * (1 + 1e-12L) + 1e-36L;
}

static void
test_reciprocal_property(void)
{
	static const char *codes[] = {"KGS", "KZT", "TJS", "TMT", "UZS", "USD", "EUR", "RUB", "CNY"};
	const uint32_t ncodes = sizeof(codes) / sizeof(codes[0]);
	int			ok = 1;
	int			checked = 0;
	int			crosses = 0;

	for (int round = 0; round < 400; round++)
	{
		char		text[4096];
		size_t		len = 0;
		FxSnapshot	s;
		ConvIndex	ix;

		/* each pair of currencies quoted at most once, in either direction */
		len += sprintf(text, "{");
		for (uint32_t a = 0; a < ncodes; a++)
			for (uint32_t b = a + 1; b < ncodes; b++)
			{
				int			digits = 1 + (int) next_random(18);
				int64_t		coef = 1 + (int64_t) next_random(9);
				int			scale = (int) next_random(digits + 6);
				int			flip = next_random(2);
				dec			v = {coef, scale > 30 ? 30 : scale};
				char		num[DEC_FORMAT_MAX];

				if (next_random(4) != 0)
					continue;
				for (int d = 1; d < digits; d++)
					v.coef = v.coef * 10 + next_random(10);
				dec_format(v, num);
				len += sprintf(text + len, "%s%s/%s = %s 0%% x1", len > 1 ? "; " : "",
							   codes[flip ? b : a], codes[flip ? a : b], num);
			}
		sprintf(text + len, "}");
		snapshot_of(text, &s, &ix);
		for (uint32_t a = 0; a < ncodes; a++)
			for (uint32_t b = 0; b < ncodes; b++)
			{
				ConvPath	fwd;
				ConvPath	back;
				FxRate		r1;
				FxRate		r2;

				if (a == b || conv_find_path(&ix, code(codes[a]), code(codes[b]), &fwd) != CONV_OK)
					continue;
				if (conv_find_path(&ix, code(codes[b]), code(codes[a]), &back) != CONV_OK ||
					back.nlegs != fwd.nlegs)
				{
					ok = 0;
					printf("# %s/%s has a path, its reverse not the same length\n", codes[a], codes[b]);
					continue;
				}
				if (conv_path_rate(&ix, &fwd, &r1) != CONV_OK || conv_path_rate(&ix, &back, &r2) != CONV_OK)
					continue;	/* out of range: refused both ways or one way, checked elsewhere */
				checked++;
				crosses += fwd.nlegs == 2;
				if (!reciprocal_within_last_digit(&r1, &r2, fwd.nlegs == 1 && !fwd.legs[0].inverted,
												  back.nlegs == 1 && !back.legs[0].inverted))
				{
					char		x[FXR_FORMAT_MAX];
					char		y[FXR_FORMAT_MAX];

					fxr_format(&r1, x);
					fxr_format(&r2, y);
					printf("# %s * %s is not 1 to the last digit\n", x, y);
					ok = 0;
				}
			}
		release(&s, &ix);
	}
	CHECK(ok && checked > 1000 && crosses > 500,
		  "rate(a, b) * rate(b, a) is 1 within half a unit of each one's last digit (%d pairs, %d crosses)",
		  checked, crosses);
}

int
main(void)
{
	test_paths();
	test_preference();
	test_range();
	test_error_bounds();
	test_time();
	test_reciprocal_property();
	UNIT_DONE();
}
