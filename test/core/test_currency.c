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
	size_t		active = 0;
	int			all_upper = 1;
	int			sorted = 1;
	int			unique_numeric = 1;
	int			sane_fields = 1;
	int			withdrawn_sane = 1;

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
		/* List Three gives a year (1990 .. this year) and no minor units */
		if (c->withdrawn_in != 0 &&
			(c->withdrawn_in < 1990 || c->withdrawn_in > 2026 || c->minor_units != CUR_NO_MINOR_UNITS))
			withdrawn_sane = 0;
		if (c->withdrawn_in != 0)
			continue;
		active++;
		for (j = i + 1; j < n; j++)
			if (cur_at(j)->withdrawn_in == 0 && cur_at(j)->numeric == c->numeric)
				unique_numeric = 0;
	}
	CHECK(active > 170 && active < 200, "active count is plausible (%zu)", active);
	CHECK(n - active == 34, "34 withdrawn codes are known (%zu)", n - active);
	CHECK(all_upper, "every code is three upper-case letters");
	CHECK(sorted, "table is strictly sorted by code");
	CHECK(unique_numeric, "no two active codes share a numeric code");
	CHECK(sane_fields, "numeric, minor units and name are in range");
	CHECK(withdrawn_sane, "every withdrawn code has a year from 1990 on and no minor units");
	CHECK(cur_at(n) == NULL, "cur_at past the end is NULL");
}

/* Exactly the two groups of withdrawn codes currency.c documents. */
static void
test_withdrawn_groups(void)
{
	static const char *const soviet[] = {
		"AYM", "AZM", "BYB", "BYR", "EEK", "GEK", "LTL", "LTT", "LVL", "LVR", "RUR", "SUR",
		"TJR", "TMM", "UAK",
	};
	static const char *const euro[] = {
		"ATS", "BEF", "BGN", "CYP", "DEM", "ESP", "FIM", "FRF", "GRD", "HRK", "IEP", "ITL",
		"LUF", "MTL", "NLG", "PTE", "SIT", "SKK", "XEU",
	};
	int			soviet_ok = 1,
				euro_ok = 1;

	for (size_t i = 0; i < sizeof(soviet) / sizeof(soviet[0]); i++)
	{
		const CurrencyInfo *c = cur_info(cur_pack(soviet[i]));

		if (c == NULL || c->withdrawn_in == 0 || cur_is_active(cur_pack(soviet[i])))
			soviet_ok = 0;
	}
	for (size_t i = 0; i < sizeof(euro) / sizeof(euro[0]); i++)
	{
		const CurrencyInfo *c = cur_info(cur_pack(euro[i]));

		if (c == NULL || c->withdrawn_in == 0 || cur_is_active(cur_pack(euro[i])))
			euro_ok = 0;
	}
	CHECK(soviet_ok, "the 15 withdrawn codes of the Soviet Union and its successor states are known, not active");
	CHECK(euro_ok, "the ECU and the 18 currencies the euro replaced are known, not active");
	CHECK(cur_is_active(cur_pack("KZT")) && cur_is_active(cur_pack("EUR")) && cur_is_active(cur_pack("ZWG")),
		  "KZT, EUR and ZWG are active");
	CHECK(!cur_is_active(cur_pack("XYZ")) && !cur_is_active(CUR_CODE_INVALID),
		  "a code that is not known is not active");
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
	check_lookup("BYR", 974, -1, "Belarusian Ruble");
	check_lookup("TMM", 795, -1, "Turkmenistan Manat");
	check_lookup("RUR", 810, -1, "Russian Ruble");
	check_lookup("DEM", 276, -1, "Deutsche Mark");
	check_lookup("XEU", 954, -1, "European Currency Unit (E.C.U)");
	CHECK(cur_info(cur_pack("BYR"))->withdrawn_in == 2017 && cur_info(cur_pack("TMM"))->withdrawn_in == 2009 &&
		  cur_info(cur_pack("RUR"))->withdrawn_in == 2004 && cur_info(cur_pack("SUR"))->withdrawn_in == 1990 &&
		  cur_info(cur_pack("DEM"))->withdrawn_in == 2002 && cur_info(cur_pack("HRK"))->withdrawn_in == 2023 &&
		  cur_info(cur_pack("BGN"))->withdrawn_in == 2026,
		  "years withdrawn: BYR 2017, TMM 2009, RUR 2004, SUR 1990, DEM 2002, HRK 2023, BGN 2026");
	CHECK(cur_info(cur_pack("KZT"))->withdrawn_in == 0, "KZT is not withdrawn");
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
	/* withdrawn codes of the two groups read like active ones */
	check_parse_ok("BYR", "BYR");
	check_parse_ok(" tmm ", "TMM");
	check_parse_ok("HRK", "HRK");
	check_parse_ok("BGN", "BGN");
	/* never a code, not a currency, or withdrawn outside the two groups */
	check_parse_fails("XYZ", CUR_UNKNOWN);
	check_parse_fails("XXX", CUR_UNKNOWN);
	check_parse_fails("XTS", CUR_UNKNOWN);
	check_parse_fails("ANG", CUR_UNKNOWN);
	check_parse_fails("SLL", CUR_UNKNOWN);
	check_parse_fails("ZWL", CUR_UNKNOWN);
	check_parse_fails("CUC", CUR_UNKNOWN);
	check_parse_fails("ZWD", CUR_UNKNOWN);
	check_parse_fails("BRR", CUR_UNKNOWN);
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
	test_withdrawn_groups();
	test_lookups();
	test_parse();
	test_pack();
	UNIT_DONE();
}
