/*
 * test_fxamount.c - unit tests for the fxamount core (parse, arithmetic,
 * conversion, rounding, the sum/avg state).
 */
#include "fxamount.h"
#include "unit.h"

#include <stdlib.h>

static FxAmount
A(const char *s)
{
	FxAmount	a;

	if (fxa_parse(s, strlen(s), &a, NULL) != FX_OK)
	{
		printf("# bad test literal \"%s\"\n", s);
		exit(2);
	}
	return a;
}

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

/* An amount result as text, or the status name. */
static const char *
show(FxStatus st, const FxAmount *a)
{
	static char buf[4][FXA_FORMAT_MAX];
	static int	next = 0;
	char	   *b = buf[next++ % 4];

	switch (st)
	{
		case FX_OK:
			fxa_format(a, b);
			return b;
		case FX_PAIR_MISMATCH:
			return "MISMATCH";
		case FX_OUT_OF_RANGE:
			return "OUT_OF_RANGE";
		case FX_DIV_ZERO:
			return "DIV_ZERO";
		case FX_NOT_STORABLE:
			return "NOT_STORABLE";
		default:
			return "OTHER";
	}
}

static void
test_parse(void)
{
	static const struct
	{
		const char *in;
		const char *out;
	}			ok[] = {
		{"70000 KZT", "70000 KZT"},
		{"KZT 70000", "70000 KZT"},
		{"-12.50 usd", "-12.50 USD"},
		{"  USD\t87.40  ", "87.40 USD"},
		{"0.000 KWD", "0.000 KWD"},
		{"-999999999999999 UZS", "-999999999999999 UZS"},
		{"123456789012345.000 UZS", "123456789012345 UZS"},	/* zeros dropped only to fit */
		{"0.000000000000000000000000000001 USD", "0.000000000000000000000000000001 USD"},
	};
	static const struct
	{
		const char *in;
		FxStatus	st;
	}			bad[] = {
		{"", FX_BAD_FORMAT},
		{"70000", FX_BAD_FORMAT},
		{"70000KZT", FX_BAD_FORMAT},
		{"70000 KZTT", FX_BAD_BASE},
		{"70000 XYZ", FX_UNKNOWN_BASE},
		{"70,000 KZT", FX_BAD_NUMBER},
		{"KZT KZT", FX_BAD_NUMBER},
		{"1000000000000000 KZT", FX_OUT_OF_RANGE},		/* 16 digits */
		{"0.1234567890123456 KZT", FX_OUT_OF_RANGE},		/* 16 significant digits: never rounded */
		{"1000000000000000000 KZT", FX_OUT_OF_RANGE},
	};

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
	{
		FxAmount	a;
		FxStatus	st = fxa_parse(ok[i].in, strlen(ok[i].in), &a, NULL);

		CHECK_STR(show(st, &a), ok[i].out, "valid input %zu reads as \"%s\"", i, ok[i].out);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		FxAmount	a;
		FxSpan		sp;
		FxStatus	st = fxa_parse(bad[i].in, strlen(bad[i].in), &a, &sp);

		CHECK(st == bad[i].st && sp.off + sp.len <= strlen(bad[i].in),
			  "\"%s\" fails with status %d (got %d)", bad[i].in, (int) bad[i].st, (int) st);
	}
}

static void
test_arithmetic(void)
{
	FxAmount	a = A("12.50 USD"),
				b = A("0.125 USD"),
				k = A("70000 KZT"),
				max = A("999999999999999 KZT"),
				one = A("1 KZT"),
				r;
	dec			n15 = {15, 1},
				zero = {0, 0};

	CHECK_STR(show(fxa_add(&a, &b, &r), &r), "12.625 USD", "add keeps the larger scale");
	CHECK_STR(show(fxa_sub(&a, &b, &r), &r), "12.375 USD", "sub");
	CHECK_STR(show(fxa_add(&a, &k, &r), &r), "MISMATCH", "add across currencies");
	CHECK_STR(show(fxa_sub(&a, &k, &r), &r), "MISMATCH", "sub across currencies");
	CHECK_STR(show(fxa_add(&max, &one, &r), &r), "OUT_OF_RANGE", "max + 1");
	CHECK_STR(show(fxa_neg(&a, &r), &r), "-12.50 USD", "neg");
	CHECK_STR(show(fxa_abs(&r, &r), &r), "12.50 USD", "abs");
	CHECK_STR(show(fxa_mul(&a, n15, &r), &r), "18.750 USD", "times 1.5 keeps the product's digits");
	CHECK_STR(show(fxa_mul_i64(&a, 3, &r), &r), "37.50 USD", "times 3");
	CHECK_STR(show(fxa_mul_i64(&max, 2, &r), &r), "OUT_OF_RANGE", "max * 2");
	CHECK_STR(show(fxa_mul_i64(&max, -1, &r), &r), "-999999999999999 KZT", "max * -1");
	CHECK_STR(show(fxa_div_i64(&a, 3, &r), &r), "4.16666666666667 USD", "divided by 3, rounded to 15 digits");
	{
		/*
		 * Rounded once at 15 digits: 14 * 0.881834207231046429 is exactly
		 * 12.345678901234650006; rounding it first to 18 digits
		 * (12.3456789012346500) and then to 15 would see a tie and go to even.
		 */
		FxAmount	t = A("14 USD");
		dec			f = {INT64_C(881834207231046429), 18};

		CHECK_STR(show(fxa_mul(&t, f, &r), &r), "12.3456789012347 USD",
				  "a product just above a 15-digit tie rounds up (one rounding, not two)");
		t = A("1 USD");
		f.coef = 1000000000000000500;	/* not valid: 19 digits */
		CHECK_STR(show(fxa_mul(&t, f, &r), &r), "OUT_OF_RANGE", "an invalid factor");
	}
	CHECK_STR(show(fxa_div(&a, zero, &r), &r), "DIV_ZERO", "divided by 0");
	CHECK_STR(show(fxa_div_i64(&a, 0, &r), &r), "DIV_ZERO", "divided by integer 0");
	{
		FxAmount	tiny = A("0.000000000000000000000000000001 USD");

		CHECK_STR(show(fxa_div_i64(&tiny, 3, &r), &r), "0 USD", "below 10^-30 rounds to zero");
		CHECK_STR(show(fxa_mul_i64(&tiny, 5, &r), &r), "0.000000000000000000000000000005 USD", "tiny * 5");
	}
}

static void
test_convert_and_round(void)
{
	FxAmount	k = A("70000 KZT"),
				u = A("135.8 USD"),
				e = A("100 EUR"),
				r;
	FxRate		kzt_usd = R("KZT/USD 0.00194");

	CHECK_STR(show(fxa_convert(&k, &kzt_usd, &r), &r), "135.8 USD", "70000 KZT -> 135.8 USD, exact");
	CHECK_STR(show(fxa_convert(&u, &kzt_usd, &r), &r), "70000 KZT", "and back");
	CHECK_STR(show(fxa_convert(&e, &kzt_usd, &r), &r), "MISMATCH", "EUR with a KZT/USD rate");
	{
		FxAmount	usd = A("100 USD");
		FxRate		kgs_usd = R("KGS/USD 0.01144");

		CHECK_STR(show(fxa_convert(&usd, &kgs_usd, &r), &r), "8741.25874125874 KGS",
				  "quote -> base divides, rounded to 15 digits");
	}
	{
		FxAmount	big = A("999999999999999 USD");
		FxRate		usd_uzs = R("USD/UZS 12600.5");

		CHECK_STR(show(fxa_convert(&big, &usd_uzs, &r), &r), "OUT_OF_RANGE", "conversion overflow");
	}
	{
		FxAmount	kwd = A("0.1235 KWD"),
					jpy = A("12.5 JPY"),
					xau = A("1.23456 XAU"),
					usd = A("12.5 USD");

		CHECK_STR(show(fxa_round_minor(&kwd, &r), &r), "0.124 KWD", "KWD has 3 minor units, tie to even");
		CHECK_STR(show(fxa_round_minor(&jpy, &r), &r), "12 JPY", "JPY has none, tie to even");
		CHECK_STR(show(fxa_round_minor(&xau, &r), &r), "1.23456 XAU", "XAU: no minor units, unchanged");
		CHECK_STR(show(fxa_round_minor(&usd, &r), &r), "12.5 USD", "fewer digits than the minor units: unchanged");
		CHECK_STR(show(fxa_round(&usd, -1, &r), &r), "10 USD", "to tens");
	}
}

/* The 8-byte stored form gives back exactly what was packed. */
static void
test_pack(void)
{
	const char *const cases[] = {
		"70000 KZT", "-12.50 USD", "0 AED", "-999999999999999 ZWG", "999999999999999 XAU",
		"0.000000000000000000000000000001 KWD", "-0.000000000000001 JPY",
	};
	int			all_ok = 1;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		FxAmount	a = A(cases[i]);
		FxAmount	b = fxa_unpack(fxa_pack(&a));

		CHECK(memcmp(&a, &b, sizeof(a)) == 0 && fxa_is_valid(&b), "\"%s\" packs and unpacks", cases[i]);
	}
	/* Every active currency has a storage id that maps back to it. */
	for (size_t i = 0; i < cur_count(); i++)
	{
		cur_code	c = cur_pack(cur_at(i)->code);
		int			id = cur_storage_id(c);

		if (cur_at(i)->withdrawn_in != 0)
			continue;
		if (id < 0 || id > CUR_STORAGE_ID_MAX || cur_from_storage_id(id) != c)
			all_ok = 0;
	}
	CHECK(all_ok, "every active currency has a storage id that maps back to it");
	CHECK(cur_storage_id(cur_pack("AED")) == 0 && cur_storage_id(cur_pack("KZT")) == 77 &&
		  cur_storage_id(cur_pack("USD")) == 144 && cur_storage_id(cur_pack("ZWG")) == 174,
		  "storage ids of 1.0 are frozen (AED 0, KZT 77, USD 144, ZWG 174)");
	CHECK(cur_from_storage_id(190) == CUR_CODE_INVALID && cur_from_storage_id(-1) == CUR_CODE_INVALID &&
		  cur_from_storage_id(CUR_STORAGE_ID_MAX + 1) == CUR_CODE_INVALID &&
		  cur_storage_id(cur_pack("XYZ")) == -1, "no id, no code");
	{
		FxAmount	bad = fxa_unpack(((int64_t) 5 << 13) | (31 << 8) | 77);

		CHECK(!fxa_is_valid(&bad), "a stored scale of 31 is invalid");
		bad = fxa_unpack(((int64_t) 5 << 13) | (2 << 8) | 200);
		CHECK(!fxa_is_valid(&bad), "an unused storage id is invalid");
	}
}

static void
test_order(void)
{
	FxAmount	a = A("12.5 USD"),
				b = A("12.50 USD"),
				e = A("99 EUR");
	FxAmount	ca = fxa_canonical(&a),
				cb = fxa_canonical(&b);

	CHECK(fxa_cmp(&a, &b) == 0, "12.5 = 12.50");
	CHECK(memcmp(&ca, &cb, sizeof(ca)) == 0, "same canonical bytes");
	CHECK(fxa_cmp(&e, &a) < 0 && fxa_cmp(&a, &e) > 0, "currency orders first");
	a.pad[4] = 1;
	CHECK(!fxa_is_valid(&a), "a non-zero pad byte is invalid");
}

static void
test_acc(void)
{
	FxAmountAcc s,
				t,
				empty;
	FxAmount	r;
	FxAmount	x = A("0.1 USD"),
				y = A("0.2 USD"),
				k = A("1 KZT");
	FxStatus	st;

	fxa_acc_init(&s);
	fxa_acc_init(&t);
	fxa_acc_init(&empty);
	CHECK(fxa_acc_is_valid(&s), "an empty state is valid");
	fxa_acc_add(&s, &x);
	fxa_acc_add(&s, &y);
	CHECK_STR(show(fxa_acc_sum(&s, &r), &r), "0.3 USD", "0.1 + 0.2 is exactly 0.3");
	st = fxa_acc_add(&s, &k);
	CHECK(st == FX_PAIR_MISMATCH, "a KZT amount in a USD sum");
	fxa_acc_add(&t, &k);
	st = fxa_acc_merge(&s, &t);
	CHECK(st == FX_PAIR_MISMATCH, "merging a KZT state into a USD one");
	st = fxa_acc_merge(&s, &empty);
	CHECK(st == FX_OK && s.count == 2, "merging an empty state");
	st = fxa_acc_merge(&empty, &s);
	CHECK(st == FX_OK && empty.count == 2 && empty.currency == s.currency, "merging into an empty state");
	CHECK_STR(show(fxa_acc_avg(&empty, &r), &r), "0.15 USD", "mean");
	t.count = -1;
	CHECK(!fxa_acc_is_valid(&t), "a negative count is invalid");
	t.count = 0;
	CHECK(!fxa_acc_is_valid(&t), "an empty state with a currency is invalid");
}

/*
 * Stored values never change meaning: the ids of 1.0 (its 175 codes in
 * alphabetical order) and of 1.1 (the withdrawn codes of the former Soviet
 * Union) are pinned here, copied once and never regenerated, and so are
 * 8-byte values 1.0 wrote (computed by the 1.0 build, commit 085f15a).
 */
static void
test_storage_ids_frozen(void)
{
	static const char ids[] =
		"AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD "
		"CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP "
		"GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR "
		"KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN "
		"MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD "
		"SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX "
		"USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF "
		"XPT XSU XUA YER ZAR ZMW ZWG "
		"AYM AZM BYB BYR EEK GEK LTL LTT LVL LVR RUR SUR TJR TMM UAK";
	static const struct
	{
		int64_t		coef;
		int			scale;
		const char *code;
		int64_t		stored;
	}			written_by_1_0[] = {
		{INT64_C(7000000), 2, "KZT", INT64_C(57344000589)},
		{INT64_C(-1250), 2, "USD", INT64_C(-10239344)},
		{INT64_C(999999999999999), 0, "KZT", INT64_C(8191999999999991885)},
		{INT64_C(-999999999999999), 0, "USD", INT64_C(-8191999999999991664)},
		{INT64_C(0), 0, "AED", INT64_C(0)},
		{INT64_C(-1), 30, "EUR", INT64_C(-467)},
		{INT64_C(999999999999999), 30, "XAU", INT64_C(8191999999999999645)},
		{INT64_C(785827357475), 4, "ZWG", INT64_C(6437497712436398)},
		{INT64_C(1), 0, "KGS", INT64_C(8262)},
	};
	int			n = 0,
				same = 1,
				reads = 1;

	for (const char *p = ids; *p != '\0'; p += (p[3] == ' ') ? 4 : 3, n++)
		if (cur_storage_id(cur_pack(p)) != n || cur_from_storage_id(n) != cur_pack(p))
			same = 0;
	CHECK(same && n == 190, "the storage ids of 1.0 (0..174) and 1.1 (175..189) are unchanged (%d)", n);
	for (size_t i = 0; i < sizeof(written_by_1_0) / sizeof(written_by_1_0[0]); i++)
	{
		FxAmount	a = fxa_unpack(written_by_1_0[i].stored);
		FxAmount	want = {0};

		want.coef = written_by_1_0[i].coef;
		want.scale = (uint8_t) written_by_1_0[i].scale;
		want.currency = cur_pack(written_by_1_0[i].code);
		if (memcmp(&a, &want, sizeof(a)) != 0 || !fxa_is_valid(&a) || fxa_pack(&want) != written_by_1_0[i].stored)
			reads = 0;
	}
	CHECK(reads, "8-byte values 1.0 wrote read back, and pack, the same");
}

/*
 * Amounts may be in every active currency and in the withdrawn ones of the
 * former Soviet Union, not in the other withdrawn ones (no storage id).
 */
static void
test_withdrawn_currencies(void)
{
	FxAmount	a,
				r;
	FxSpan		bad;
	FxStatus	st;
	dec			v = {100, 0};
	int			soviet_ok = 1;
	static const char *const soviet[] = {
		"AYM", "AZM", "BYB", "BYR", "EEK", "GEK", "LTL", "LTT", "LVL", "LVR", "RUR", "SUR", "TJR", "TMM", "UAK",
	};

	for (size_t i = 0; i < sizeof(soviet) / sizeof(soviet[0]); i++)
		if (fxa_make(cur_pack(soviet[i]), v, &a) != FX_OK || !fxa_is_valid(&a) ||
			fxa_unpack(fxa_pack(&a)).currency != a.currency)
			soviet_ok = 0;
	CHECK(soviet_ok, "amounts in the 15 withdrawn codes of the former Soviet Union are made, valid, and pack");
	CHECK_STR(show(fxa_parse("70000 TMM", 9, &a, NULL), &a), "70000 TMM", "\"70000 TMM\" parses");
	st = fxa_parse("  100 DEM ", 10, &a, &bad);
	CHECK(st == FX_NOT_STORABLE && bad.off == 6 && bad.len == 3, "\"100 DEM\" is FX_NOT_STORABLE, blaming DEM");
	CHECK(fxa_parse("100 dem", 7, &a, NULL) == FX_NOT_STORABLE && fxa_parse("HRK 5", 5, &a, NULL) == FX_NOT_STORABLE &&
		  fxa_parse("1 XEU", 5, &a, NULL) == FX_NOT_STORABLE, "and so are dem, HRK and XEU, in either order");
	CHECK(fxa_parse("100 DEQ", 7, &a, NULL) == FX_UNKNOWN_BASE, "a code that never existed is FX_UNKNOWN_BASE");
	CHECK(fxa_make(cur_pack("DEM"), v, &a) == FX_NOT_STORABLE, "fxa_make refuses DEM");
	a = A("100 USD");
	{
		FxRate		to_dem = R("USD/DEM 1.95583");
		FxRate		from_dem = R("DEM/USD 0.51129");

		CHECK_STR(show(fxa_convert(&a, &to_dem, &r), &r), "NOT_STORABLE", "USD to DEM (the exact fast path) is refused");
		CHECK_STR(show(fxa_convert(&a, &from_dem, &r), &r), "NOT_STORABLE", "USD to DEM (dividing) is refused");
		a = A("100 TMM");
		to_dem = R("TMM/TMT 0.0002");
		CHECK_STR(show(fxa_convert(&a, &to_dem, &r), &r), "0.02 TMT", "TMM converts to TMT");
	}
	a.currency = cur_pack("DEM");
	CHECK(!fxa_is_valid(&a), "an amount in DEM is not valid");
}

/* The state's text, after a parse of s; or the status name. */
static const char *
acc_text(const char *s)
{
	static char buf[FXA_ACC_FORMAT_MAX];
	FxAmountAcc st;
	FxStatus	status = fxa_acc_parse(s, strlen(s), &st);

	if (status != FX_OK)
		return status == FX_BAD_FORMAT ? "BAD_FORMAT" : status == FX_BAD_NUMBER ? "BAD_NUMBER"
			: status == FX_BAD_BASE ? "BAD_BASE" : status == FX_UNKNOWN_BASE ? "UNKNOWN_BASE"
			: status == FX_OUT_OF_RANGE ? "OUT_OF_RANGE" : status == FX_NOT_STORABLE ? "NOT_STORABLE" : "?";
	if (fxa_acc_format(&st, buf) < 0)
		return "FORMAT_FAILED";
	return buf;
}

/* Does text -> state -> text give back the same text, and the same results? */
static int
reads_back(const FxAmountAcc *st)
{
	char		a[FXA_ACC_FORMAT_MAX],
				b[FXA_ACC_FORMAT_MAX];
	FxAmountAcc back;
	FxAmount	s1,
				s2,
				m1,
				m2;

	if (fxa_acc_format(st, a) < 0 || fxa_acc_parse(a, strlen(a), &back) != FX_OK ||
		fxa_acc_format(&back, b) < 0 || strcmp(a, b) != 0 || back.count != st->count)
		return 0;
	if (st->count == 0)
		return 1;
	return fxa_acc_sum(st, &s1) == fxa_acc_sum(&back, &s2) && fxa_cmp(&s1, &s2) == 0 &&
		s1.scale == s2.scale && fxa_acc_avg(st, &m1) == fxa_acc_avg(&back, &m2) &&
		fxa_cmp(&m1, &m2) == 0 && m1.scale == m2.scale;
}

static void
test_acc_text(void)
{
	FxAmountAcc st;
	FxAmount	a;
	int			all_back = 1;
	unsigned	seed = 12345;
	char		buf[FXA_ACC_FORMAT_MAX];

	fxa_acc_init(&st);
	CHECK_STR((fxa_acc_format(&st, buf), buf), "empty", "an empty state is \"empty\"");
	CHECK(reads_back(&st), "\"empty\" reads back");
	a = A("1180874.00 KZT");
	fxa_acc_add(&st, &a);
	a = A("-0.005 KZT");
	fxa_acc_add(&st, &a);
	CHECK_STR((fxa_acc_format(&st, buf), buf), "1180873.995 KZT / 2", "sum with its scale, currency, count");
	a = A("-2000000 KZT");
	fxa_acc_add(&st, &a);
	CHECK_STR((fxa_acc_format(&st, buf), buf), "-819126.005 KZT / 3", "a negative sum: one sign for both parts");
	CHECK(reads_back(&st), "a negative sum reads back");
	st.acc.hi = 5;
	st.acc.lo = -3;
	st.acc.scale = 1;
	CHECK_STR((fxa_acc_format(&st, buf), buf), "4.7 KZT / 3", "whole and fraction of different signs are one value");
	/* States a long sum leaves behind: whole units carried, mixed scales. */
	for (int round = 0; round < 200; round++)
	{
		fxa_acc_init(&st);
		for (int i = 0; i < 1 + round % 37; i++)
		{
			char		lit[64];

			seed = seed * 1103515245u + 12345u;
			snprintf(lit, sizeof(lit), "%s%u.%0*u USD", (seed >> 3) % 3 == 0 ? "-" : "",
					 (seed >> 8) % 999999999u, (int) ((seed >> 4) % 6) + 1, (seed >> 11) % 9999u);
			if (fxa_parse(lit, strlen(lit), &a, NULL) == FX_OK)
				fxa_acc_add(&st, &a);
		}
		if (!reads_back(&st))
		{
			all_back = 0;
			fxa_acc_format(&st, buf);
			printf("# does not read back: %s\n", buf);
		}
	}
	CHECK(all_back, "200 random sums read back to the same text, sum and mean");
	CHECK_STR(acc_text(" 12.50 usd / 7 "), "12.50 USD / 7", "spaces around, lower-case code");
	CHECK_STR(acc_text("-0.00 KZT / 1"), "0.00 KZT / 1", "minus zero is zero, the scale stays");
	CHECK_STR(acc_text("170141183460469231731687303715884105727 KZT / 1"),
			  "170141183460469231731687303715884105727 KZT / 1", "the largest whole part");
	CHECK_STR(acc_text("170141183460469231731687303715884105728 KZT / 1"), "OUT_OF_RANGE", "2^127 whole units");
	CHECK_STR(acc_text("1.000000000000000000000000000001 KZT / 1"), "1.000000000000000000000000000001 KZT / 1",
			  "30 decimals");
	CHECK_STR(acc_text("1.0000000000000000000000000000001 KZT / 1"), "OUT_OF_RANGE", "31 decimals");
	CHECK_STR(acc_text("1 KZT / 9223372036854775807"), "1 KZT / 9223372036854775807", "the largest count");
	CHECK_STR(acc_text("1 KZT / 9223372036854775808"), "OUT_OF_RANGE", "a count past int8");
	CHECK_STR(acc_text("1 KZT / 0"), "BAD_FORMAT", "a count of 0 is \"empty\"");
	CHECK_STR(acc_text("1 KZT / -1"), "BAD_FORMAT", "a negative count");
	CHECK_STR(acc_text("1 KZT /"), "BAD_FORMAT", "no count");
	CHECK_STR(acc_text("1 KZT 3"), "BAD_FORMAT", "no slash");
	CHECK_STR(acc_text("KZT / 3"), "BAD_FORMAT", "no sum");
	CHECK_STR(acc_text("1e3 KZT / 3"), "BAD_NUMBER", "an exponent");
	CHECK_STR(acc_text("1. KZT / 3"), "1 KZT / 3", "a point without decimals");
	CHECK_STR(acc_text("1 KZTX / 3"), "BAD_BASE", "four letters");
	CHECK_STR(acc_text("1 QQQ / 3"), "UNKNOWN_BASE", "not an ISO 4217 code");
	CHECK_STR(acc_text("1 DEM / 3"), "NOT_STORABLE", "a withdrawn code amounts cannot hold");
	CHECK_STR(acc_text("1 TMM / 3"), "1 TMM / 3", "a withdrawn code amounts can hold");
	CHECK_STR(acc_text(""), "BAD_FORMAT", "empty text");
	CHECK_STR(acc_text("Empty"), "BAD_FORMAT", "\"empty\" is lower case");
}

int
main(void)
{
	test_parse();
	test_arithmetic();
	test_convert_and_round();
	test_order();
	test_pack();
	test_storage_ids_frozen();
	test_withdrawn_currencies();
	test_acc();
	test_acc_text();
	UNIT_DONE();
}
