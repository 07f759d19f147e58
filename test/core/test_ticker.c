/*
 * test_ticker.c - unit tests for ticker line classification and page walking,
 * on hand-made lines and on the fixture pages.
 */
#include <stdlib.h>

#include "ticker.h"
#include "utf8_text.h"
#include "unit.h"

static TickerLineKind
kind_of(const char *line)
{
	return ticker_classify_line(line, strlen(line));
}

/* The reject phrase for a line, or "" if it is not a reject. */
static const char *
reject_reason(const char *line)
{
	static char buf[FXQUOTE_DESCRIBE_MAX];
	FxQuoteError err;

	buf[0] = '\0';
	if (ticker_parse_line(line, strlen(line), NULL, &err) == TICKER_REJECT)
		fxq_describe(&err, line, strlen(line), buf);
	return buf;
}

static void
test_quote_lines(void)
{
	const char *quotes[] = {
		"KGS/USD = 0.01144 0%",
		"  \xE2\x80\xA2 KZT/USD = 0.00194 -0%",			/* • and indentation */
		"* TJS/USD = 0.10844 -0.46%",
		"- TJS/USD = 0.10844 -0.46%",
		"\xC2\xB7 UZS/USD = 0.00008 0%",				/* · */
		"\t\xE2\x80\xA2\xC2\xA0TMT/USD\xC2\xA0=\xC2\xA0" "0.28571\xC2\xA0+0.28%",	/* tab, NBSP */
		"TMT/USD 0.28571 0.28%\r",						/* no '=', CR */
		"TJS/USD = 0.10844 \xE2\x88\x92" "0.46%",		/* U+2212 */
		"\xE2\x80\xA2KGS/USD=0.01144 0%",				/* no spaces */
		"kgs/usd = 0.01144 0%",
		"\xE2\x80\xA2 - KGS/USD = 0.01144 0%",		/* nested bullets */
		"  \xE2\x80\xA2 USD/KZT 515.46 \xE2\x96\xB2" "0.30%",	/* ▲ */
		"USD/KZT 515.46 \xE2\x96\xBC" "0.30%",		/* ▼ */
		"USD/KZT: 515.46 (+0.30%)",
		"\xE2\x80\xA2 1 USD = 515.46 KZT +0.30%",
		"1 usd = 515.46 kzt +0.30%",
		"  \xE2\x80\xA2 KZT/USD = 0,00193 \xE2\x88\x92" "0,52%",	/* decimal commas */
	};

	for (size_t i = 0; i < sizeof(quotes) / sizeof(quotes[0]); i++)
		CHECK(kind_of(quotes[i]) == TICKER_QUOTE, "quote line %zu is a quote", i);
}

static void
test_not_ticker(void)
{
	const char *prose[] = {
		"",
		"   ",
		"09 December 2025",
		"  \xE2\x80\xA2 Kazakhstan \xE2\x80\x93 close to 70,000",
		"  \xE2\x80\xA2 United Arab Emirates (UAE) \xE2\x80\x93 over 10,000",
		"On Monday, RFE/RL staff said as much.",
		"RFE/RL first went on air in 1950.",
		"and/the rest of the sentence",
		"The KGS/USD rate rose",
		"\xFF\xFE KGS/USD = 0.01144 0%",
		"1 500 \xD1\x82\xD0\xB5\xD0\xBD\xD0\xB3\xD0\xB5",	/* 1 500 тенге */
		"2025 was the year the tenge fell.",
		"1. Remittances reached $14 billion.",
		"1 USD buys about 515 tenge.",
		"3 new = rules, said the bank.",
		"10 usd = far too much for a coffee",
	};

	for (size_t i = 0; i < sizeof(prose) / sizeof(prose[0]); i++)
		CHECK(kind_of(prose[i]) == TICKER_NOT, "prose line %zu is not ticker", i);
}

static void
test_rejects(void)
{
	CHECK_STR(reject_reason("  \xE2\x80\xA2 KGS/USD = abc 0%"), "rate \"abc\" is not a number",
			  "bad rate");
	CHECK_STR(reject_reason("XXX/USD = 1.0 0%"), "\"XXX\" is not a known ISO 4217 currency code",
			  "XXX");
	CHECK_STR(reject_reason("\xE2\x80\xA2 KGS/USD = 0.01144"),
			  "change (a percentage such as -0.46%) is missing", "missing change");
	CHECK_STR(reject_reason("USD/KZT exchange rate hit a record"),
			  "rate \"exchange\" is not a number", "a pair opening a sentence is surfaced");
	CHECK_STR(reject_reason("KGS/USD"), "rate is missing", "a bare pair");
	CHECK_STR(reject_reason("KGS / USD = 1 1% extra"), "unexpected text \"extra\" after the change",
			  "trailing text");
	CHECK(kind_of("kgs/usd = abc 0%") == TICKER_NOT, "malformed lower case is prose");
	CHECK_STR(reject_reason("USD/KZT: 515.46 (+0.30%"),
			  "change \"(+0.30%\" is not a percentage such as -0.46%", "an unclosed parenthesis");
	CHECK_STR(reject_reason("USD/KZT 515.46 \xE2\x96\xB2-0.30%"),
			  "change \"\xE2\x96\xB2-0.30%\" is not a percentage such as -0.46%", "an arrow against the sign");
	CHECK_STR(reject_reason("\xE2\x80\xA2 100 KZT = 0.19 USD 0%"),
			  "amount \"100\" is not 1 (a quote such as 1 USD = 515.46 KZT +0.30%)",
			  "a rate per 100 units is a reject");
	CHECK_STR(reject_reason("1 USD = 515.46 KZT"), "change (a percentage such as -0.46%) is missing",
			  "the unit form without a change is a reject");
	CHECK_STR(reject_reason("USD/UZS = 12,600 0%"),
			  "number \"12,600\" could have a decimal comma or a thousands separator",
			  "an ambiguous comma is a reject, not a guess");
	{
		FxQuoteError err;
		const char *line = "  \xE2\x80\xA2 1 USD = 515.46 KZTX 0%";

		CHECK(ticker_parse_line(line, strlen(line), NULL, &err) == TICKER_REJECT &&
			  err.off == strlen("  \xE2\x80\xA2 1 USD = 515.46 ") && err.len == 4,
			  "a reject's offset counts from the start of the line (bullet included)");
	}
}

static int
count_lines(const char *page, int *last_len)
{
	TickerLines it;
	const char *line;
	size_t		len;
	int			n = 0;

	ticker_lines_init(&it, page, strlen(page));
	while (ticker_lines_next(&it, &line, &len))
	{
		n++;
		*last_len = (int) len;
		if (it.line_no != n)
			return -1;
	}
	return n;
}

static void
test_lines(void)
{
	int			last = -1;

	CHECK(count_lines("", &last) == 0, "an empty page has no lines");
	CHECK(count_lines("a\nbb\n", &last) == 2 && last == 2, "LF, final LF");
	CHECK(count_lines("a\r\nbb\r\n", &last) == 2 && last == 2, "CRLF drops the CR");
	CHECK(count_lines("a\nbbb", &last) == 2 && last == 3, "last line without terminator");
	CHECK(count_lines("\n\n", &last) == 2 && last == 0, "empty lines count");
	CHECK(count_lines("\r", &last) == 1 && last == 0, "a lone CR line");
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;

	if (f == NULL)
		return NULL;
	buf = malloc(1 << 20);
	*len = fread(buf, 1, (1 << 20) - 1, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

/* Count quotes and rejects on a fixture page; the distinct lines of quotes. */
static void
scan_page(const char *path, int want_quotes, int want_rejects, int want_lines)
{
	size_t		len = 0;
	char	   *page = read_file(path, &len);
	TickerLines it;
	const char *line;
	size_t		n;
	int			quotes = 0;
	int			rejects = 0;
	int			consistent = 1;

	CHECK(page != NULL, "%s is readable", path);
	if (page == NULL)
		return;
	CHECK(utf8t_validate(page, len) == len, "%s is valid UTF-8", path);
	ticker_lines_init(&it, page, len);
	while (ticker_lines_next(&it, &line, &n))
	{
		FxQuote		q;
		TickerLineKind k = ticker_parse_line(line, n, &q, NULL);

		quotes += k == TICKER_QUOTE;
		rejects += k == TICKER_REJECT;
		consistent &= k == ticker_classify_line(line, n);
	}
	CHECK(quotes == want_quotes, "%s: %d quotes (got %d)", path, want_quotes, quotes);
	CHECK(rejects == want_rejects, "%s: %d rejects (got %d)", path, want_rejects, rejects);
	CHECK(it.line_no == want_lines, "%s: %d lines (got %d)", path, want_lines, it.line_no);
	CHECK(consistent, "%s: classify agrees with parse", path);
	free(page);
}

/*
 * Random lines: a well-formed ticker line cut into pieces, with pieces
 * dropped, doubled or replaced by ticker-like junk.  Whatever comes out,
 * the kinds agree, quotes are valid and round-trip, rejects point inside
 * their line.
 */
static void
test_random_lines(void)
{
	const char *good[] = {
		"  ", "\xE2\x80\xA2", " ", "KZT", "/", "USD", " ", "=", "\xC2\xA0", "0.00194", " ",
		"\xE2\x88\x92", "0.5", "%", "\r",
	};
	const char *junk[] = {
		"KGS", "XXX", "/", " ", "=", "0", ".", "-", "+", "%", "abc", "\xE2\x88", "\xFF", "\t",
		"*", "\xC2\xB7", "12345678901234567890", "-100",
	};
	size_t		ngood = sizeof(good) / sizeof(good[0]);
	size_t		njunk = sizeof(junk) / sizeof(junk[0]);
	uint64_t	seed = 42;
	int			consistent = 1;
	int			quotes = 0;
	int			rejects = 0;

	for (int round = 0; round < 200000; round++)
	{
		char		line[512];
		size_t		len = 0;
		FxQuote		q;
		FxQuoteError err;
		TickerLineKind k;

		for (size_t p = 0; p < ngood; p++)
		{
			const char *piece = good[p];
			int			repeat = 1;

			seed = seed * 6364136223846793005u + 1442695040888963407u;
			switch ((seed >> 33) % 16)
			{
				case 0:
					repeat = 0;		/* dropped */
					break;
				case 1:
					repeat = 2;		/* doubled */
					break;
				case 2:
					piece = junk[(seed >> 40) % njunk];	/* replaced */
					break;
			}
			for (int r = 0; r < repeat; r++)
			{
				memcpy(line + len, piece, strlen(piece));
				len += strlen(piece);
			}
		}
		k = ticker_parse_line(line, len, &q, &err);
		consistent &= k == ticker_classify_line(line, len);
		if (k == TICKER_QUOTE)
		{
			char		text[FXQUOTE_FORMAT_MAX];
			FxQuote		back;
			int			n = fxq_format(&q, text);

			quotes++;
			consistent &= fxq_is_valid(&q);
			consistent &= fxq_parse(text, (size_t) n, &back, NULL) == FXQ_OK &&
				fxq_eq(&q, &back);
		}
		if (k == TICKER_REJECT)
		{
			rejects++;
			consistent &= err.status != FXQ_OK && err.off <= len && err.len <= len - err.off;
		}
	}
	CHECK(consistent && quotes > 10000 && rejects > 10000,
		  "200000 mutated lines: consistent kinds, quotes round-trip (%d quotes, %d rejects)",
		  quotes, rejects);
}

int
main(void)
{
	test_quote_lines();
	test_not_ticker();
	test_rejects();
	test_lines();
	scan_page("test/fixtures/sample_page.txt", 40, 0, 71);
	scan_page("test/fixtures/sample_page_next.txt", 40, 0, 77);
	scan_page("test/fixtures/reference_ticker.txt", 40, 0, 47);
	test_random_lines();
	UNIT_DONE();
}
