/*
 * test_mentions.c - unit tests for currency, money and percent mentions and
 * the currency vocabulary, with a fuzz loop and a property test of the
 * scale arithmetic.
 */
#include <stdint.h>
#include <stdlib.h>

#include "currency_mentions.h"
#include "currency_words.h"
#include "currency_words_ru.h"
#include "mentions_scan.h"
#include "money_mentions.h"
#include "percent_mentions.h"
#include "unit.h"

static char out[8192];

/* "CODE via start matched|..." */
static const char *
currencies_in(const char *s)
{
	CurrencyScanner scan;
	CurrencyMention m;
	size_t		n = 0;

	out[0] = '\0';
	currency_scan_init(&scan, s, strlen(s));
	while (currency_scan_next(&scan, &m) && n < sizeof(out) - 128)
	{
		char		code[4];

		cur_unpack(m.currency, code);
		n += (size_t) snprintf(out + n, sizeof(out) - n, "%s%s %s %zu %.*s", n ? "|" : "",
							   code, mention_via_name(m.via), m.char_start,
							   (int) (m.end - m.start), s + m.start);
	}
	return out;
}

/* "amount CODE start matched|..." */
static const char *
money_in(const char *s)
{
	MoneyScanner scan;
	MoneyMention m;
	size_t		n = 0;

	out[0] = '\0';
	money_scan_init(&scan, s, strlen(s));
	while (money_scan_next(&scan, &m) && n < sizeof(out) - 128)
	{
		char		code[4];
		char		amount[DEC_FORMAT_MAX];

		cur_unpack(m.currency, code);
		dec_format(m.amount, amount);
		n += (size_t) snprintf(out + n, sizeof(out) - n, "%s%s %s %zu %.*s", n ? "|" : "",
							   amount, code, m.char_start, (int) (m.end - m.start), s + m.start);
	}
	return out;
}

/* "value start matched|..." */
static const char *
percents_in(const char *s)
{
	PercentScanner scan;
	PercentMention m;
	size_t		n = 0;

	out[0] = '\0';
	percent_scan_init(&scan, s, strlen(s));
	while (percent_scan_next(&scan, &m) && n < sizeof(out) - 128)
	{
		char		value[DEC_FORMAT_MAX];

		dec_format(m.value, value);
		n += (size_t) snprintf(out + n, sizeof(out) - n, "%s%s %zu %.*s", n ? "|" : "",
							   value, m.char_start, (int) (m.end - m.start), s + m.start);
	}
	return out;
}

/* ---- vocabulary ------------------------------------------------------- */

static void
test_tables(void)
{
	int			sorted = 1;
	int			codes_ok = 1;
	int			lower = 1;
	int			signs_ok = 1;

	for (size_t i = 0; i < cw_word_count(); i++)
	{
		const CurWord *w = cw_word_at(i);

		if (i > 0 && strcmp(cw_word_at(i - 1)->word, w->word) >= 0)
		{
			sorted = 0;
			printf("# out of order: %s / %s\n", cw_word_at(i - 1)->word, w->word);
		}
		if (w->kind != CW_NOT_CURRENCY)
		{
			cur_code	c;

			if (cur_parse(w->code, strlen(w->code), &c) != CUR_OK || !cur_is_active(c))
			{
				codes_ok = 0;
				printf("# bad code %s for %s\n", w->code, w->word);
			}
		}
		for (const char *p = w->word; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				lower = 0;
	}
	for (size_t i = 0; i < cw_sign_count(); i++)
	{
		cur_code	c;

		if (cur_parse(cw_sign_at(i)->code, 3, &c) != CUR_OK || !cur_is_active(c))
			signs_ok = 0;
	}
	{
		int			filtered = 1;

		for (size_t i = 0; i < cw_word_count(); i++)
		{
			const char *w = cw_word_at(i)->word;
			size_t		n = strcspn(w, " '-.");

			if (!cw_first_word_may_match(w, n))
			{
				filtered = 0;
				printf("# first word of %s is filtered out\n", w);
			}
		}
		CHECK(filtered, "the first-word filter lets every key through");
	}
	CHECK(sorted, "word table is in strcmp order");
	CHECK(codes_ok, "every word maps to an active ISO code");
	CHECK(lower, "keys are lower case");
	CHECK(signs_ok, "every sign maps to an active ISO code");
	CHECK(cw_word_count() > 500, "the vocabulary has over 500 words (%zu)", cw_word_count());
	CHECK(cw_word_at(cw_word_count()) == NULL && cw_sign_at(cw_sign_count()) == NULL,
		  "past the end is NULL");
	CHECK(cw_code_is_word("TRY") && cw_code_is_word("ALL") && !cw_code_is_word("KZT"),
		  "English-word codes");
}

/*
 * The text of a key as an article writes it: a capital first letter for
 * countries and demonyms (ASCII or Cyrillic), capitals throughout for
 * abbreviations, the key itself otherwise.
 */
static size_t
key_as_written(const CurWord *w, char *buf, size_t cap)
{
	size_t		n = strlen(w->word);

	if (n >= cap)
		return 0;
	memcpy(buf, w->word, n + 1);
	switch (w->kind)
	{
		case CW_COUNTRY:
		case CW_DEMONYM:
		case CW_NOT_CURRENCY:
			if (buf[0] >= 'a' && buf[0] <= 'z')
				buf[0] -= 'a' - 'A';
			else if ((unsigned char) buf[0] == 0xD0 && (unsigned char) buf[1] >= 0xB0 &&
					 (unsigned char) buf[1] <= 0xBF)
				buf[1] -= 0x20;	/* а..п -> А..П */
			else if ((unsigned char) buf[0] == 0xD1 && (unsigned char) buf[1] >= 0x80 &&
					 (unsigned char) buf[1] <= 0x8F)
			{
				buf[0] = (char) 0xD0;	/* р..я -> Р..Я */
				buf[1] += 0x20;
			}
			break;
		case CW_COUNTRY_CAPS:
		case CW_NAME_CAPS:
			for (size_t i = 0; i < n; i++)
				if (buf[i] >= 'a' && buf[i] <= 'z')
					buf[i] -= 'a' - 'A';
			break;
		default:
			break;
	}
	return n;
}

/*
 * Every key of the table, written as an article would, is found as itself:
 * so a word added to the table is never turned away by the first-word
 * filter or by the length limit of a first word.
 */
static void
test_every_key_matches_itself(void)
{
	size_t		bad = 0;

	for (size_t i = 0; i < cw_word_count(); i++)
	{
		const CurWord *w = cw_word_at(i);
		char		text[128];
		size_t		n = key_as_written(w, text, sizeof(text));
		CurMatch	m;
		int			found = n > 0 && cw_match_word(text, n, 0, &m);

		if (!found || m.start != 0 || m.end != n || m.kind != w->kind ||
			(w->kind != CW_NOT_CURRENCY && m.currency != cur_pack(w->code)))
		{
			if (bad++ < 10)
				printf("# key \"%s\" written \"%s\" is not found as itself\n", w->word, text);
		}
	}
	CHECK(bad == 0, "every key of the word table, as written, matches itself (%zu do not)", bad);
}

/* Every country of the ISO table's region answers to its name and demonym. */
static void
test_countries(void)
{
	static const char *const cases[][2] = {
		{"Kazakhstan", "KZT"}, {"Kazakh", "KZT"}, {"Kyrgyzstan", "KGS"}, {"Kyrgyz", "KGS"},
		{"Tajikistan", "TJS"}, {"Tajik", "TJS"}, {"Uzbekistan", "UZS"}, {"Uzbek", "UZS"},
		{"Turkmenistan", "TMT"}, {"Turkmen", "TMT"}, {"Russia", "RUB"}, {"Russian", "RUB"},
		{"United States", "USD"}, {"U.S.", "USD"}, {"American", "USD"}, {"US", "USD"},
		{"China", "CNY"}, {"Chinese", "CNY"}, {"Turkey", "TRY"}, {"Türkiye", "TRY"},
		{"Turkish", "TRY"}, {"EU", "EUR"}, {"European Union", "EUR"}, {"Germany", "EUR"},
		{"France", "EUR"}, {"Italy", "EUR"}, {"Bulgaria", "EUR"}, {"Britain", "GBP"},
		{"British", "GBP"}, {"Japan", "JPY"}, {"Azerbaijan", "AZN"}, {"Georgia", "GEL"},
		{"Armenia", "AMD"}, {"Afghanistan", "AFN"}, {"Iran", "IRR"}, {"Pakistan", "PKR"},
		{"India", "INR"}, {"Mongolia", "MNT"}, {"Belarus", "BYN"}, {"Ukraine", "UAH"},
		{"South Korea", "KRW"}, {"North Korea", "KPW"}, {"Switzerland", "CHF"},
		{"United Arab Emirates", "AED"}, {"UAE", "AED"}, {"Saudi Arabia", "SAR"},
		{"Ecuador", "USD"}, {"Montenegro", "EUR"}, {"Guinea-Bissau", "XOF"},
		{"Côte d’Ivoire", "XOF"}, {"Timor-Leste", "USD"}, {"Brazil", "BRL"},
		{"Zimbabwe", "ZWG"}, {"Sierra Leone", "SLE"}, {"Hong Kong", "HKD"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char		want[64];

		snprintf(want, sizeof(want), "%s country 1 %s", cases[i][1], cases[i][0]);
		CHECK_STR(currencies_in(cases[i][0]), want, "country word %s", cases[i][0]);
	}
}

/* ---- currency mentions ------------------------------------------------ */

static void
test_currency_mentions(void)
{
	CHECK_STR(currencies_in("KZT fell; the tenge and the som rose, the somoni held."),
			  "KZT code 1 KZT|KZT name 15 tenge|KGS name 29 som|TJS name 43 somoni",
			  "code and names");
	CHECK_STR(currencies_in("A summary of the summit: no sums, a lump sum."), "",
			  "summary, summit, sums, sum are not currencies");
	CHECK_STR(currencies_in("It cost 5,000 sum, or 2 million sums, or 3bn sum."),
			  "UZS name 15 sum|UZS name 33 sums|UZS name 46 sum",
			  "sum after an amount (with a scale word)");
	CHECK_STR(currencies_in("paid in soums and so‘m and so'm"),
			  "UZS name 9 soums|UZS name 19 so‘m|UZS name 28 so'm", "soum and so'm spellings");
	CHECK_STR(currencies_in("Tajikistan’s economy and U.S.-funded NGOs"),
			  "TJS country 1 Tajikistan|USD country 26 U.S.", "possessive and U.S.-funded");
	CHECK_STR(currencies_in("Kyrgyzstan, not Kyrgyzstani or Kyrgyzstans"),
			  "KGS country 1 Kyrgyzstan|KGS country 17 Kyrgyzstani",
			  "word boundaries: Kyrgyzstans is no word of ours");
	CHECK_STR(currencies_in("the Kyrgyz som, the Hong Kong dollar and the Azerbaijani manat"),
			  "KGS name 5 Kyrgyz som|HKD name 21 Hong Kong dollar|AZN name 46 Azerbaijani manat",
			  "country + name is the country's currency, by name");
	CHECK_STR(currencies_in("the manat, the dollar, a Swiss franc, a franc"),
			  "TMT name 5 manat|USD name 16 dollar|CHF name 26 Swiss franc",
			  "manat is TMT; franc alone is nothing");
	CHECK_STR(currencies_in("$5, €3, £2, ¥9, ₽100, ₸70, US$4, HK$8, CN¥1, JP¥2"),
			  "USD symbol 1 $|EUR symbol 5 €|GBP symbol 9 £|CNY symbol 13 ¥|RUB symbol 17 ₽|"
			  "KZT symbol 23 ₸|USD symbol 28 US$|HKD symbol 34 HK$|CNY symbol 40 CN¥|"
			  "JPY symbol 46 JP¥", "signs, with and without prefixes");
	CHECK_STR(currencies_in("ALL of it, at the TOP. TRY 500 and TRY/USD, GBPUSD"),
			  "TRY code 24 TRY|TRY code 36 TRY|USD code 40 USD",
			  "English-word codes need a number or a pair; no code inside a longer word");
	CHECK_STR(currencies_in("turkey and china plates, us and them"), "",
			  "country words need a capital; US needs capitals");
	CHECK_STR(currencies_in("Latin America and South America, but America"),
			  "USD country 38 America", "regions are not the United States");
	CHECK_STR(currencies_in("He won the vote; Korea won 5,000 won."),
			  "KRW country 18 Korea|KRW name 34 won", "won after an amount only");
	CHECK_STR(currencies_in("Kazakhstan won; the Uzbek sum, the South Korean won"),
			  "KZT country 1 Kazakhstan|UZS name 21 Uzbek sum|KRW name 36 South Korean won",
			  "English-word names after a demonym, not after a country name");
	CHECK_STR(currencies_in("RMB and rmb, renminbi, yuan, roubles, rubles, euros, lira"),
			  "CNY name 1 RMB|CNY name 14 renminbi|CNY name 24 yuan|RUB name 30 roubles|"
			  "RUB name 39 rubles|EUR name 47 euros|TRY name 54 lira", "names, RMB in capitals");
	CHECK_STR(currencies_in("KGS/USD = 0.01144"), "KGS code 1 KGS|USD code 5 USD", "a ticker pair");
	CHECK_STR(currencies_in("X$5 and Z$ 3"), "", "unknown dollar prefixes are not USD");
	CHECK_STR(currencies_in(""), "", "empty text");
	CHECK_STR(currencies_in("Lipavský met the Czech minister in Türkiye"),
			  "CZK country 18 Czech|TRY country 36 Türkiye", "start counts characters, not bytes");
}

/* ---- money mentions --------------------------------------------------- */

static void
test_money_mentions(void)
{
	CHECK_STR(money_in("accused of embezzling $10 billion from the bank"),
			  "10000000000 USD 23 $10 billion", "$10 billion");
	CHECK_STR(money_in("paid 70,000 tenge and KZT 1,500 and USD 5 million"),
			  "70000 KZT 6 70,000 tenge|1500 KZT 23 KZT 1,500|5000000 USD 37 USD 5 million",
			  "name after, code before");
	CHECK_STR(money_in("a grant of €3.5m and 1.2 trillion soums"),
			  "3500000 EUR 12 €3.5m|1200000000000 UZS 22 1.2 trillion soums",
			  "attached scale letter; trillion");
	CHECK_STR(money_in("billions of dollars, 600,000 Kyrgyz citizens, the year 2024"), "",
			  "no number, or no currency: no amount");
	CHECK_STR(money_in("10 billion U.S. dollars and 5 million Kazakh tenge"),
			  "10000000000 USD 1 10 billion U.S. dollars|5000000 KZT 29 5 million Kazakh tenge",
			  "country-qualified names");
	CHECK_STR(money_in("US$5 mn, $ 7, 500 ₽, 100₸, 2,000 KZT, 3bn rand"),
			  "5000000 USD 1 US$5 mn|7 USD 10 $ 7|500 RUB 15 500 ₽|100 KZT 22 100₸|"
			  "2000 KZT 28 2,000 KZT|3000000000 ZAR 39 3bn rand", "signs, codes, names in many forms");
	CHECK_STR(money_in("$3.50 and $0.5bn and $1.25 thousand"),
			  "3.50 USD 1 $3.50|500000000 USD 11 $0.5bn|1250 USD 22 $1.25 thousand",
			  "exact scaling keeps digits as written");
	CHECK_STR(money_in("€1,5 million and $12,34 and $1.2.3"),
			  "1500000 EUR 1 €1,5 million|12.34 USD 18 $12,34",
			  "malformed numbers are skipped, not misread");
	CHECK_STR(money_in("$999999999999999 and $1 trillion trillion"),
			  "999999999999999 USD 1 $999999999999999|1000000000000 USD 22 $1 trillion",
			  "15 digits fit");
	CHECK_STR(money_in("$9999999999999999999 and $10000000 trillion"), "",
			  "too large: skipped, never wrapped");
	CHECK_STR(money_in("a 10cc engine and a 2nd $"), "", "numbers glued to letters are not amounts");
	CHECK_STR(money_in("Ünïcödé ₸ 5 then 7 тенге"), "5 KZT 9 ₸ 5|7 KZT 18 7 тенге",
			  "start counts characters; a Russian name after a number");
	CHECK_STR(money_in("5,000 won and won 5"), "5000 KRW 1 5,000 won", "won after a number");
	CHECK_STR(money_in(""), "", "empty text");
}

/* scaling is exact multiplication by a power of ten */
static void
test_scale_property(void)
{
	uint64_t	state = 12345;
	int			ok = 1;

	for (int i = 0; i < 20000; i++)
	{
		dec			v,
					r;
		int			exp10 = (int) (state % 13);
		int128_t	want,
					got;

		state = state * 6364136223846793005u + 1442695040888963407u;
		v.coef = (int64_t) (state >> 20) % 1000000000;
		v.scale = (int32_t) ((state >> 8) % 10);
		if (!ms_scale_value(v, exp10, &r))
		{
			/* only when the exact result needs more than 18 digits */
			want = v.coef;
			for (int k = 0; k < exp10 - v.scale; k++)
				want *= 10;
			if (want <= DEC_MAX_COEF)
				ok = 0;
			continue;
		}
		/* r == v * 10^exp10: compare v.coef * 10^(exp10 + r.scale) with r.coef * 10^v.scale */
		want = v.coef;
		got = r.coef;
		for (int k = 0; k < exp10 + r.scale; k++)
			want *= 10;
		for (int k = 0; k < v.scale; k++)
			got *= 10;
		if (want != got || r.scale < 0)
			ok = 0;
	}
	CHECK(ok, "20000 random scalings are exact or refused only when too large");
}

/* ---- percent mentions ------------------------------------------------- */

static void
test_percent_mentions(void)
{
	CHECK_STR(percents_in("24% of GDP, 0.46 percent, nearly 84%, -0.5%"),
			  "24 1 24%|0.46 13 0.46 percent|84 27 nearly 84%|-0.5 39 -0.5%", "the issue's examples");
	CHECK_STR(percents_in("TJS/USD = 0.10844 −0.46% and +0.28% and −0%"),
			  "-0.46 19 −0.46%|0.28 30 +0.28%|0 41 −0%", "Unicode minus, plus, minus zero");
	CHECK_STR(percents_in("10–15% and 10-15% and 5 per cent and 3 pct and 7 ％"),
			  "15 4 15%|15 15 15%|5 23 5 per cent|3 38 3 pct|7 48 7 ％", "ranges, words, fullwidth");
	CHECK_STR(percents_in("more than 50%, up to 30%, at least 2 percent, just over 1%"),
			  "50 1 more than 50%|30 16 up to 30%|2 27 at least 2 percent|1 47 just over 1%",
			  "two-word hedges");
	CHECK_STR(percents_in("Nearly 9% and mover 3% and 1,5% and 1.2.3% and COVID19%"),
			  "9 1 Nearly 9%|3 21 3%|1.5 28 1,5%", "hedges are whole words; malformed numbers skipped");
	CHECK_STR(percents_in("5percent and 50 percentage and 2,000%"), "2000 32 2,000%",
			  "percent must be a whole word after a space");
	CHECK_STR(percents_in(""), "", "empty text");
}

/* ---- fuzz ------------------------------------------------------------- */

static uint64_t rng_state = 0xD1B54A32D192ED03u;

static uint64_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static void
test_fuzz(void)
{
	static const char *const pieces[] = {
		"$", "€", "US$", "HK", "KZT", "TRY", "5", "70,000", "1.2", ",", ".", " ", "\xc2\xa0",
		"billion", "m", "bn", "tenge", "sum", "won", "Kyrgyz", "som", "U.S.", "-", "−", "%",
		"percent", "nearly", "more than", "\xff", "\xe2\x82", "\xc3", "so'm", "Hong Kong",
		"dollar", "\n", "9999999999", "Latin America", "₸", "x", "Côte d’Ivoire",
	};
	int			ok = 1;

	for (int round = 0; round < 5000 && ok; round++)
	{
		char		buf[400];
		size_t		n = 0;
		CurrencyScanner cs;
		CurrencyMention cm;
		MoneyScanner ms;
		MoneyMention mm;
		PercentScanner ps;
		PercentMention pm;
		size_t		last;

		while (n < sizeof(buf) - 32)
		{
			const char *p = pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
			size_t		k = strlen(p);

			if (rng() % 7 == 0)
				buf[n++] = (char) (rng() & 0xFF);
			memcpy(buf + n, p, k);
			n += k;
			if (rng() % 50 == 0)
				break;
		}
		currency_scan_init(&cs, buf, n);
		last = 0;
		while (currency_scan_next(&cs, &cm))
		{
			if (cm.start < last || cm.end > n || cm.end <= cm.start || !cur_is_valid(cm.currency))
				ok = 0;
			last = cm.end;
		}
		money_scan_init(&ms, buf, n);
		last = 0;
		while (money_scan_next(&ms, &mm))
		{
			if (mm.start < last || mm.end > n || mm.end <= mm.start || mm.amount.coef < 0 ||
				mm.amount.coef > DEC_MAX_COEF || !cur_is_valid(mm.currency))
				ok = 0;
			last = mm.end;
		}
		percent_scan_init(&ps, buf, n);
		last = 0;
		while (percent_scan_next(&ps, &pm))
		{
			if (pm.start < last || pm.end > n || pm.end <= pm.start)
				ok = 0;
			last = pm.end;
		}
	}
	CHECK(ok, "5000 random texts: mentions in order, inside the text, valid currencies");
}

/* ---- Russian ---------------------------------------------------------- */

/* Every Russian entry, in its dictionary form and in every form of its class, is itself. */
static void
test_russian_table(void)
{
	int			sorted = 1;
	int			codes_ok = 1;
	size_t		bad = 0;

	for (size_t i = 0; i < cwr_word_count(); i++)
	{
		const RuWord *w = cwr_word_at(i);
		char		form[128];
		char		text[160];
		CurrencyScanner scan;
		CurrencyMention m;
		int			found = 0;

		if (i > 0 && strcmp(cwr_word_at(i - 1)->stem, w->stem) > 0)
		{
			printf("# out of order: %s / %s\n", cwr_word_at(i - 1)->stem, w->stem);
			sorted = 0;
		}
		if (w->kind != CW_NOT_CURRENCY && !cur_is_valid(cur_pack(w->code)))
			codes_ok = 0;
		if (w->kind == CW_NOT_CURRENCY || w->kind == CW_NAME_AFTER_AMOUNT ||
			w->kind == CW_NAME_AFTER_COUNTRY)
			continue;
		cwr_word_form(w, form, sizeof(form));
		/* capitals where the kind needs them: the first letter, or all */
		snprintf(text, sizeof(text), "в %s.", form);
		if (w->kind == CW_COUNTRY || w->kind == CW_COUNTRY_CAPS)
		{
			size_t		pos = strlen("в ");

			while (pos < strlen(text) && (unsigned char) text[pos] >= 0x80)
			{
				/* а..п are D0 B0..BF -> D0 90..9F; р..я are D1 80..8F -> D0 A0..AF */
				unsigned char *b = (unsigned char *) text + pos;

				if (b[0] == 0xD0 && b[1] >= 0xB0)
					b[1] -= 0x20;
				else if (b[0] == 0xD1 && b[1] <= 0x8F)
				{
					b[0] = 0xD0;
					b[1] += 0x20;
				}
				pos += 2;
				if (w->kind == CW_COUNTRY)
					break;
			}
		}
		currency_scan_init(&scan, text, strlen(text));
		while (currency_scan_next(&scan, &m))
			if (m.start == strlen("в ") && m.end == strlen(text) - 1 &&
				m.currency == cur_pack(w->code))
				found = 1;
		if (!found)
		{
			printf("# not found as itself: %s\n", text);
			bad++;
		}
	}
	CHECK(sorted, "the Russian table is in strcmp order of its stems");
	CHECK(codes_ok, "every Russian entry names an active currency");
	CHECK(bad == 0, "every Russian entry, in its dictionary form, is found as itself (%zu are not)", bad);
	CHECK(cwr_word_count() > 300, "the Russian vocabulary has over 300 entries (%zu)", cwr_word_count());
	CHECK(cwr_word_at(cwr_word_count()) == NULL, "past the end is NULL");
}

static void
test_russian_currencies(void)
{
	/* the list of names, each in its forms */
	CHECK_STR(currencies_in("тенге, сом, сома, сому, сомом, соме, сомы, сомов"),
			  "KZT name 1 тенге|KGS name 8 сом|KGS name 13 сома|KGS name 19 сому|KGS name 25 сомом|"
			  "KGS name 32 соме|KGS name 38 сомы|KGS name 44 сомов", "тенге and сом in every case");
	CHECK_STR(currencies_in("сомони; сум, сума, сумов; манат; доллар, доллара, доллару, долларом, долларе, "
							"доллары, долларов"),
			  "TJS name 1 сомони|UZS name 9 сум|UZS name 14 сума|UZS name 20 сумов|TMT name 27 манат|"
			  "USD name 34 доллар|USD name 42 доллара|USD name 51 доллару|USD name 60 долларом|"
			  "USD name 70 долларе|USD name 79 доллары|USD name 88 долларов", "сомони, сум, манат, доллар");
	CHECK_STR(currencies_in("доллар США, евро, рубль, рубля, рублей, рублём, юань, юаней, лира, лиры, фунт стерлингов, иена"),
			  "USD name 1 доллар США|EUR name 13 евро|RUB name 19 рубль|RUB name 26 рубля|RUB name 33 рублей|"
			  "RUB name 41 рублём|CNY name 49 юань|CNY name 55 юаней|TRY name 62 лира|TRY name 68 лиры|"
			  "GBP name 74 фунт стерлингов|JPY name 91 иена", "доллар США, евро, рубль, юань, лира, фунт, иена");
	CHECK_STR(currencies_in("ТЕНГЕ и Сомов"), "KZT name 1 ТЕНГЕ|KGS name 9 Сомов", "in any case");
	/* word boundaries in Cyrillic */
	CHECK_STR(currencies_in("сомнение, сумма, сумматор, Сомали, сомы-то, долларовый, рублёвый, евроинтеграция"),
			  "SOS country 28 Сомали", "сомнение is no сом, сумма no сум, Сомали is Somalia");
	CHECK_STR(currencies_in("фунт муки, 5 фунтов, вон там, 3 млн вон, драма, 15 тыс. драмов"),
			  "GBP name 14 фунтов|KRW name 37 вон|AMD name 57 драмов",
			  "фунт, вона, драм only after an amount");
	CHECK_STR(currencies_in("крона дерева, шведская крона, франк, швейцарский франк"),
			  "SEK name 15 шведская крона|CHF name 38 швейцарский франк",
			  "крона and франк only after a country word");
	/* countries and adjectives */
	CHECK_STR(currencies_in("Казахстан, Казахстана, в Казахстане, казахстанский, казахстанского"),
			  "KZT country 1 Казахстан|KZT country 12 Казахстана|KZT country 26 Казахстане|"
			  "KZT country 38 казахстанский|KZT country 53 казахстанского", "Казахстан and its adjective");
	CHECK_STR(currencies_in("Кыргызстан, Киргизия, кыргызский, киргизских; Таджикистан; Узбекистан; Туркменистан, Туркмении"),
			  "KGS country 1 Кыргызстан|KGS country 13 Киргизия|KGS country 23 кыргызский|"
			  "KGS country 35 киргизских|TJS country 47 Таджикистан|UZS country 60 Узбекистан|"
			  "TMT country 72 Туркменистан|TMT country 86 Туркмении", "Central Asia");
	CHECK_STR(currencies_in("Россия, России, российский; США, американских; Китай, Китая, китайский; Турция, турецкой; ЕС, Евросоюза"),
			  "RUB country 1 Россия|RUB country 9 России|RUB country 17 российский|USD country 29 США|"
			  "USD country 34 американских|CNY country 48 Китай|CNY country 55 Китая|CNY country 62 китайский|"
			  "TRY country 73 Турция|TRY country 81 турецкой|EUR country 91 ЕС|EUR country 95 Евросоюза",
			  "Russia, the US, China, Turkey, the EU");
	CHECK_STR(currencies_in("в Южной Корее, Японии, Германии, Швейцарии; Латинская Америка; Северной Кореи"),
			  "KRW country 3 Южной Корее|JPY country 16 Японии|EUR country 24 Германии|CHF country 34 Швейцарии|"
			  "KPW country 64 Северной Кореи", "the rest of the world; Латинская Америка is no country");
	CHECK_STR(currencies_in("кыргызский сом, казахстанского тенге, российских рублей, гонконгский доллар, азербайджанский манат"),
			  "KGS name 1 кыргызский сом|KZT name 17 казахстанского тенге|RUB name 39 российских рублей|"
			  "HKD name 58 гонконгский доллар|AZN name 78 азербайджанский манат",
			  "an adjective and a name: one mention of the country's currency");
	CHECK_STR(currencies_in("казахстан, сша, россия, Сша"), "",
			  "country nouns need a capital, abbreviations capitals");
	CHECK_STR(currencies_in("Шри-Ланки, Коста-Рике, Египта, Беларуси, Нидерландов"),
			  "LKR country 1 Шри-Ланки|CRC country 12 Коста-Рике|EGP country 24 Египта|"
			  "BYN country 32 Беларуси|EUR country 42 Нидерландов", "hyphens and irregular forms");
	CHECK_STR(currencies_in("Курс KZT/USD; ₸ и ₽"), "KZT code 6 KZT|USD code 10 USD|KZT symbol 15 ₸|RUB symbol 19 ₽",
			  "codes and signs as before");
}

static void
test_russian_money(void)
{
	CHECK_STR(money_in("1 500 тенге, 1\xc2\xa0" "500 тенге, 1\xe2\x80\xaf" "500 тенге, 1\xe2\x80\x89" "500 тенге"),
			  "1500 KZT 1 1 500 тенге|1500 KZT 14 1\xc2\xa0" "500 тенге|1500 KZT 27 1\xe2\x80\xaf" "500 тенге|"
			  "1500 KZT 40 1\xe2\x80\x89" "500 тенге", "space, NBSP, narrow NBSP and thin space between thousands");
	CHECK_STR(money_in("€3,5 млн, 3,5 млн евро, $1,2 млрд, 1,2 млрд долларов, 1,5 трлн сумов"),
			  "3500000 EUR 1 €3,5 млн|3500000 EUR 11 3,5 млн евро|1200000000 USD 25 $1,2 млрд|"
			  "1200000000 USD 36 1,2 млрд долларов|1500000000000 UZS 55 1,5 трлн сумов",
			  "decimal commas and scale words, the sign before or the name after");
	CHECK_STR(money_in("KZT 1 500, 1 500 KZT, 10 000 000 сомов, 2,5 тыс. рублей, 15 тысяч тенге, 2 миллиона сомони, 3 миллиардов долларов США"),
			  "1500 KZT 1 KZT 1 500|1500 KZT 12 1 500 KZT|10000000 KGS 23 10 000 000 сомов|"
			  "2500 RUB 41 2,5 тыс. рублей|15000 KZT 58 15 тысяч тенге|2000000 TJS 74 2 миллиона сомони|"
			  "3000000000 USD 93 3 миллиардов долларов США", "codes, groups, every scale word");
	CHECK_STR(money_in("в 2015 году 4 000 торговцев, 2024 500 тенге, 12 000 человек, 1 50 тенге"),
			  "500 KZT 35 500 тенге|50 KZT 64 50 тенге",
			  "years and counts are not amounts; a group needs three digits");
	CHECK_STR(money_in("500 ₽ и 1 000,50 ₸ и 1.500,00 €"), "500 RUB 1 500 ₽|1000.50 KZT 9 1 000,50 ₸",
			  "a sign after the amount; a decimal comma after groups; dot groups are not read");
	CHECK_STR(money_in("около 70 000 кыргызских сомов"), "70000 KGS 7 70 000 кыргызских сомов",
			  "an adjective and a name after the amount");
}

static void
test_russian_percents(void)
{
	CHECK_STR(percents_in("0,52%, 16,5 процента, 3 процентов, 1 процент, 2 проц., −0,46%"),
			  "0.52 1 0,52%|16.5 8 16,5 процента|3 23 3 процентов|1 36 1 процент|2 47 2 проц.|-0.46 56 −0,46%",
			  "decimal commas, процент in its forms, проц.");
	CHECK_STR(percents_in("около 40 процентов, почти 84%, не менее 10%, до 30%"),
			  "40 1 около 40 процентов|84 21 почти 84%|10 32 не менее 10%|30 46 до 30%",
			  "Russian hedges are kept in matched");
	CHECK_STR(percents_in("5 процентного пункта, 3 процентщика, 7процентов"), "",
			  "other words are no percent; a word needs its space");
}

int
main(void)
{
	test_tables();
	test_every_key_matches_itself();
	test_countries();
	test_currency_mentions();
	test_money_mentions();
	test_scale_property();
	test_percent_mentions();
	test_russian_table();
	test_russian_currencies();
	test_russian_money();
	test_russian_percents();
	test_fuzz();
	UNIT_DONE();
}
