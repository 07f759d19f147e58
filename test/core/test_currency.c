/*
 * test_currency.c - unit tests for the ISO 4217 table and code helpers.
 */
#include "currency.h"
#include "unit.h"

static int
is_upper3(const char *s)
{
	return s != NULL && strlen(s) == 3 &&
		s[0] >= 'A' && s[0] <= 'Z' &&
		s[1] >= 'A' && s[1] <= 'Z' &&
		s[2] >= 'A' && s[2] <= 'Z';
}

static void
test_table_shape(void)
{
	size_t		n = cur_count();
	size_t		i, j;
	int			all_upper = 1;
	int			sorted = 1;
	int			unique_numeric = 1;
	int			sane_fields = 1;

	for (i = 0; i < n; i++)
	{
		const CurrencyInfo *c = cur_at(i);

		if (!is_upper3(c->code))
			all_upper = 0;
		if (i > 0 && strcmp(cur_at(i - 1)->code, c->code) >= 0)
			sorted = 0;
		if (c->numeric == 0 || c->numeric > 999 || c->minor_units < -1 ||
			c->minor_units > 4 || c->name == NULL || c->name[0] == '\0')
			sane_fields = 0;
		for (j = i + 1; j < n; j++)
			if (cur_at(j)->numeric == c->numeric)
				unique_numeric = 0;
	}
	CHECK(n > 170 && n < 200, "count is plausible (%zu)", n);
	CHECK(all_upper, "every code is three upper-case letters");
	CHECK(sorted, "table is strictly sorted by code");
	CHECK(unique_numeric, "no duplicate numeric codes");
	CHECK(sane_fields, "numeric, minor units and name are in range");
	CHECK(cur_at(n) == NULL, "cur_at past the end is NULL");
}

static void
check_lookup(const char *code, int numeric, int minor, const char *name)
{
	const CurrencyInfo *c = cur_info(cur_pack(code));

	CHECK(c != NULL && c->numeric == numeric && c->minor_units == minor,
		  "%s is %03d with %d minor units", code, numeric, minor);
	CHECK_STR(c != NULL ? c->name : "(missing)", name, "%s is named %s",
			  code, name);
}

static void
test_lookups(void)
{
	check_lookup("KGS", 417, 2, "Som");
	check_lookup("KZT", 398, 2, "Tenge");
	check_lookup("TJS", 972, 2, "Somoni");
	check_lookup("UZS", 860, 2, "Uzbekistan Sum");
	check_lookup("TMT", 934, 2, "Turkmenistan New Manat");
	check_lookup("USD", 840, 2, "US Dollar");
	check_lookup("EUR", 978, 2, "Euro");
	check_lookup("RUB", 643, 2, "Russian Ruble");
	check_lookup("CNY", 156, 2, "Yuan Renminbi");
	check_lookup("TRY", 949, 2, "Turkish Lira");
	check_lookup("GBP", 826, 2, "Pound Sterling");
	check_lookup("JPY", 392, 0, "Yen");
	check_lookup("KWD", 414, 3, "Kuwaiti Dinar");
	check_lookup("CLF", 990, 4, "Unidad de Fomento");
	check_lookup("XAU", 959, -1, "Gold");
	check_lookup("XCG", 532, 2, "Caribbean Guilder");
	check_lookup("ZWG", 924, 2, "Zimbabwe Gold");
	check_lookup("SLE", 925, 2, "Leone");
	check_lookup("PAB", 590, 2, "Balboa");
	CHECK(cur_info(cur_pack("AED")) == cur_at(0), "first entry is found");
	CHECK(cur_info(cur_pack("ZWG")) == cur_at(cur_count() - 1),
		  "last entry is found");
}

/* Printable form of a test input, so the TAP line stays on one line. */
static const char *
shown(const char *in)
{
	static char buf[64];
	size_t		o = 0;

	for (; *in != '\0' && o + 5 < sizeof(buf); in++)
	{
		unsigned char c = (unsigned char) *in;

		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
			buf[o++] = (char) c;
		else
			o += (size_t) snprintf(buf + o, sizeof(buf) - o, "\\x%02X", c);
	}
	buf[o] = '\0';
	return buf;
}

static void
check_parse_ok(const char *in, const char *want)
{
	cur_code	code = CUR_CODE_INVALID;
	char		got[4] = "";
	CurParseStatus st = cur_parse(in, strlen(in), &code);

	if (st == CUR_OK)
		cur_unpack(code, got);
	CHECK(st == CUR_OK, "\"%s\" parses", shown(in));
	CHECK_STR(got, want, "\"%s\" parses as %s", shown(in), want);
}

static void
check_parse_fails(const char *in, CurParseStatus want)
{
	cur_code	code = 1234;
	CurParseStatus st = cur_parse(in, strlen(in), &code);

	CHECK(st == want && code == 1234, "\"%s\" is rejected as %s", shown(in),
		  want == CUR_UNKNOWN ? "unknown" : "bad syntax");
}

static void
test_parse(void)
{
	cur_code	code;

	check_parse_ok(" kzt ", "KZT");
	check_parse_ok("Usd", "USD");
	check_parse_ok("\t\n\v\f\r eUr \r\n", "EUR");
	check_parse_fails("XYZ", CUR_UNKNOWN);
	check_parse_fails("BYR", CUR_UNKNOWN);
	check_parse_fails("HRK", CUR_UNKNOWN);
	check_parse_fails("XXX", CUR_UNKNOWN);
	check_parse_fails("XTS", CUR_UNKNOWN);
	check_parse_fails("ANG", CUR_UNKNOWN);
	check_parse_fails("SLL", CUR_UNKNOWN);
	check_parse_fails("ZWL", CUR_UNKNOWN);
	check_parse_fails("BGN", CUR_UNKNOWN);
	check_parse_fails("CUC", CUR_UNKNOWN);
	check_parse_fails("USDT", CUR_BAD_SYNTAX);
	check_parse_fails("US", CUR_BAD_SYNTAX);
	check_parse_fails("", CUR_BAD_SYNTAX);
	check_parse_fails("   ", CUR_BAD_SYNTAX);
	check_parse_fails("U SD", CUR_BAD_SYNTAX);
	check_parse_fails("US1", CUR_BAD_SYNTAX);
	check_parse_fails("\xC3\x9CSD", CUR_BAD_SYNTAX);
	check_parse_fails("\xDCSD", CUR_BAD_SYNTAX);
	CHECK(cur_parse("USDxx", 3, &code) == CUR_OK && code == cur_pack("USD"),
		  "parse honours len, not the NUL");
	CHECK(cur_parse("US\0", 3, &code) == CUR_BAD_SYNTAX,
		  "an embedded NUL is bad syntax");
	CHECK(cur_parse(NULL, 0, &code) == CUR_BAD_SYNTAX,
		  "NULL with length 0 is bad syntax");
}

static void
test_pack(void)
{
	cur_code	c;
	cur_code	prev = 0;
	char		out[4];
	int			round_trip = 1;
	int			ordered = 1;
	size_t		i;

	CHECK(cur_pack("AAA") == 0, "AAA packs to 0");
	CHECK(cur_pack("ZZZ") == CUR_CODE_MAX, "ZZZ packs to CUR_CODE_MAX");
	CHECK(cur_pack("kzt") == cur_pack("KZT"), "pack is case-insensitive");
	CHECK(cur_pack("K1T") == CUR_CODE_INVALID, "pack rejects a digit");
	CHECK(cur_pack("KZ") == CUR_CODE_INVALID, "pack rejects a short string");
	CHECK(cur_pack("") == CUR_CODE_INVALID, "pack rejects the empty string");

	for (c = 0; c <= CUR_CODE_MAX; c++)
	{
		cur_unpack(c, out);
		if (!is_upper3(out) || cur_pack(out) != c)
			round_trip = 0;
	}
	CHECK(round_trip, "unpack then pack is the identity on every code");
	cur_unpack(CUR_CODE_INVALID, out);
	CHECK_STR(out, "???", "an invalid code unpacks as ???");
	CHECK(!cur_is_valid(CUR_CODE_INVALID), "CUR_CODE_INVALID is not valid");

	for (i = 0; i < cur_count(); i++)
	{
		c = cur_pack(cur_at(i)->code);
		if (!cur_is_valid(c) || cur_info(c) != cur_at(i) ||
			(i > 0 && c <= prev))
			ordered = 0;
		prev = c;
	}
	CHECK(ordered, "packed order equals table order and every code is found");
}

int
main(void)
{
	test_table_shape();
	test_lookups();
	test_parse();
	test_pack();
	UNIT_DONE();
}
