/*
 * test_fxquote.c - unit tests for the quote parser, its text, its order, and
 * the UTF-8 helpers it stands on.
 */
#include "fxquote.h"
#include "unit.h"

static FxQuoteStatus
parse(const char *s, FxQuote *q)
{
	FxQuoteError err;

	return fxq_parse(s, strlen(s), q, &err);
}

/* Parse and format back: the output text, or the describe phrase on error. */
static const char *
roundtrip(const char *s)
{
	static char buf[FXQUOTE_DESCRIBE_MAX];
	FxQuote		q;
	FxQuoteError err;

	if (fxq_parse(s, strlen(s), &q, &err) != FXQ_OK)
		fxq_describe(&err, s, strlen(s), buf);
	else
		fxq_format(&q, buf);
	return buf;
}

static void
test_parse_forms(void)
{
	CHECK_STR(roundtrip("KGS/USD = 0.01144 0%"), "KGS/USD = 0.01144 0%", "the ticker form");
	CHECK_STR(roundtrip("KZT/USD = 0.00194 -0%"), "KZT/USD = 0.00194 -0%", "-0%% keeps its sign");
	CHECK_STR(roundtrip("KZT/USD = 0.00194 +0%"), "KZT/USD = 0.00194 +0%", "+0%% keeps its sign");
	CHECK_STR(roundtrip("TJS/USD = 0.10844 -0.46%"), "TJS/USD = 0.10844 -0.46%", "a fall");
	CHECK_STR(roundtrip("TMT/USD = 0.28571 +0.28%"), "TMT/USD = 0.28571 0.28%",
			  "a rise prints without its '+'");
	CHECK_STR(roundtrip("TMT/USD 0.28571 0.28%"), "TMT/USD = 0.28571 0.28%", "without '='");
	CHECK_STR(roundtrip("kgs/usd=0.01144 0.00%"), "KGS/USD = 0.01144 0.00%",
			  "lower case, no spaces around '=', change digits kept");
	CHECK_STR(roundtrip("TJS/USD = 0.10844 \xE2\x88\x92" "0.46%"), "TJS/USD = 0.10844 -0.46%",
			  "U+2212 MINUS SIGN");
	CHECK_STR(roundtrip("KZT/USD = 0.00194 \xE2\x88\x92" "0%"), "KZT/USD = 0.00194 -0%",
			  "U+2212 on a zero");
	CHECK_STR(roundtrip("\xC2\xA0KGS / USD\t=\xC2\xA0" "87.40 1.5 %\r"), "KGS/USD = 87.40 1.5%",
			  "NBSP, tabs, spaces around '/', '%%' apart, CR");
	CHECK_STR(roundtrip("UZS/USD = 0.00008 0%"), "UZS/USD = 0.00008 0%", "one significant digit");
	CHECK_STR(roundtrip("USD/UZS = 12600.5 999999999%"), "USD/UZS = 12600.5 999999999%",
			  "nine change digits");
	CHECK_STR(roundtrip("USD/UZS = 12600.5 -99.9999999%"), "USD/UZS = 12600.5 -99.9999999%",
			  "just above -100%%");
}

#define UP "\xE2\x96\xB2"			/* ▲ */
#define DOWN "\xE2\x96\xBC"		/* ▼ */
#define MINUS "\xE2\x88\x92"		/* U+2212 */

/* The other layouts tickers use: each is the same quote as the '=' form. */
static void
test_parse_layouts(void)
{
	CHECK_STR(roundtrip("USD/KZT 515.46 " UP "0.30%"), "USD/KZT = 515.46 0.30%", "an up arrow is a rise");
	CHECK_STR(roundtrip("USD/KZT 515.46 " DOWN "0.30%"), "USD/KZT = 515.46 -0.30%",
			  "a down arrow is a fall");
	CHECK_STR(roundtrip("USD/KZT 515.46 " DOWN " 0.30 %"), "USD/KZT = 515.46 -0.30%",
			  "spaces after the arrow and before '%%'");
	CHECK_STR(roundtrip("USD/KZT 515.46 " UP "0%"), "USD/KZT = 515.46 +0%", "an up arrow on zero is +0%%");
	CHECK_STR(roundtrip("USD/KZT 515.46 " DOWN "0%"), "USD/KZT = 515.46 -0%", "a down arrow on zero is -0%%");
	CHECK_STR(roundtrip("USD/KZT 515.46 " UP "+0.30%"), "USD/KZT = 515.46 0.30%",
			  "an arrow with a sign that agrees");
	CHECK_STR(roundtrip("USD/KZT 515.46 \xE2\x86\x93" "0.30%"), "USD/KZT = 515.46 -0.30%", "\xE2\x86\x93 falls");
	CHECK_STR(roundtrip("USD/KZT 515.46 \xE2\x96\xB4" "0.30%"), "USD/KZT = 515.46 0.30%", "\xE2\x96\xB4 rises");
	CHECK_STR(roundtrip("USD/KZT: 515.46 (+0.30%)"), "USD/KZT = 515.46 0.30%",
			  "a colon after the pair, the change in parentheses");
	CHECK_STR(roundtrip("USD/KZT:515.46 ( -0.30 % )"), "USD/KZT = 515.46 -0.30%",
			  "spaces inside the parentheses");
	CHECK_STR(roundtrip("USD/KZT = 515.46 (" DOWN "0.30%)"), "USD/KZT = 515.46 -0.30%",
			  "an arrow in parentheses");
	CHECK_STR(roundtrip("1 USD = 515.46 KZT +0.30%"), "USD/KZT = 515.46 0.30%", "one unit = rate code");
	CHECK_STR(roundtrip("\xC2\xA0" "1\xC2\xA0USD=515.46\xC2\xA0KZT (" UP "0.30%) "), "USD/KZT = 515.46 0.30%",
			  "the unit form with NBSP, no spaces around '=', an arrow in parentheses");
	CHECK_STR(roundtrip("1 usd = 515.46 kzt -0.30%"), "USD/KZT = 515.46 -0.30%", "the unit form in lower case");
	CHECK_STR(roundtrip("KZT/USD = 0,00193 " MINUS "0,52%"), "KZT/USD = 0.00193 -0.52%",
			  "decimal commas; the output keeps the point");
	CHECK_STR(roundtrip("USD/KZT 515,46 " UP "0,30%"), "USD/KZT = 515.46 0.30%", "decimal commas and an arrow");
	CHECK_STR(roundtrip("1 USD = 515,46 KZT (+0,30%)"), "USD/KZT = 515.46 0.30%", "decimal commas in the unit form");
	CHECK_STR(roundtrip("KZT/USD = 0,00193 -0.52%"), "KZT/USD = 0.00193 -0.52%",
			  "a comma in the rate, a point in the change");
	CHECK_STR(roundtrip("USD/RUB = 1,515 +0,3%"), "USD/RUB = 1.515 0.3%",
			  "'1,515' is 1.515 when the change has a decimal comma");
	CHECK_STR(roundtrip("USD/RUB = 81,5 +1,250%"), "USD/RUB = 81.5 1.250%",
			  "'1,250%%' is 1.25 when the rate has a decimal comma");
	CHECK_STR(roundtrip("KZT/USD = 0,001 0%"), "KZT/USD = 0.001 0%", "'0,001' cannot separate thousands");
	CHECK_STR(roundtrip("TMT/USD = 0,28571 0,00%"), "TMT/USD = 0.28571 0.00%", "digits kept after a comma");
	{
		FxQuote		a,
					b;

		CHECK(parse("KZT/USD = 0,00193 " MINUS "0,52%", &a) == FXQ_OK &&
			  parse("KZT/USD = 0.00193 -0.52%", &b) == FXQ_OK && fxq_eq(&a, &b) &&
			  memcmp(&a, &b, sizeof(a)) == 0, "a decimal comma gives the same quote, byte for byte");
		CHECK(parse("1 USD = 515.46 KZT +0.30%", &a) == FXQ_OK &&
			  parse("USD/KZT: 515.46 (" UP "0.30%)", &b) == FXQ_OK && memcmp(&a, &b, sizeof(a)) == 0,
			  "the unit form and the arrow form give the same quote, byte for byte");
	}
}

static void
test_parse_layout_errors(void)
{
	CHECK_STR(roundtrip("USD/UZS = 12,600 0%"),
			  "number \"12,600\" could have a decimal comma or a thousands separator",
			  "'12,600' alone is ambiguous, not a guess");
	CHECK_STR(roundtrip("USD/RUB = 1,515 +0.3%"),
			  "number \"1,515\" could have a decimal comma or a thousands separator",
			  "a point in the change does not settle the rate's comma");
	CHECK_STR(roundtrip("KZT/USD = 0.00193 -1,250%"),
			  "number \"-1,250%\" could have a decimal comma or a thousands separator",
			  "an ambiguous change");
	CHECK_STR(roundtrip("USD/UZS = 12,600.5 0%"), "rate \"12,600.5\" is not a number",
			  "a thousands separator and a point: not a number");
	CHECK_STR(roundtrip("USD/UZS = 1,260,050 0%"), "rate \"1,260,050\" is not a number", "two commas");
	CHECK_STR(roundtrip("USD/UZS = ,5 0%"), "rate \",5\" is not a number", "nothing before the comma");
	CHECK_STR(roundtrip("USD/UZS = 5, 0%"), "rate \"5,\" is not a number", "nothing after the comma");
	CHECK_STR(roundtrip("USD/UZS = --5 0%"), "rate \"--5\" is not a number", "two signs on the rate");
	CHECK_STR(roundtrip("USD/KZT 515.46 " UP "-0.30%"),
			  "change \"" UP "-0.30%\" is not a percentage such as -0.46%", "an arrow and a sign that disagree");
	CHECK_STR(roundtrip("USD/KZT 515.46 " UP UP "0.30%"),
			  "change \"" UP UP "0.30%\" is not a percentage such as -0.46%", "two arrows");
	CHECK_STR(roundtrip("USD/KZT: 515.46 (+0.30%"),
			  "change \"(+0.30%\" is not a percentage such as -0.46%", "an unclosed parenthesis");
	CHECK_STR(roundtrip("USD/KZT: 515.46 +0.30%)"), "unexpected text \")\" after the change",
			  "a parenthesis that was never opened");
	CHECK_STR(roundtrip("USD/KZT := 515.46 +0.30%"), "rate \"=\" is not a number", "a colon and '='");
	CHECK_STR(roundtrip("100 KZT = 0.19 USD 0%"),
			  "amount \"100\" is not 1 (a quote such as 1 USD = 515.46 KZT +0.30%)",
			  "a rate per 100 units is not read (it would change the published digits)");
	CHECK_STR(roundtrip("1 USD = 515.46 +0.30%"), "\"+0.30%\" after the rate is not a currency code",
			  "the unit form without its quote currency");
	CHECK_STR(roundtrip("1 USD = 515.46"), "currency code after the rate is missing",
			  "the unit form ending at the rate");
	CHECK_STR(roundtrip("1 USD = 515.46 KZT"), "change (a percentage such as -0.46%) is missing",
			  "the unit form without a change");
	CHECK_STR(roundtrip("1 USD = 515.46 USD 0%"), "pair \"1 USD = 515.46 USD\" has the same currency on both sides",
			  "the unit form with one currency");
	CHECK_STR(roundtrip("1 XXX = 515.46 KZT 0%"), "\"XXX\" is not a known ISO 4217 currency code",
			  "the unit form with an unknown base");
	CHECK_STR(roundtrip("1 USD = 515.46 KZTX 0%"), "\"KZTX\" after the rate is not a currency code",
			  "a quote code that runs on");
	CHECK_STR(roundtrip("1 USD 515.46 KZT 0%"), "\"1 USD\" is not a currency pair such as KGS/USD",
			  "the unit form needs its '='");
	CHECK_STR(roundtrip("1 USD ="), "rate is missing", "the unit form without a rate");
	CHECK_STR(roundtrip("1 = 515.46 KZT 0%"), "\"1\" is not a currency pair such as KGS/USD",
			  "the unit form without a base code");
	CHECK_STR(roundtrip("1 USD = 0 KZT 0%"), "rate \"0\" is not greater than zero", "a zero rate in the unit form");
}

static void
test_parse_errors(void)
{
	FxQuote		q;

	CHECK_STR(roundtrip("KGS/USD = abc 0%"), "rate \"abc\" is not a number", "bad rate");
	CHECK_STR(roundtrip("XXX/USD = 1.0 0%"), "\"XXX\" is not a known ISO 4217 currency code",
			  "XXX is not a currency");
	CHECK_STR(roundtrip("KGS/XYZ = 1.0 0%"), "\"XYZ\" is not a known ISO 4217 currency code",
			  "unknown quote currency");
	CHECK_STR(roundtrip("USD/USD = 1 0%"), "pair \"USD/USD\" has the same currency on both sides",
			  "same currency");
	CHECK_STR(roundtrip("KGS/USD = 0.01144"), "change (a percentage such as -0.46%) is missing",
			  "missing change");
	CHECK_STR(roundtrip("KGS/USD ="), "rate is missing", "missing rate");
	CHECK_STR(roundtrip("KGS/USD = 0.01144 0"), "change \"0\" is not a percentage such as -0.46%",
			  "change without '%%'");
	CHECK_STR(roundtrip("KGS/USD = 0.01144 --1%"), "change \"--1%\" is not a percentage such as -0.46%",
			  "two signs");
	CHECK_STR(roundtrip("KGS/USD = 0 0%"), "rate \"0\" is not greater than zero", "zero rate");
	CHECK_STR(roundtrip("KGS/USD = -1 0%"), "rate \"-1\" is not greater than zero", "negative rate");
	CHECK_STR(roundtrip("KGS/USD = 1234567890123456789 0%"),
			  "rate \"1234567890123456789\" has more than 18 significant digits or 30 decimals",
			  "19-digit rate");
	CHECK_STR(roundtrip("KGS/USD = 1 1234567890%"),
			  "change \"1234567890%\" is out of range (above -100%, at most 9 digits)",
			  "ten change digits");
	CHECK_STR(roundtrip("KGS/USD = 1 -100%"),
			  "change \"-100%\" is out of range (above -100%, at most 9 digits)", "-100%%");
	CHECK_STR(roundtrip("KGS/USD = 1 0% (Dec 9)"), "unexpected text \"(Dec 9)\" after the change",
			  "trailing text");
	CHECK_STR(roundtrip("KGSX/USD = 1 0%"), "\"KGSX/USD\" is not a currency pair such as KGS/USD",
			  "four letters");
	CHECK_STR(roundtrip("KGS/USDX = 1 0%"), "\"KGS/USDX\" is not a currency pair such as KGS/USD",
			  "four letters after '/'");
	CHECK_STR(roundtrip(""), "currency pair (such as KGS/USD) is missing", "empty");
	CHECK_STR(roundtrip("KGS/USD = 1 0% 0123456789012345678901234567890123456789012345"),
			  "unexpected text \"0123456789012345678901234567890123456789...\" after the change",
			  "a long part is cut");
	CHECK(parse("KGS/USD = 1 0% \xFF", &q) == FXQ_TRAILING, "invalid UTF-8 is never space");
	CHECK(parse("KGS/USD = 1\xC2\xA0" "0%", &q) == FXQ_OK, "NBSP separates rate and change");
}

static void
test_order(void)
{
	const char *ordered[] = {
		"KGS/USD = 0.01144 -0.5%",
		"KGS/USD = 0.01144 -0%",
		"KGS/USD = 0.01144 0%",
		"KGS/USD = 0.01144 0.00%",
		"KGS/USD = 0.01144 +0%",
		"KGS/USD = 0.01144 0.5%",
		"KGS/USD = 0.0115 0%",
		"KGS/USD = 0.01150 0%",
		"KZT/USD = 0.00001 0%",
		"USD/KGS = 87.4 0%",
	};
	int			n = (int) (sizeof(ordered) / sizeof(ordered[0]));
	FxQuote		q[10];
	int			ok = 1;
	FxQuote		a, b;

	for (int i = 0; i < n; i++)
		ok &= parse(ordered[i], &q[i]) == FXQ_OK;
	CHECK(ok, "the ordered quotes parse");
	ok = 1;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
		{
			int			want = (i > j) - (i < j);

			ok &= fxq_cmp(&q[i], &q[j]) == want;
			ok &= fxq_eq(&q[i], &q[j]) == (i == j);
		}
	CHECK(ok, "cmp is a total order consistent with eq (-0 < 0 < +0, digits break ties)");

	parse("KZT/USD = 0.00194 -0%", &a);
	parse("KZT/USD = 0.00194 0%", &b);
	CHECK(!fxq_eq(&a, &b), "'-0%%' and '0%%' are different quotes");
	CHECK(fxq_direction(&a) == -1 && fxq_direction(&b) == 0, "direction of -0%% and 0%%");
	parse("KZT/USD = 0.00194 +0%", &a);
	CHECK(fxq_direction(&a) == 1, "direction of +0%%");
	parse("TJS/USD = 0.10844 -0.46%", &a);
	CHECK(fxq_direction(&a) == -1 && fxq_change(&a).coef == -46 &&
		  fxq_change(&a).scale == 2, "change of -0.46%%");
	CHECK(fxq_is_valid(&a), "parsed quotes are valid");
	a.pad[1] = 1;
	CHECK(!fxq_is_valid(&a), "non-zero padding is invalid");
	parse("TJS/USD = 0.10844 0%", &a);
	a.change_zero_sign = 2;
	CHECK(!fxq_is_valid(&a), "a zero sign of 2 is invalid");
	parse("TJS/USD = 0.10844 5%", &a);
	a.change_zero_sign = -1;
	CHECK(!fxq_is_valid(&a), "a zero sign on a non-zero change is invalid");
	parse("TJS/USD = 0.10844 5%", &a);
	a.change_coef = -100;
	a.change_scale = 0;
	CHECK(!fxq_is_valid(&a), "-100%% is invalid in binary too");
	parse("TJS/USD = 0.10844 5%", &a);
	a.rate.quote = a.rate.base;
	CHECK(!fxq_is_valid(&a), "same currency is invalid in binary too");
}

/* previous_rate, against Python's decimal module at 18 digits, half-even. */
static const char *
previous(const char *text)
{
	static char buf[FXR_FORMAT_MAX];
	FxQuote		q;
	FxRate		r;

	if (parse(text, &q) != FXQ_OK)
		return "parse error";
	if (fxq_previous_rate(&q, &r) != FX_OK)
		return "out of range";
	fxr_format(&r, buf);
	return buf;
}

static void
test_previous_rate(void)
{
	CHECK_STR(previous("TJS/USD = 0.10844 -0.46%"), "TJS/USD 0.108941129194293751",
			  "a fall: 0.10844 / 0.9954, full precision");
	CHECK_STR(previous("TMT/USD = 0.28571 0.28%"), "TMT/USD 0.284912245712006382", "a rise");
	CHECK_STR(previous("KZT/USD = 0.00194 -0%"), "KZT/USD 0.00194", "-0%%: the same rate");
	CHECK_STR(previous("KZT/USD = 0.00193 -0.52%"), "KZT/USD 0.00194008845999195818",
			  "the second scrape's KZT fall");
	CHECK_STR(previous("USD/UZS = 12600.5 -99.9999999%"), "USD/UZS 12600500000000",
			  "a fall of almost 100%%");
	CHECK_STR(previous("USD/UZS = 999999999999999999 -99.9999999%"), "out of range",
			  "beyond 18 digits is out of range, not rounded away");
}

int
main(void)
{
	test_previous_rate();
	test_parse_forms();
	test_parse_layouts();
	test_parse_errors();
	test_parse_layout_errors();
	test_order();
	UNIT_DONE();
}
