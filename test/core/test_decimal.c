/*
 * test_decimal.c - unit tests for the exact decimal arithmetic (decimal.c).
 *
 * Three kinds of checks: hand-worked cases (the figures of the reference
 * page, half-even ties, limits, overflow), a table of random cases whose
 * expected results were computed independently with Python's `decimal`
 * module (exact arithmetic, then one half-even rounding to 18 significant
 * digits and at most 30 decimals), and property tests driven by a
 * fixed-seed PRNG.
 */
#include "decimal.h"
#include "unit.h"

#include <stdint.h>
#include <stdlib.h>

static dec
P(const char *s)
{
	dec			d = {0, 0};

	if (dec_parse(s, strlen(s), &d) != DEC_OK)
	{
		printf("# bad test literal \"%s\"\n", s);
		exit(2);
	}
	return d;
}

/* A status or value as text, so every check compares strings. */
static const char *
show(DecStatus st, dec v)
{
	static char buf[4][DEC_FORMAT_MAX];
	static int	next = 0;
	char	   *b = buf[next++ % 4];

	switch (st)
	{
		case DEC_OK:
			dec_format(v, b);
			return b;
		case DEC_SYNTAX:
			return "SYNTAX";
		case DEC_OVERFLOW:
			return "OVERFLOW";
		case DEC_DIV_ZERO:
			return "DIV_ZERO";
	}
	return "?";
}

typedef DecStatus (*binop) (dec, dec, dec *);

static const char *
run(binop f, const char *a, const char *b)
{
	dec			r = {0, 0};
	DecStatus	st = f(P(a), P(b), &r);

	return show(st, r);
}

static const char *
run_round(const char *a, int scale)
{
	dec			r = {0, 0};
	DecStatus	st = dec_round(P(a), scale, &r);

	return show(st, r);
}

static const char *
run_parse(const char *s)
{
	dec			r = {0, 0};
	DecStatus	st = dec_parse(s, strlen(s), &r);

	return show(st, r);
}

static void
test_parse_format(void)
{
	static const char *const same[] = {
		"0.01144", "87.40", "-0.5", "0", "0.000", "12600.5", "0.00008",
		"999999999999999999", "-999999999999999999",
		"0.999999999999999999", "0.000000000000000000000000000001",
		"-0.000000000000999999999999999999", "100", "1.10"
	};

	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++)
		CHECK_STR(run_parse(same[i]), same[i], "\"%s\" reads and prints back the same", same[i]);
	CHECK_STR(run_parse("+1.5"), "1.5", "a plus sign is accepted");
	CHECK_STR(run_parse("007.50"), "7.50", "leading zeros are dropped, trailing ones kept");
	CHECK_STR(run_parse("-0"), "0", "minus zero is zero");
	CHECK_STR(run_parse(".5"), "0.5", "no digit before the point");
	CHECK_STR(run_parse("5."), "5", "no digit after the point");
	CHECK(P("0.01144").coef == 1144 && P("0.01144").scale == 5, "0.01144 is {1144, 5}");
	CHECK(P("87.40").coef == 8740 && P("87.40").scale == 2, "87.40 is {8740, 2}");
	CHECK_STR(run_parse("1000000000000000000"), "OVERFLOW", "19 digits overflow");
	CHECK_STR(run_parse("0.0000000000000000000000000000001"), "OVERFLOW", "31 decimals overflow");
	CHECK_STR(run_parse("0.0000000000000000000000000000000"), "OVERFLOW",
			  "31 decimals overflow even when zero (nothing is dropped silently)");
	CHECK_STR(run_parse("1.0000000000000000000"), "OVERFLOW", "20 significant digits overflow");
	CHECK_STR(run_parse(""), "SYNTAX", "empty");
	CHECK_STR(run_parse("-"), "SYNTAX", "sign alone");
	CHECK_STR(run_parse("."), "SYNTAX", "point alone");
	CHECK_STR(run_parse("1.2.3"), "SYNTAX", "two points");
	CHECK_STR(run_parse("1e5"), "SYNTAX", "no exponent");
	CHECK_STR(run_parse(" 1"), "SYNTAX", "no white space");
	CHECK_STR(run_parse("--1"), "SYNTAX", "two signs");
	{
		dec			d;

		CHECK(dec_parse("12345", 3, &d) == DEC_OK && d.coef == 123, "reads exactly len bytes");
	}
}

static void
test_reference_page(void)
{
	dec			r = {0, 0};

	CHECK_STR(show(dec_inverse(P("12600.5"), &r), r), "0.0000793619300821395976",
			  "1/12600.5 keeps 18 significant digits (not 0.00008)");
	CHECK_STR(show(dec_inverse(P("0.01144"), &r), r), "87.4125874125874126", "1/0.01144");
	CHECK_STR(run(dec_div, "0.00194", "0.01144"), "0.16958041958041958",
			  "KZT/USD / KGS/USD cross rate, normalized");
	CHECK_STR(run(dec_mul, "70000", "0.00194"), "135.8", "70000 KZT at 0.00194: 135.8 exactly");
	CHECK_STR(run(dec_pct_change, "0.01144", "0.01144"), "0", "unchanged rate: 0 %%");
	CHECK_STR(run(dec_pct_change, "0.01150", "0.01144"), "0.524475524475524476", "a 0.52 %% rise");
	CHECK_STR(run(dec_pct_change, "0.00008", "0.0000793619300821395976"),
			  "0.804000000000000044", "published UZS/USD 0.00008 is 0.804 %% above the true rate");
	CHECK_STR(run(dec_move_pct, "0.01144", "10"), "0.012584", "+10 %%");
	CHECK_STR(run(dec_move_pct, "0.01144", "-100"), "0", "-100 %%");
	CHECK_STR(run(dec_div, "1", "3"), "0.333333333333333333", "1/3");
	CHECK_STR(run(dec_div, "2", "3"), "0.666666666666666667", "2/3 rounds up");
	CHECK_STR(run(dec_div, "-2", "3"), "-0.666666666666666667", "-2/3 rounds away symmetrically");
}

static void
test_half_even(void)
{
	CHECK_STR(run_round("0.125", 2), "0.12", "tie to even, down");
	CHECK_STR(run_round("0.135", 2), "0.14", "tie to even, up");
	CHECK_STR(run_round("-0.125", 2), "-0.12", "negative tie to even");
	CHECK_STR(run_round("0.1251", 2), "0.13", "above the tie");
	CHECK_STR(run_round("0.1235", 3), "0.124", "0.1235 KWD -> 0.124");
	CHECK_STR(run_round("12.5", 0), "12", "12.5 JPY -> 12");
	CHECK_STR(run_round("13.5", 0), "14", "13.5 -> 14");
	CHECK_STR(run_round("-0.4", 0), "0", "rounds to zero, no minus sign");
	CHECK_STR(run_round("1.5", 3), "1.5", "fewer decimals than asked: unchanged");
	CHECK_STR(run_round("1250", -2), "1200", "negative scale: hundreds, tie to even");
	CHECK_STR(run_round("1350", -2), "1400", "negative scale, up");
	CHECK_STR(run_round("999999999999999999", -1), "OVERFLOW", "rounding up past the range");
	CHECK_STR(run_round("999999999999999999", -100), "0", "very negative scale is zero");
	CHECK_STR(run_round("0.999999999999999999", 17), "1.00000000000000000", "carry keeps the scale");
	CHECK_STR(run_round("0.000000000000000000000000000001", 0), "0", "tiny to zero");
}

/*
 * Products and quotients whose exact value has a 5 in the 19th digit:
 * exactly half (to even) or a little more (the sticky remainder rounds up).
 */
static void
test_ties(void)
{
	CHECK_STR(run(dec_mul, "24691357802469135.7", "0.05"), "1234567890123456.78",
			  "product 1234567890123456.785: tie, 8 is even, stays");
	CHECK_STR(run(dec_mul, "24691357802469135.5", "0.05"), "1234567890123456.78",
			  "product 1234567890123456.775: tie, rounds up to even 8");
	CHECK_STR(run(dec_div, "2469135780246913.57", "2"), "1234567890123456.78",
			  "quotient ...56.785 exactly: tie to even 8");
	CHECK_STR(run(dec_div, "2469135780246913.55", "2"), "1234567890123456.78",
			  "quotient ...56.775 exactly: tie to even 8");
	CHECK_STR(run(dec_div, "7406507340740740.71", "6"), "1234417890123456.78",
			  "quotient 1234417890123456.785 exactly: tie to even 8");
	CHECK_STR(run(dec_div, "28279657", "99418"), "284.452081112072261",
			  "quotient ...2260|5564...: past the tie, the sticky remainder rounds up");
	CHECK_STR(run(dec_div, "66646792", "580715"), "114.766782328681023",
			  "quotient ...1022|5325...: past the tie, rounds up");
	CHECK_STR(run(dec_div, "1", "8"), "0.125", "exact quotient is not rounded");
	CHECK_STR(run(dec_div, "1", "0.000000000000000001"), "OVERFLOW", "10^18 does not fit");
	CHECK_STR(run(dec_div, "1", "0.00000000000000001"), "100000000000000000", "10^17 fits");
	CHECK_STR(run(dec_div, "999999999999999999", "0.1"), "OVERFLOW", "quotient above the range");
	CHECK_STR(run(dec_div, "1", "0"), "DIV_ZERO", "division by zero");
	CHECK_STR(run(dec_div, "0", "7"), "0", "zero divided");
	CHECK_STR(run(dec_div, "0.000000000000000000000000000001", "3"), "0", "below 10^-30 rounds to 0");
	CHECK_STR(run(dec_div, "0.000000000000000000000000000002", "3"), "0.000000000000000000000000000001",
			  "2/3 of 10^-30 rounds to 10^-30");
}

static void
test_add_sub(void)
{
	CHECK_STR(run(dec_add, "0.01144", "0.00006"), "0.01150", "scale is the larger one");
	CHECK_STR(run(dec_add, "87.40", "1"), "88.40", "keeps 87.40's decimals");
	CHECK_STR(run(dec_sub, "1", "1.000"), "0.000", "zero keeps the scale");
	CHECK_STR(run(dec_add, "999999999999999999", "1"), "OVERFLOW", "max + 1");
	CHECK_STR(run(dec_sub, "-999999999999999999", "1"), "OVERFLOW", "min - 1");
	CHECK_STR(run(dec_add, "999999999999999999", "-999999999999999999"), "0", "max + min");
	CHECK_STR(run(dec_add, "999999999999999998", "1"), "999999999999999999", "up to max exactly");
	CHECK_STR(run(dec_add, "999999999999999999", "0.0"), "999999999999999999",
			  "a trailing zero does not make an exact sum overflow");
	CHECK_STR(run(dec_add, "1", "0.000000000000000000000000000001"), "OVERFLOW",
			  "needs 31 digits");
	CHECK_STR(run(dec_add, "1", "0.000000000000000010000000000000"), "1.00000000000000001",
			  "trailing zeros of the small operand are dropped to make it fit");
	CHECK_STR(run(dec_add, "0.5", "0.5"), "1.0", "0.5 + 0.5");
}

static void
test_mul_limits(void)
{
	CHECK_STR(run(dec_mul, "999999999999999999", "1"), "999999999999999999", "max * 1");
	CHECK_STR(run(dec_mul, "999999999999999999", "-1"), "-999999999999999999", "max * -1");
	CHECK_STR(run(dec_mul, "999999999999999999", "1.1"), "OVERFLOW", "max * 1.1");
	CHECK_STR(run(dec_mul, "1000000000", "1000000000"), "OVERFLOW", "10^18 overflows");
	CHECK_STR(run(dec_mul, "999999999", "1000000000"), "999999999000000000", "just fits");
	CHECK_STR(run(dec_mul, "0.000000000000001", "0.000000000000001"), "0.000000000000000000000000000001",
			  "10^-30 is the smallest step");
	CHECK_STR(run(dec_mul, "0.000000000000001", "0.0000000000000001"), "0", "10^-31 rounds to zero");
	CHECK_STR(run(dec_mul, "0.000000000000001", "0.0000000000000005"), "0", "half of 10^-30: tie to even 0");
	CHECK_STR(run(dec_mul, "0.000000000000001", "0.0000000000000015"), "0.000000000000000000000000000002",
			  "1.5 * 10^-30: tie to even 2");
	CHECK_STR(run(dec_mul, "1.00000000000000001", "999999999999999990"), "OVERFLOW",
			  "rounding carries past the range");
	CHECK_STR(run(dec_mul, "1234567891.23456789", "987654321.987654321"), "OVERFLOW",
			  "more than 18 digits before the point");
	CHECK_STR(run(dec_mul, "12345678.9123456789", "9.87654321987654321"), "121932631.356500531",
			  "36-digit product rounded to 18 digits");
	{
		dec			r = {0, 0};

		CHECK_STR(show(dec_mul_i64(P("0.000000000000000001"), INT64_MAX, &r), r), "9.22337203685477581",
				  "times INT64_MAX, rounded to 18 digits");
		CHECK_STR(show(dec_mul_i64(P("1"), INT64_MIN, &r), r), "OVERFLOW", "INT64_MIN does not fit");
		CHECK_STR(show(dec_div_i64(P("1"), INT64_MIN, &r), r), "-0.000000000000000000108420217249",
				  "divided by INT64_MIN: 30 decimals at most");
		CHECK_STR(show(dec_div_i64(P("1"), 0, &r), r), "DIV_ZERO", "divided by integer zero");
	}
}

static void
test_from_i128(void)
{
	dec			r = {0, 0};
	int128_t	big = (int128_t) INT64_MAX * INT64_MAX;

	CHECK_STR(show(dec_from_i128(1250, 2, &r), r), "12.50", "fits: keeps its scale");
	CHECK_STR(show(dec_from_i128(big, 20, &r), r), "850705917302346158",
			  "38 digits, 18 of them whole: rounded to a whole number");
	CHECK_STR(show(dec_from_i128(big, 40, &r), r), "0.00850705917302346158", "rounded to 18 digits");
	CHECK_STR(show(dec_from_i128(-big, 40, &r), r), "-0.00850705917302346158", "negative");
	CHECK_STR(show(dec_from_i128(big, 10, &r), r), "OVERFLOW", "too many whole digits");
	CHECK_STR(show(dec_from_i128(-5, -3, &r), r), "-5000", "negative scale");
	CHECK_STR(show(dec_from_i128(5, -18, &r), r), "OVERFLOW", "5 * 10^18");
	CHECK_STR(show(dec_from_i128(0, -1000, &r), r), "0", "zero at any scale");
	CHECK_STR(show(dec_from_i128(1, 1000, &r), r), "0.000000000000000000000000000000", "far below the range: zero");
}

/* Random cases; expected values from Python's decimal module (see the file comment). */
static const struct
{
	const char *op;
	const char *a;
	const char *b;
	const char *want;
}			vectors[] = {
	{"add", "-0.000002", "0.00000019", "-0.00000181"},
	{"sub", "0.000008", "2978.724444", "-2978.724436"},
	{"mul", "0.00000000", "151.712", "0"},
	{"div", "0.000000000000000514644783276474", "-782956363058143317", "0"},
	{"pct", "0.000000000000", "0.0000000000000000079995454", "-100"},
	{"round", "0.06142", "5", "0.06142"},
	{"add", "8918", "416.5", "9334.5"},
	{"sub", "0.000000000000", "-6152089.23257", "6152089.23257000000"},
	{"mul", "0.000000007537451780", "-756779083707297.57", "-5704185.85155633907"},
	{"div", "-0.000000365820", "-20889929.1227925783", "0.000000000000017511787514916037"},
	{"pct", "245.194", "0.00007", "350277042.857142857"},
	{"round", "-0.000000000148299", "4", "0.0000"},
	{"add", "0.00069939", "-0.000000620946096081", "0.000698769053903919"},
	{"sub", "385.027", "9328.57938528", "-8943.55238528"},
	{"mul", "0.00000000", "-0.08", "0"},
	{"div", "0.000000000000000000000000000006", "-2738154.5572557660", "0"},
	{"pct", "-2695013492.44", "0.000000000000000740711223651554", "OVERFLOW"},
	{"round", "12794958421623.4", "3", "12794958421623.4"},
	{"add", "135417867234421.13", "0.00003", "OVERFLOW"},
	{"sub", "0.4361426396", "-0.9503254155", "1.3864680551"},
	{"mul", "3345.0300", "-0.0000000004", "-0.000001338012"},
	{"div", "0.004", "0.0000878398", "45.5374443020134381"},
	{"pct", "0.161980429686147667", "0.3", "-46.0065234379507777"},
	{"round", "0.000000000003", "10", "0.0000000000"},
	{"add", "0.000000000222", "617572737699779354", "OVERFLOW"},
	{"sub", "0.707893", "184320551093221", "OVERFLOW"},
	{"mul", "0.000000000000002", "422723451174120545", "845.44690234824109"},
	{"div", "2705177026201.76054", "0.0000000001", "OVERFLOW"},
	{"pct", "0.000323409149589675", "0.0000000000000000000683806", "472954536213012070"},
	{"round", "0.000000000000000654", "0", "0"},
	{"add", "7.99424", "0.00005", "7.99429"},
	{"sub", "0.00009", "0.00000000000000000023", "0.00008999999999999977"},
	{"mul", "0.0000000000000805874667032", "0.00000009", "0.000000000000000000007252872003"},
	{"pct", "-0.0000000005", "-0.000000000009", "5455.55555555555556"},
	{"round", "0.0000000000000000000020170", "-5", "0"},
	{"add", "-0.00005", "-0.0000000000000000000016165", "OVERFLOW"},
	{"sub", "0.0000000000000000013843147", "68990.114297064276", "OVERFLOW"},
	{"mul", "0.00009234", "88.12111082", "0.0081371033731188"},
	{"div", "0.000040", "-6.53277", "-0.00000612297693015367141"},
	{"pct", "0.0000000035658179474998296", "0.6", "-99.9999994056970088"},
	{"round", "774766255493359", "5", "774766255493359"},
	{"add", "5185208.2127488747", "-5890972.0", "-705763.7872511253"},
	{"sub", "-0.03", "0.0000000134495956202679527", "OVERFLOW"},
	{"mul", "424180105.52425018", "-0.000000089377", "-37.9119452914409083"},
	{"div", "-14872.85425", "-830271.365196900821", "0.0179132448419112556"},
	{"pct", "0.000000000000000000000000000000", "46368639.79", "-100"},
	{"round", "0.00", "9", "0.00"},
	{"add", "-72303.1135890341", "0.000", "-72303.1135890341"},
	{"sub", "0.0000000250130730279718130", "-0.000000000000313580688778512058", "OVERFLOW"},
	{"mul", "-0.000000000000000343", "599628802259.046124", "-0.000205672679174852821"},
	{"div", "1", "0.006813336121", "146.770977130837488"},
	{"round", "78.032", "0", "78"},
	{"add", "0.0069", "0.00006", "0.00696"},
	{"sub", "-0.000000000866229", "8306282400.89351695", "OVERFLOW"},
	{"mul", "-0.000005172762134", "-4.56", "0.00002358779533104"},
	{"div", "-0.08616", "9186.703845", "-0.00000937877191359487"},
	{"pct", "-473327638510", "-2.7067", "17487258968755.0634"},
	{"round", "-0.000000000000000000000000080403", "1", "0.0"},
	{"add", "-0.00000000000000018925", "0.0000000000000000000055073", "-0.0000000000000001892444927"},
	{"sub", "92705903555673610.2", "0.000000000000000000000000000004", "OVERFLOW"},
	{"mul", "0.000000000000000877348451198956", "-0.0000855747", "-0.000000000000000000075078830507"},
	{"div", "0.0000000000000000000000098", "652358735192818529", "0"},
	{"pct", "32828778526.167792", "-4147438551", "-891.543458027903932"},
	{"round", "-0.000000000000000000000000000086", "-2", "0"},
	{"add", "7388474737.81", "7579", "7388482316.81"},
	{"sub", "0.000000000000000000000000000000", "0.000000000000000679", "-0.000000000000000679000000000000"},
	{"mul", "0.00", "1703.87113530", "0"},
	{"div", "0.000035379884", "-0.00000001", "-3537.9884"},
	{"round", "94323515593652.5215", "18", "94323515593652.5215"},
	{"add", "9718.83", "392796242604", "392796252322.83"},
	{"sub", "0.000000000000452580", "38517039221.7", "OVERFLOW"},
	{"mul", "-0.0000046934", "-37814.43961", "0.177478290865574"},
	{"div", "0.0000", "0.080166", "0"},
	{"pct", "843", "1042728590319.4350", "-99.9999999191544178"},
	{"round", "0.000000000000000", "3", "0.000"},
	{"add", "30.262374", "0.0000000000000000000000007", "OVERFLOW"},
	{"sub", "0.001", "0.00176", "-0.00076"},
	{"mul", "0", "0.000000095212", "0"},
	{"div", "-0.000000000000843201", "0.000000000035898", "-0.0234888016045462143"},
	{"pct", "5.57", "-0.00000263066474458155", "-211733655.614514424"},
	{"round", "12993", "15", "12993"},
	{"add", "0", "0.000000000000000000", "0.000000000000000000"},
	{"sub", "0.0000000000000000000000457", "0.000000000001", "-0.0000000000009999999999543"},
	{"mul", "0.000", "0.0033", "0"},
	{"round", "0.00004", "16", "0.00004"},
	{"add", "9599.48", "0.000000000000000864", "OVERFLOW"},
	{"sub", "427805613042.869466", "-991523904679001121", "OVERFLOW"},
	{"mul", "36230892846879.5856", "1762795075793132.27", "OVERFLOW"},
	{"div", "7617021833", "0.000000000000005", "OVERFLOW"},
	{"pct", "0.0000000000000000000000000", "0.000000803148", "-100"},
	{"round", "-0.000000000000187045", "13", "-0.0000000000002"},
	{"add", "48.448", "0.67", "49.118"},
	{"sub", "2119796696.04270", "0.000000000000000080", "OVERFLOW"},
	{"mul", "-9938456.1667285086", "-0.00000004", "0.397538246669140344"},
	{"div", "0.000003", "-0.00000000000000241651", "-1241459791.18646312"},
	{"round", "90207.9012616529", "15", "90207.9012616529"},
	{"add", "0.000000000000000", "0.000000512999", "0.000000512999000"},
	{"sub", "-0.000000000000000000000000000019", "0.00000000000000000000", "-0.000000000000000000000000000019"},
	{"mul", "0.000000000000030450", "0.000000000000015026", "0.000000000000000000000000000458"},
	{"div", "0.00003758", "6801987705.82263725", "0.000000000000005524855619458231"},
	{"pct", "-23.3192", "24.222", "-196.272809842292131"},
	{"round", "-0.0000000084240200557816045", "8", "-0.00000001"},
	{"add", "787685949873290", "0.000000", "787685949873290.000"},
	{"sub", "-898766195669223", "6898600.753", "-898766202567823.753"},
	{"mul", "8078180848.20427578", "0.000000000000000", "0"},
	{"div", "0.000009", "0.000000000000000339496581662099", "26509839822.0624836"},
	{"pct", "0.0000000000", "6120295491.46922", "-100"},
	{"round", "81302", "-3", "81000"},
	{"add", "-0.11", "0.000261707039730597", "-0.109738292960269403"},
	{"sub", "0.000020275059", "0.09", "-0.089979724941"},
	{"mul", "0.73401021", "0.00", "0"},
	{"div", "4", "677277027554700.87", "0.000000000000005906002768825548"},
	{"pct", "0.000000000000000", "0.029811", "-100"},
	{"round", "15.6", "3", "15.6"},
	{"add", "-501459527716", "106949.2139", "-501459420766.7861"},
	{"sub", "0.000000000000888109546525987798", "672.63", "OVERFLOW"},
	{"mul", "0.0000000655", "0.000000000000072103", "0.0000000000000000000047227465"},
	{"div", "0.000", "1907679.07524384", "0"},
	{"pct", "-0.000000000000007011", "878248279739465.69", "-100"},
	{"round", "0.0000000000000000000096168", "7", "0.0000000"},
	{"add", "4.8832", "-62.084991724053713", "-57.201791724053713"},
	{"sub", "0.07", "497736608.7", "-497736608.63"},
	{"mul", "-0.006478", "0.012474", "-0.000080806572"},
	{"div", "191556283.83096729", "0.00001303", "14701172972445.6861"},
	{"pct", "31792", "-329.67295", "-9743.49668360719313"},
	{"round", "47.4115", "9", "47.4115"},
	{"add", "-54129837", "800067", "-53329770"},
	{"sub", "0.00000000000000000006", "-747.830672914759", "OVERFLOW"},
	{"mul", "-0.00000000000000859045", "0", "0"},
	{"div", "0.00698676343924645997", "161", "0.0000433960462064997514"},
	{"pct", "0.000000000000279864114376586236", "0.000003", "-99.9999906711961874"},
	{"round", "0", "-2", "0"},
	{"add", "7389.552052", "0.007016723251", "7389.559068723251"},
	{"sub", "-0.0000000000000000000008254", "0.000000000022671", "-0.0000000000226710000008254"},
	{"mul", "-2915.024663", "-0.00517031373703864071", "15.0715920589153343"},
	{"div", "0.000000000003520", "0.000000057484", "0.000061234430450212233"},
	{"pct", "907413416190", "3045813584.15", "29692.1521169928492"},
	{"round", "-0.000000000820", "1", "0.0"},
	{"add", "0.0000001909", "0.5", "0.5000001909"},
	{"sub", "8130", "0.00000945854408378923", "OVERFLOW"},
	{"mul", "82201340", "0.0005", "41100.67"},
	{"div", "0.714186295121972", "-2111768967364657.94", "-0.000000000000000338193384863131"},
	{"pct", "0.00000000005638825649", "-0.000000000000000000000000000009", "OVERFLOW"},
	{"round", "0.000000", "11", "0.000000"},
	{"add", "0.000000000000267512", "-395737059.57202293", "OVERFLOW"},
	{"sub", "0.000592751273824127", "0.00", "0.000592751273824127"},
	{"mul", "-342.682", "7919849438.98", "-2713989845448.54436"},
	{"div", "88.8585", "-57612393399150.3", "-0.00000000000154235043464294846"},
	{"pct", "0.0000000000000000000005966", "-0.0047", "-100"},
	{"round", "0.000000000000000000", "17", "0.00000000000000000"},
	{"add", "0.005012033401", "0.000000000068", "0.005012033469"},
	{"sub", "610", "-28081482915.329295", "28081483525.329295"},
	{"mul", "-368729504745295.01", "0.4", "-147491801898118.004"},
	{"div", "0.76", "9440034.42767694", "0.0000000805081809629613115"},
	{"pct", "0.00000000007429587841", "67", "-99.9999999998891106"},
	{"round", "-0.0000000000000102383577564", "14", "-0.00000000000001"},
	{"add", "2861550427", "-0.00002755", "2861550426.99997245"},
	{"sub", "-2921.65", "0.0000000000", "-2921.6500000000"},
	{"mul", "-0.000000992126722583", "8197417846", "-8132.87730119537542"},
	{"div", "-498.95", "972175414819688265", "-0.00000000000000051323042363969"},
	{"pct", "-425377917772932.969", "0.3", "-141792639257644423"},
	{"round", "603005756793398", "6", "603005756793398"},
	{"add", "5049.2526", "0.000000000000078118131354226595", "OVERFLOW"},
	{"sub", "0.000000000000000000000000000009", "0.0000000000000000000472258", "-0.000000000000000000047225799991"},
	{"mul", "0.0000000009", "1", "0.0000000009"},
	{"div", "-80523.5", "0.0000000019", "-42380789473684.2105"},
	{"pct", "97.809103", "-0.00000150", "-6520606966.66666667"},
	{"round", "510807980276", "15", "510807980276"},
	{"add", "0.0000000000000000000003736", "286895", "OVERFLOW"},
	{"sub", "688577", "-0.000000000004458", "OVERFLOW"},
	{"mul", "0.00000000003137306667", "5109387364", "0.160297150413627558"},
	{"div", "-0.00034666", "3513839700", "-0.00000000000009865561027157841"},
	{"pct", "-0.09", "0.000000000000000000000079370603", "OVERFLOW"},
	{"round", "601987.515627573377", "11", "601987.51562757338"},
	{"add", "0.00000000000000000002", "-0.0000000000000000000000002", "0.0000000000000000000199998"},
	{"sub", "0.0000000829", "0.00", "0.0000000829"},
	{"mul", "-54.099486", "855298002364670.980", "-46271182304755484.6"},
	{"div", "-0.000000000000000049", "63.9", "-0.000000000000000000766823161189"},
	{"round", "-0.000000000050559", "-4", "0"},
	{"add", "-534923622568703", "8328.99", "-534923622560374.01"},
	{"sub", "0.00000000000000000000", "0.00000000007893295644", "-0.00000000007893295644"},
	{"mul", "-0.00007", "-52380", "3.6666"},
	{"div", "82149.4", "0.000000000000000000000017509600", "OVERFLOW"},
	{"pct", "0.00000000000000009599", "-0.0000000006", "-100.000015998333333"},
	{"round", "0.0000000000974685261815467", "8", "0.00000000"},
	{"add", "0", "1.0", "1.0"},
	{"sub", "0.001", "0.6", "-0.599"},
	{"mul", "-0.0000034996", "0.0000000000000000000000000", "0"},
	{"div", "4", "-0.000000033111158", "-120805198.054383963"},
	{"pct", "-24.3186", "-0.00000008", "30398249900"},
	{"round", "9248509819.06", "15", "9248509819.06"},
	{"add", "0.000", "0.00", "0.000"},
	{"sub", "0.8992829985", "1", "-0.1007170015"},
	{"mul", "0.00000000000076317365", "0.0006", "0.00000000000000045790419"},
	{"div", "0.000000000000000002", "0.000000000517", "0.00000000386847195357833656"},
	{"round", "-0.6", "17", "-0.6"},
	{"add", "0.570077", "417.07", "417.640077"},
	{"sub", "0.0000000000000000000034169", "0.000000000001966", "-0.0000000000019659999965831"},
	{"mul", "-1160996658", "11747.05680", "-13638293686136.1744"},
	{"div", "-4535143723632.19082", "70865.281", "-63996694.2857700772"},
	{"pct", "2689951329", "-0.197633", "-1361084094861.50238"},
	{"round", "0.000000043974", "5", "0.00000"},
	{"add", "9", "-0.4", "8.6"},
	{"sub", "0.00000003", "0.00000329104217896500", "-0.00000326104217896500"},
	{"mul", "5.31252", "0.000000000000703855", "0.0000000000037392437646"},
	{"div", "0.00000000000000000000", "0.0000000000000001871790477", "0"},
	{"pct", "4607901330501196.1", "0.007345", "OVERFLOW"},
	{"round", "5.03", "17", "5.03"},
	{"add", "1506052121877163.22", "-8036.3645", "OVERFLOW"},
	{"sub", "-599.576", "0", "-599.576"},
	{"mul", "486689.963154285688", "0.00621749", "3025.98997901213972"},
	{"div", "0.0000000000000000000047694", "36963318.4700", "0.000000000000000000000000000129"},
	{"pct", "-651388.37", "0.81", "-80418417.2839506173"},
	{"round", "6409441.3", "17", "6409441.3"},
	{"add", "0.000000000000000000000000000002", "0.0000000000000000000000075", "0.000000000000000000000007500002"},
	{"sub", "0.00", "0.000", "0.000"},
	{"mul", "-0.0000000749", "301", "-0.0000225449"},
	{"div", "0.0000", "-0.025201621397069039", "0"},
	{"pct", "0.00002", "2713.94862319", "-99.9999992630663739"},
	{"round", "-4923781121.26", "14", "-4923781121.26"},
	{"add", "0.0000036201", "262560364878.22638", "OVERFLOW"},
	{"sub", "587545182894131119", "34169765120840.7", "OVERFLOW"},
	{"mul", "61.233", "93660486.22", "5735112552.70926"},
	{"div", "0.00000003", "8.95", "0.00000000335195530726256983"},
	{"pct", "0.00005", "0.02", "-99.75"},
	{"round", "0.00000000", "8", "0.00000000"},
	{"add", "0.00", "0.000000", "0.000000"},
	{"sub", "370637.50", "-582.280", "371219.780"},
	{"mul", "0.000005622689993", "0", "0"},
	{"div", "8939373802116.87", "0.00000027", "OVERFLOW"},
	{"pct", "7766941470", "0.000000000000000002", "OVERFLOW"},
	{"round", "0.0000000487233885297908440", "18", "0.000000048723388530"},
};

static void
test_vectors(void)
{
	int			bad = 0;

	for (size_t i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++)
	{
		const char *op = vectors[i].op;
		const char *got;

		if (strcmp(op, "add") == 0)
			got = run(dec_add, vectors[i].a, vectors[i].b);
		else if (strcmp(op, "sub") == 0)
			got = run(dec_sub, vectors[i].a, vectors[i].b);
		else if (strcmp(op, "mul") == 0)
			got = run(dec_mul, vectors[i].a, vectors[i].b);
		else if (strcmp(op, "div") == 0)
			got = run(dec_div, vectors[i].a, vectors[i].b);
		else if (strcmp(op, "pct") == 0)
			got = run(dec_pct_change, vectors[i].a, vectors[i].b);
		else
			got = run_round(vectors[i].a, atoi(vectors[i].b));
		if (strcmp(got, vectors[i].want) != 0)
		{
			bad++;
			printf("#   %s(%s, %s): got %s, want %s\n", op, vectors[i].a, vectors[i].b,
				   got, vectors[i].want);
		}
	}
	CHECK(bad == 0, "%zu random cases agree with Python's decimal module (%d differ)",
		  sizeof(vectors) / sizeof(vectors[0]), bad);
}

static void
test_accumulator(void)
{
	dec_acc		acc;
	dec			r = {0, 0};

	dec_acc_init(&acc);
	for (int i = 0; i < 10; i++)
		dec_acc_add(&acc, P("0.1"));
	CHECK_STR(show(dec_acc_sum(&acc, &r), r), "1.0", "ten times 0.1 is exactly 1.0");
	CHECK_STR(show(dec_acc_mean(&acc, 10, &r), r), "0.1", "their mean");

	dec_acc_init(&acc);
	dec_acc_add(&acc, P("5"));
	dec_acc_add(&acc, P("-0.25"));
	CHECK_STR(show(dec_acc_sum(&acc, &r), r), "4.75", "mixed signs");
	CHECK_STR(show(dec_acc_mean(&acc, 3, &r), r), "1.58333333333333333", "mean rounded to 18 digits");

	dec_acc_init(&acc);
	dec_acc_add(&acc, P("1"));
	dec_acc_add(&acc, P("0.000000000000000000000000000001"));
	CHECK_STR(show(dec_acc_sum(&acc, &r), r), "1.00000000000000000",
			  "1 + 10^-30 needs 31 digits: rounded once to 18");

	dec_acc_init(&acc);
	dec_acc_add(&acc, P("333333333333333333"));
	dec_acc_add(&acc, P("0.000000000000000000000000000001"));
	CHECK_STR(show(dec_acc_mean(&acc, 2, &r), r), "166666666666666667",
			  "mean ...666.5 plus 10^-30: above the tie, rounds up");
	dec_acc_init(&acc);
	dec_acc_add(&acc, P("333333333333333333"));
	CHECK_STR(show(dec_acc_mean(&acc, 2, &r), r), "166666666666666666", "mean ...666.5: tie to even");

	dec_acc_init(&acc);
	dec_acc_add(&acc, P("999999999999999999"));
	dec_acc_add(&acc, P("1"));
	CHECK_STR(show(dec_acc_sum(&acc, &r), r), "OVERFLOW", "max + 1 overflows the sum");
	CHECK_STR(show(dec_acc_mean(&acc, 2, &r), r), "500000000000000000", "but the mean fits");
	CHECK_STR(show(dec_acc_mean(&acc, 0, &r), r), "DIV_ZERO", "mean of nothing");
	dec_acc_add(&acc, P("-1"));
	CHECK_STR(show(dec_acc_sum(&acc, &r), r), "999999999999999999", "and back in range: no wrap");

	/* Whole units beyond 128 bits are an error, never a wrap. */
	acc.hi = ((int128_t) INT64_MAX << 64) | (int128_t) UINT64_MAX;
	acc.lo = (int128_t) INT64_C(1000000000000000000) * INT64_C(1000000000000000000) * 10 - 1;
	acc.scale = 0;
	{
		DecStatus	st_sum = dec_acc_sum(&acc, &r);
		DecStatus	st_add = dec_acc_add(&acc, P("1"));

		CHECK(st_sum == DEC_OVERFLOW, "a sum beyond 18 whole digits overflows");
		CHECK(st_add == DEC_OVERFLOW, "carrying into a full 128-bit whole part overflows");
	}
	{
		dec_acc		big = acc;

		DecStatus	st;

		big.lo = 0;
		dec_acc_init(&acc);
		dec_acc_add(&acc, P("1"));
		acc.hi = 1;
		st = dec_acc_merge(&acc, &big);
		CHECK(st == DEC_OVERFLOW, "a merge that overflows 128 bits is an error");
	}
	acc.scale = 31;
	CHECK(!dec_acc_is_valid(&acc), "scale 31 is not a valid state");
	acc.scale = 2;
	acc.lo = (int128_t) INT64_C(1000000000000000000) * INT64_C(1000000000000000000) * 10;
	CHECK(!dec_acc_is_valid(&acc), "lo at 10^37 is not a valid state");
}

/* ---- property tests ---------------------------------------------------------- */

static uint64_t rng_state = UINT64_C(0x9E3779B97F4A7C15);

static uint64_t
rng_next(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * UINT64_C(2685821657736338717);
}

static const int64_t p10[19] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000, 10000000000, 100000000000, 1000000000000, 10000000000000,
	100000000000000, 1000000000000000, 10000000000000000,
	100000000000000000, 1000000000000000000
};

/* A random valid value with up to max_digits digits and up to max_scale decimals. */
static dec
random_dec(int max_digits, int max_scale)
{
	dec			d;
	int			digits = 1 + (int) (rng_next() % (uint64_t) max_digits);

	d.coef = (int64_t) (rng_next() % (uint64_t) p10[digits]);
	if (rng_next() & 1)
		d.coef = -d.coef;
	d.scale = (int32_t) (rng_next() % (uint64_t) (max_scale + 1));
	return d;
}

static dec
dec_abs(dec v)
{
	if (v.coef < 0)
		v.coef = -v.coef;
	return v;
}

static void
test_properties(void)
{
	int			round_trip_bad = 0,
				cmp_bad = 0,
				addsub_bad = 0,
				muldiv_bad = 0,
				muldiv_checked = 0,
				acc_bad = 0;

	for (int i = 0; i < 20000; i++)
	{
		dec			a = random_dec(18, DEC_MAX_SCALE);
		dec			b = random_dec(18, DEC_MAX_SCALE);
		dec			back,
					diff,
					sum;
		char		buf[DEC_FORMAT_MAX];
		int			len = dec_format(a, buf);

		/* format -> parse is the identity (coefficient and scale) */
		if (dec_parse(buf, (size_t) len, &back) != DEC_OK ||
			back.coef != a.coef || back.scale != a.scale || (size_t) len != strlen(buf))
			round_trip_bad++;

		/* cmp agrees with the sign of the exact difference, and is antisymmetric */
		if (dec_sub(a, b, &diff) == DEC_OK)
		{
			int			sign = (diff.coef > 0) - (diff.coef < 0);

			if (dec_cmp(a, b) != sign || dec_cmp(b, a) != -sign)
				cmp_bad++;
		}
		if (dec_cmp(a, dec_normalize(a)) != 0 || dec_cmp(a, a) != 0)
			cmp_bad++;

		/* (a + b) - b == a exactly when both steps fit */
		if (dec_add(a, b, &sum) == DEC_OK && dec_sub(sum, b, &back) == DEC_OK &&
			dec_cmp(back, a) != 0)
			addsub_bad++;
	}

	/*
	 * a * b / b is a within 11 units of a's 18th significant digit: each of
	 * the two roundings is off by at most half a unit of its own 18th digit,
	 * which relative to the value is at most 5 * 10^-18.
	 */
	for (int i = 0; i < 20000; i++)
	{
		dec			a = random_dec(18, 12);
		dec			b = random_dec(9, 6);
		dec			prod,
					q,
					diff,
					tol;
		int			e;

		if (a.coef == 0 || b.coef == 0 || dec_mul(a, b, &prod) != DEC_OK || prod.coef == 0 ||
			dec_div(prod, b, &q) != DEC_OK)
			continue;
		muldiv_checked++;
		e = dec_digits(a) - a.scale;	/* |a| < 10^e */
		tol.coef = 11;
		tol.scale = 18 - e;
		if (dec_sub(q, a, &diff) != DEC_OK || dec_cmp(dec_abs(diff), tol) > 0)
		{
			char		sa[DEC_FORMAT_MAX],
						sb[DEC_FORMAT_MAX],
						sq[DEC_FORMAT_MAX];

			dec_format(a, sa);
			dec_format(b, sb);
			dec_format(q, sq);
			if (muldiv_bad++ < 5)
				printf("#   a=%s b=%s a*b/b=%s\n", sa, sb, sq);
		}
	}

	/* The accumulator's result does not depend on order or on splitting */
	for (int round = 0; round < 200; round++)
	{
		dec			vals[64];
		dec_acc		fwd,
					rev,
					parts[3];
		dec			s1 = {0, 0},
					s2 = {0, 0},
					s3 = {0, 0},
					m1 = {0, 0},
					m3 = {0, 0};
		DecStatus	st1,
					st2,
					st3;

		dec_acc_init(&fwd);
		dec_acc_init(&rev);
		for (int k = 0; k < 3; k++)
			dec_acc_init(&parts[k]);
		for (int k = 0; k < 64; k++)
			vals[k] = random_dec(18, DEC_MAX_SCALE);
		for (int k = 0; k < 64; k++)
		{
			dec_acc_add(&fwd, vals[k]);
			dec_acc_add(&rev, vals[63 - k]);
			dec_acc_add(&parts[k % 3], vals[k]);
		}
		dec_acc_merge(&parts[2], &parts[0]);
		dec_acc_merge(&parts[2], &parts[1]);
		st1 = dec_acc_sum(&fwd, &s1);
		st2 = dec_acc_sum(&rev, &s2);
		st3 = dec_acc_sum(&parts[2], &s3);
		if (st1 != st2 || st1 != st3 || s1.coef != s2.coef || s1.scale != s2.scale ||
			s1.coef != s3.coef || s1.scale != s3.scale)
			acc_bad++;
		if (dec_acc_mean(&fwd, 64, &m1) != dec_acc_mean(&parts[2], 64, &m3) ||
			m1.coef != m3.coef || m1.scale != m3.scale)
			acc_bad++;
	}

	CHECK(round_trip_bad == 0, "format -> parse is the identity on 20000 random values (%d bad)", round_trip_bad);
	CHECK(cmp_bad == 0, "cmp agrees with subtraction on 20000 random pairs (%d bad)", cmp_bad);
	CHECK(addsub_bad == 0, "(a + b) - b == a on 20000 random pairs (%d bad)", addsub_bad);
	CHECK(muldiv_checked > 10000 && muldiv_bad == 0,
		  "a * b / b is within 11 units of the 18th digit of a (%d checked, %d bad)", muldiv_checked, muldiv_bad);
	CHECK(acc_bad == 0, "sums and means do not depend on order or splitting (200 rounds, %d bad)", acc_bad);
}

int
main(void)
{
	test_parse_format();
	test_reference_page();
	test_half_even();
	test_ties();
	test_add_sub();
	test_mul_limits();
	test_from_i128();
	test_vectors();
	test_accumulator();
	test_properties();
	UNIT_DONE();
}
