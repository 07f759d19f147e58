/*
 * test_articles.c - unit tests for page splitting: block kinds, the
 * headline rule and articles (dates: test_dates.c), on fixture pages written for these tests
 * (test/fixtures/) and on inline snippets, plus a fuzz loop.
 */
#include <stdint.h>
#include <stdlib.h>

#include "articles.h"
#include "unit.h"

/* ---- helpers --------------------------------------------------------- */

static char *
read_fixture(const char *name, size_t *len)
{
	char		path[256];
	FILE	   *f;
	char	   *buf;
	long		n;

	snprintf(path, sizeof(path), "test/fixtures/%s", name);
	f = fopen(path, "rb");
	if (f == NULL)
	{
		printf("# cannot open %s (run from the repository root)\n", path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
		exit(1);
	fclose(f);
	buf[n] = '\0';
	*len = (size_t) n;
	return buf;
}

/* "kind:text|kind:text|..." of the blocks other than paragraphs and tickers. */
static void
outline(const char *s, size_t len, char *out, size_t cap)
{
	ArticleScanner scan;
	ArticleBlock	b;
	size_t		n = 0;

	out[0] = '\0';
	articles_scan_init(&scan, s, len, NULL);
	while (articles_scan_next(&scan, &b))
	{
		if (b.kind == ARTICLE_PARAGRAPH || b.kind == ARTICLE_TICKER)
			continue;
		n += (size_t) snprintf(out + n, n < cap ? cap - n : 0, "%s%c:%.*s",
							   n > 0 ? "|" : "", articles_block_kind_name(b.kind)[0],
							   (int) b.len, b.text);
		if (n >= cap)
			return;
	}
}

static const char *
kind_of_line(const char *s, int64_t line_no)
{
	ArticleScanner scan;
	ArticleBlock	b;

	articles_scan_init(&scan, s, strlen(s), NULL);
	while (articles_scan_next(&scan, &b))
		if (b.line_no == line_no)
			return articles_block_kind_name(b.kind);
	return "none";
}

/* Collects articles as "title\x1fbody\x1e..." for checking. */
typedef struct Collected
{
	char		text[8192];
	size_t		len;
	int			count;
	ArticleHead last;
	int			dates[16];		/* yyyymmdd or 0 */
	int64_t		lines[16];
} Collected;

static void
put(Collected *c, const char *s, size_t n)
{
	if (c->len + n < sizeof(c->text))
	{
		memcpy(c->text + c->len, s, n);
		c->len += n;
		c->text[c->len] = '\0';
	}
}

static void
sink_begin(void *ctx, const ArticleHead *a)
{
	Collected  *c = ctx;

	if (c->count < 16)
	{
		c->dates[c->count] = a->has_date ?
			a->published.year * 10000 + a->published.month * 100 + a->published.day : 0;
		c->lines[c->count] = a->line_no;
	}
	c->count++;
	c->last = *a;
	put(c, a->title, a->title_len);
	put(c, "\x1f", 1);
}

static void
sink_append(void *ctx, const char *s, size_t n)
{
	put(ctx, s, n);
}

static void
sink_end(void *ctx, const ArticleHead *a)
{
	(void) a;
	put(ctx, "\x1e", 1);
}

static void
collect(const char *s, size_t len, Collected *c)
{
	ArticleSink sink = {c, sink_begin, sink_append, sink_end};

	memset(c, 0, sizeof(*c));
	articles_split(s, len, NULL, &sink);
}

/* The n-th (0-based) article's title or body, copied into out. */
static const char *
article_part(const Collected *c, int n, int body, char *out, size_t cap)
{
	const char *p = c->text;

	for (int i = 0; i < n && p != NULL; i++)
	{
		p = strchr(p, '\x1e');
		if (p != NULL)
			p++;
	}
	out[0] = '\0';
	if (p == NULL)
		return out;
	if (body)
	{
		p = strchr(p, '\x1f');
		if (p == NULL)
			return out;
		p++;
	}
	{
		size_t		k = strcspn(p, body ? "\x1e" : "\x1f");

		if (k >= cap)
			k = cap - 1;
		memcpy(out, p, k);
		out[k] = '\0';
	}
	return out;
}

/* ---- line kinds ------------------------------------------------------- */

static void
test_line_kinds(void)
{
	const char *page =
		"Top Story Leads the Page\n"	/* 1 */
		"\n"
		"A paragraph that ends like a sentence.\n"	/* 3 */
		"\n"
		"  • An indented bullet\n"	/* 5 */
		"- a dash item\n"		/* 6 */
		"12) numbered\n"		/* 7 */
		"3. also numbered\n"	/* 8 */
		"\n"
		"-0.5% is not a list item\n"	/* 10 */
		"\n"
		"•no space is no item\n"	/* 12 */
		"\n"
		"lower case start is a paragraph\n"	/* 14 */
		"\n"
		"Ends With a Comma,\n"	/* 16 */
		"\n"
		"“Quoted Heading Here”\n"	/* 18 */
		"\n"
		"Two Lines Without\n"	/* 20 */
		"A Blank Between\n"		/* 21 */
		"\n"
		"2025-12-10\n"			/* 23 */
		"\xc2\xa0\n"			/* 24: only NBSP: blank */
		"Next Day Headline\n"	/* 25 */
		"\n";

	CHECK_STR(kind_of_line(page, 1), "headline", "first heading of the page is a headline");
	CHECK_STR(kind_of_line(page, 3), "paragraph", "sentence is a paragraph");
	CHECK_STR(kind_of_line(page, 5), "list_item", "indented bullet");
	CHECK_STR(kind_of_line(page, 6), "list_item", "dash item");
	CHECK_STR(kind_of_line(page, 7), "list_item", "12) item");
	CHECK_STR(kind_of_line(page, 8), "list_item", "3. item");
	CHECK_STR(kind_of_line(page, 10), "paragraph", "a signed number is not a bullet");
	CHECK_STR(kind_of_line(page, 12), "paragraph", "a bullet needs a space after it");
	CHECK_STR(kind_of_line(page, 14), "paragraph", "lower-case start is no heading");
	CHECK_STR(kind_of_line(page, 16), "paragraph", "trailing comma is no heading");
	CHECK_STR(kind_of_line(page, 18), "subheading", "heading in quotes (short, article open)");
	CHECK_STR(kind_of_line(page, 20), "paragraph", "a line followed by text is no heading");
	CHECK_STR(kind_of_line(page, 21), "paragraph", "a line preceded by text is no heading");
	CHECK_STR(kind_of_line(page, 23), "date", "ISO date line");
	CHECK_STR(kind_of_line(page, 24), "none", "NBSP-only line is blank, not a block");
	CHECK_STR(kind_of_line(page, 25), "headline", "first heading after a date");
}

/* ---- the headline rule ------------------------------------------------ */

static const char *
second_heading_kind(const char *heading)
{
	static char page[1024];

	snprintf(page, sizeof(page),
			 "Grain Prices Climb Across the Steppe\n\n"
			 "Wheat traders in Kostanay report steady demand from millers and exporters.\n\n"
			 "%s\n\nMore text follows here.\n", heading);
	return kind_of_line(page, 5);
}

static void
test_headline_rule(void)
{
	/* headline forms win even when short or labelled */
	CHECK_STR(second_heading_kind("Will Millers Pay More Next Spring?"), "headline",
			  "a question of more than three words is a headline");
	CHECK_STR(second_heading_kind("Why Now?"), "subheading", "a question of three words is a label");
	CHECK_STR(second_heading_kind("Analysis: Wheat Traders Look East"), "headline",
			  "a colon makes a headline");
	/* short labels */
	CHECK_STR(second_heading_kind("Looking Ahead"), "subheading", "two words: label");
	CHECK_STR(second_heading_kind("Export Demand Holds"), "subheading", "three words: label");
	/* label forms need a shared word */
	CHECK_STR(second_heading_kind("What Millers Are Paying Now"), "subheading",
			  "wh-start + shared word (millers)");
	CHECK_STR(second_heading_kind("What Parliament Decided on Pensions"), "headline",
			  "wh-start without shared word: headline");
	CHECK_STR(second_heading_kind("The Role of Wheat Exports"), "subheading",
			  "The + shared stem (exports/exporters)");
	CHECK_STR(second_heading_kind("The Capital Opens a New Metro Line"), "headline",
			  "The without shared word: headline");
	CHECK_STR(second_heading_kind("Demand and Supply on Regional Markets"), "subheading",
			  "and + shared word (demand)");
	CHECK_STR(second_heading_kind("Kazakhstan and Uzbekistan Sign Water Deal"), "headline",
			  "and without shared word: headline");
	CHECK_STR(second_heading_kind("Traders & Millers Compare Notes"), "subheading",
			  "& + shared word");
	/* plain news headlines */
	CHECK_STR(second_heading_kind("Tenge Slips as Oil Prices Fall"), "headline",
			  "subject-verb headline");
	CHECK_STR(second_heading_kind("Wheat Traders in Kostanay Expect Steady Demand"), "headline",
			  "no label form: headline even with shared words");
	/* function words do not count as shared */
	CHECK_STR(second_heading_kind("What Happens When the Rains Come"), "headline",
			  "function words (what, when) are not topic words");
	/* too long for a heading */
	CHECK_STR(second_heading_kind("One Two Three Four Five Six Seven Eight Nine Ten Eleven "
								  "Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen "
								  "Nineteen Twenty Twentyone"), "paragraph",
			  "21 words: paragraph");
}

/* The word set is per article: a long article does not leak into the next. */
static void
test_word_set_resets(void)
{
	char		page[16384];
	size_t		n = 0;

	n += (size_t) snprintf(page + n, sizeof(page) - n, "First Long Article Here Today\n\n");
	for (int i = 0; i < 200; i++)
		n += (size_t) snprintf(page + n, sizeof(page) - n, "word%dx ", i);
	n += (size_t) snprintf(page + n, sizeof(page) - n, "orchard.\n\n"
						   "Second Piece About Something Else\n\n"
						   "Nothing shared here at all.\n\n"
						   "The Orchard Question Comes Up Again\n\nEnd.\n");
	CHECK_STR(kind_of_line(page, 5), "headline", "second article starts");
	CHECK_STR(kind_of_line(page, 9), "headline",
			  "a word of the previous article does not make a sub-heading");
}

/* ---- fixture pages ---------------------------------------------------- */

static void
test_sample_page(void)
{
	size_t		len;
	char	   *page = read_fixture("sample_page.txt", &len);
	char		got[4096];
	Collected	c;
	char		part[2048];

	outline(page, len, got, sizeof(got));
	/* until the ticker parser lands, the ticker lines are list items: skip them */
	{
		const char *from = strstr(got, "d:09 December 2025");

		CHECK_STR(from != NULL ? from : got,
				  "d:09 December 2025"
				  "|h:Can Almaty's Tech Parks Keep Their Young Engineers at Home?"
				  "|s:What the Grants Cover"
				  "|h:Kyrgyz Exporters Count the Cost of a Stronger Som"
				  "|h:Tajik Remittances Reach a New High"
				  "|s:Where the Money Comes From"
				  "|l:• Kazakhstan – around 9% of the total"
				  "|l:• Turkey – about 4%"
				  "|l:• South Korea – under 2%",
				  "sample page outline");
	}
	collect(page, len, &c);
	CHECK(c.count == 3, "sample page has 3 articles (%d)", c.count);
	CHECK(c.dates[0] == 20251209 && c.dates[2] == 20251209, "all dated 2025-12-09");
	CHECK(c.lines[0] == 43 && c.lines[1] == 53 && c.lines[2] == 59, "headline line numbers");
	CHECK_STR(article_part(&c, 2, 1, part, sizeof(part)),
			  "Money sent home by Tajik workers abroad rose to $3.1 billion in the first nine "
			  "months of the year, according to the national bank. Remittances equal roughly 40 "
			  "percent of Tajikistan's economic output, one of the highest shares in the world.\n\n"
			  "Where the Money Comes From\n\n"
			  "Most transfers still arrive from Russia, with smaller flows from:\n\n"
			  "• Kazakhstan – around 9% of the total\n"
			  "• Turkey – about 4%\n"
			  "• South Korea – under 2%\n\n"
			  "Economists warn that the somoni could come under pressure if Russian demand for "
			  "labour cools, and that a fall of 0.5% a month would add up quickly.",
			  "third article body: sub-heading and list inside, lines trimmed");
	free(page);
}

static void
test_reference_outline(void)
{
	size_t		len;
	char	   *page = read_fixture("reference_outline.txt", &len);
	Collected	c;
	char		part[2048];
	static const char *const titles[] = {
		"Opinion: Do Astana and Washington Now Agree on Who Sets the Rules?",
		"Opinion: Why Central Asia Would Miss RFE/RL",
		"Prague Asks Brussels to Keep RFE/RL Broadcasting",
		"From Jammed Waves to Faint Signals: Radio Liberty in the Region",
		"Brussels Reviews Tashkent’s Record Under GSP+ Trade Rules",
		"Russia Still Draws Most of 600,000 Kyrgyz Workers Abroad",
	};

	collect(page, len, &c);
	CHECK(c.count == 6, "reference outline: 6 articles (%d)", c.count);
	for (int i = 0; i < 6; i++)
		CHECK_STR(article_part(&c, i, 0, part, sizeof(part)), titles[i], "title %d", i + 1);
	article_part(&c, 4, 1, part, sizeof(part));
	CHECK(strstr(part, "\n\nUzbekistan’s GSP+ Standing and Its EU Trade Ties\n\n") != NULL &&
		  strstr(part, "\n\nGains and Main Trade Numbers\n\n") != NULL,
		  "article 5 keeps its two sub-headings");
	CHECK(part[strlen(part) - 1] == '.', "the NBSP spacer line is not part of a body");
	article_part(&c, 5, 1, part, sizeof(part));
	CHECK(strstr(part, "\n\nThe Weight of Money Sent Home by Kyrgyz Workers\n\n") != NULL &&
		  strstr(part, "\n\nShifting Migration Trends\n\n") != NULL &&
		  strstr(part, "• Germany – roughly 15,000\n• UAE") != NULL,
		  "article 6 keeps its sub-headings and list");
	free(page);
}

static void
test_two_days_page(void)
{
	size_t		len;
	char	   *page = read_fixture("two_days_page.txt", &len);
	Collected	c;
	char		part[2048];

	collect(page, len, &c);
	CHECK(c.count == 5, "two-day page: 5 articles (%d)", c.count);
	CHECK_STR(article_part(&c, 0, 0, part, sizeof(part)),
			  "Will the Tenge Hold Its Ground Through the Winter?", "question headline");
	CHECK(c.dates[0] == 20251209 && c.dates[1] == 20251209, "first day: December 9, 2025");
	CHECK(c.dates[2] == 20251210 && c.dates[4] == 20251210, "second day: 2025-12-10");
	CHECK(strstr(article_part(&c, 1, 1, part, sizeof(part)), "\n\nWho Pays for the New Duties\n\n")
		  != NULL, "wh-sub-heading stays in its article");
	CHECK(strchr(article_part(&c, 2, 1, part, sizeof(part)), '\n') == NULL,
		  "article without sub-heading: one paragraph");
	CHECK(strstr(article_part(&c, 3, 1, part, sizeof(part)),
				 "Main Sources\n\n1. Russia, which sent 77% of the total\n2. Kazakhstan") != NULL,
		  "numbered list in the body");
	CHECK_STR(article_part(&c, 4, 0, part, sizeof(part)),
			  "Opinion: A Stronger Som Is Not All Good News", "colon headline");
	free(page);
}

static void
test_plain_page(void)
{
	size_t		len;
	char	   *page = read_fixture("plain_page.txt", &len);
	Collected	c;
	char		part[2048];

	collect(page, len, &c);
	CHECK(c.count == 2, "plain page (CRLF, no date, no ticker): 2 articles (%d)", c.count);
	CHECK(c.dates[0] == 0, "no date line: no date");
	CHECK_STR(article_part(&c, 0, 1, part, sizeof(part)),
			  "In the villages around Khujand, the village shop has become a small bank.\n"
			  "Owners keep a notebook of debts and accept transfers on their phones,\n"
			  "so a family can buy flour before the money from abroad arrives.\n\n"
			  "Looking Ahead\n\n"
			  "Shop owners want lower fees on card payments; today they pay about 1.5% a transaction.",
			  "CR removed, wrapped lines kept together, NBSP spacer dropped");
	CHECK_STR(article_part(&c, 1, 0, part, sizeof(part)),
			  "How Herders Price Their Sheep Before Winter",
			  "'How' heading sharing no word with the article before: a headline");
	CHECK(strstr(article_part(&c, 1, 1, part, sizeof(part)), "\n\nThe Price of Hay and Feed\n\n")
		  != NULL, "'The' heading sharing a word: a sub-heading");
	free(page);
}

/* ---- edge cases ------------------------------------------------------- */

static void
test_edges(void)
{
	Collected	c;
	ArticleScanner scan;
	ArticleBlock	b;

	collect("", 0, &c);
	CHECK(c.count == 0, "empty page: no articles");
	collect(NULL, 0, &c);
	CHECK(c.count == 0, "NULL page: no articles");
	articles_scan_init(&scan, "\n\n \xc2\xa0\n\t\n", 7, NULL);
	CHECK(!articles_scan_next(&scan, &b), "blank lines only: no blocks");
	collect("Just Some Words Here", 20, &c);
	CHECK(c.count == 1 && c.len == strlen("Just Some Words Here") + 2,
		  "a heading at the end of the page without newline: empty body");
	collect("text before any headline.\n\nHeadline Comes Later Now\n\nBody.", 55, &c);
	CHECK(c.count == 1, "text before the first headline belongs to no article");
	collect("Title Of The Thing\n\nBody.\n\n09 December 2025\n\nMore body text.\n", 60, &c);
	CHECK(c.count == 1 && strstr(c.text, "More body") == NULL,
		  "a date line ends the article; text after it has no headline");
}

/* ---- fuzz ------------------------------------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static void
null_begin(void *ctx, const ArticleHead *a)
{
	(void) ctx;
	(void) a;
}

static void
null_append(void *ctx, const char *s, size_t n)
{
	(void) s;
	*(size_t *) ctx += n;
}

static void
null_end(void *ctx, const ArticleHead *a)
{
	(void) ctx;
	(void) a;
}

static void
test_fuzz(void)
{
	static const char *const pieces[] = {
		"\n", "\n\n", "\r\n", " ", "\xc2\xa0", "•", "  • ", "KGS/USD = 0.01 0%", "09 December 2025",
		"2025-12-09", "Headline Words Here", "The ", "What ", "and ", "?", ":", ".", "”", "“",
		"\xe2\x80", "\xff", "\xc3", "1. ", "Shared Words", "shared", "x", "\t", "-", "\xf4\x90\x80\x80",
	};
	int			ok = 1;

	for (int round = 0; round < 3000 && ok; round++)
	{
		char		buf[512];
		size_t		n = 0;
		size_t		sink_bytes = 0;
		ArticleSink sink = {&sink_bytes, null_begin, null_append, null_end};
		ArticleScanner scan;
		ArticleBlock	b;
		int64_t		last_line = 0;

		while (n < sizeof(buf) - 32)
		{
			const char *p = pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
			size_t		k = strlen(p);

			if (rng() % 5 == 0)
				buf[n++] = (char) (rng() & 0xFF);
			memcpy(buf + n, p, k);
			n += k;
			if (rng() % 40 == 0)
				break;
		}
		articles_scan_init(&scan, buf, n, NULL);
		while (articles_scan_next(&scan, &b))
		{
			if (b.text < buf || b.text + b.len > buf + n || b.line_no <= last_line)
				ok = 0;
			last_line = b.line_no;
		}
		articles_split(buf, n, NULL, &sink);
		if (sink_bytes > 3 * n)
			ok = 0;
	}
	CHECK(ok, "3000 random pages: blocks stay inside the text, lines increase");
}

/* ---- Russian pages, scrape noise, the caller's sub-headings ---------- */

/* The kinds of a page's blocks, space separated ("headline byline paragraph"). */
static const char *
kinds(const char *page, const ArticleOptions *options)
{
	static char out[2048];
	ArticleScanner scan;
	ArticleBlock b;
	size_t		n = 0;

	out[0] = '\0';
	articles_scan_init(&scan, page, strlen(page), options);
	while (articles_scan_next(&scan, &b) && n < sizeof(out) - 32)
		n += (size_t) snprintf(out + n, sizeof(out) - n, "%s%s", n > 0 ? " " : "",
							   articles_block_kind_name(b.kind));
	return out;
}

/* The articles of a page as "title|date|author|body;..." */
typedef struct Heads
{
	char		text[4096];
	size_t		len;
} Heads;

static void
heads_begin(void *ctx, const ArticleHead *a)
{
	(void) ctx;
	(void) a;
}


static void
heads_append(void *ctx, const char *s, size_t n)
{
	Heads	   *h = ctx;

	if (h->len + n < sizeof(h->text) - 256)
	{
		memcpy(h->text + h->len, s, n);
		h->len += n;
		h->text[h->len] = '\0';
	}
}

static void
heads_end(void *ctx, const ArticleHead *a)
{
	Heads	   *h = ctx;
	char		head[512];

	/* the body came first: put the head in front of it */
	size_t		body_start = h->len;

	while (body_start > 0 && h->text[body_start - 1] != ';')
		body_start--;
	snprintf(head, sizeof(head), "%.*s|%04d-%02d-%02d|%.*s|", (int) a->title_len, a->title,
			 a->has_date ? a->published.year : 0, a->has_date ? a->published.month : 0,
			 a->has_date ? a->published.day : 0,
			 a->author != NULL ? (int) a->author_len : 1, a->author != NULL ? a->author : "-");
	{
		size_t		k = strlen(head);

		memmove(h->text + body_start + k, h->text + body_start, h->len - body_start + 1);
		memcpy(h->text + body_start, head, k);
		h->len += k;
	}
	heads_append(ctx, ";", 1);
}

static const char *
articles_of(const char *page, const ArticleOptions *options)
{
	static Heads h;
	ArticleSink sink = {&h, heads_begin, heads_append, heads_end};

	memset(&h, 0, sizeof(h));
	articles_split(page, strlen(page), options, &sink);
	return h.text;
}

static void
test_russian_page(void)
{
	const char *page =
		"  \xe2\x80\xa2 KZT/USD = 0,00193 \xe2\x88\x92" "0,52%\n"
		"10 декабря 2025 г.\n\n"
		"Тенге ослаб перед выплатой налогов\n\n"
		"Курс снизился на 1,2% за неделю.\n\n"
		"Что может помешать\n\n"
		"Главный риск — цена нефти.\n\n"
		"Переводы мигрантов достигли рекорда\n\n"
		"За девять месяцев — 3,1 млрд долларов.\n";

	CHECK_STR(kinds(page, NULL), "ticker date headline paragraph subheading paragraph headline paragraph",
			  "a Russian page: decimal-comma ticker, date with г., sentence-case headings");
	CHECK_STR(articles_of(page, NULL),
			  "Тенге ослаб перед выплатой налогов|2025-12-10|-|Курс снизился на 1,2% за неделю.\n\n"
			  "Что может помешать\n\nГлавный риск — цена нефти.;"
			  "Переводы мигрантов достигли рекорда|2025-12-10|-|За девять месяцев — 3,1 млрд долларов.;",
			  "its two articles, dated 2025-12-10");
}

static void
test_noise_blocks(void)
{
	const char *page =
		"Share on Facebook\n"
		"Bazaar Traders Switch to QR Payments\n"
		"By Nurlan Asanov, Bishkek\n\n"
		"Photo: Vendors at the Dordoi market.\n\n"
		"Stall holders accept QR codes now.\n"
		"Advertisement\n"
		"Fees are zero until June.\n\n"
		"Read more: Kyrgyz Banks Report Record Inflows\n\n"
		"Most read\n"
		"1. Tenge Hits Low\n"
		"2. Gold Prices Climb\n\n"
		"Traders want to know the fees after June.\n"
		"Reporting by Elena Kim\n";

	CHECK_STR(kinds(page, NULL),
			  "boilerplate headline byline caption paragraph boilerplate paragraph boilerplate "
			  "boilerplate boilerplate boilerplate paragraph byline",
			  "bylines, a caption, boilerplate, a box of links");
	CHECK_STR(articles_of(page, NULL),
			  "Bazaar Traders Switch to QR Payments|0000-00-00|Nurlan Asanov, Bishkek|"
			  "Stall holders accept QR codes now.\n\nFees are zero until June.\n\n"
			  "Traders want to know the fees after June.;",
			  "none of them in the body (\\n\\n across them); the first byline is the author");
	CHECK_STR(articles_of("Tenge Slips\n\nThe tenge fell.\n\nReporting by Elena Kim\n", NULL),
			  "Tenge Slips|0000-00-00|Elena Kim|The tenge fell.;", "a byline at the end is the author");
	CHECK_STR(kinds("Most read\n1. A Title Here\n\nA paragraph of text here.\n- an item\n", NULL),
			  "boilerplate boilerplate paragraph list_item", "a box ends at its first block that is no item");
}

static void
test_dates_under_headlines(void)
{
	const char *page =
		"Kazakhstan Caps Loan Rates\n"
		"By Arman Seitkali\n"
		"18 December 2025\n\n"
		"The regulator will limit rates.\n\n"
		"Uzbek Carmaker Raises Prices\n"
		"19.12.2025\n\n"
		"Prices rose by 3%.\n\n"
		"20 December 2025\n\n"
		"Turkmen Carpet Exports Double\n\n"
		"Exports reached $12 million.\n";

	CHECK_STR(kinds(page, NULL),
			  "headline byline date paragraph headline date paragraph date headline paragraph",
			  "date lines under headlines and between articles");
	CHECK_STR(articles_of(page, NULL),
			  "Kazakhstan Caps Loan Rates|2025-12-18|Arman Seitkali|The regulator will limit rates.;"
			  "Uzbek Carmaker Raises Prices|2025-12-19|-|Prices rose by 3%.;"
			  "Turkmen Carpet Exports Double|2025-12-20|-|Exports reached $12 million.;",
			  "a date before the body dates its article; after the body it ends it");
}

static void
test_dialogue(void)
{
	const char *page =
		"Глава банка: «Кредиты подешевеют весной»\n\n"
		"\xe2\x80\x94 Почему кредиты так дороги?\n"
		"\xe2\x80\x94 Потому что депозиты дорогие. Я бы разделил так:\n\n"
		"\xe2\x80\x94 половина в сомах,\n"
		"\xe2\x80\x94 четверть в рублях.\n\n"
		"\xe2\x80\x94 Спасибо за беседу.\n";

	CHECK_STR(kinds(page, NULL), "headline paragraph paragraph list_item list_item paragraph",
			  "dialogue lines are paragraphs; after a colon, and on the line after an item, a list");
}

static void
test_dense_page(void)
{
	const char *page =
		"16 December 2025\n"
		"National Bank Holds Its Base Rate\n"
		"The regulator left the rate unchanged.\n"
		"It meets again in January.\n"
		"Kyrgyz Electricity Tariffs to Rise in Spring\n"
		"Households will pay about 20% more from April.\n"
		"Who Is Exempt\n"
		"Families on benefits keep the old tariff.\n"
		"and a wrapped line\n"
		"Without a full stop at the end\n"
		"goes on here.\n";

	CHECK_STR(kinds(page, NULL),
			  "date headline paragraph paragraph headline paragraph subheading paragraph paragraph "
			  "paragraph paragraph",
			  "no blank lines: a heading stands between two sentences (a wrapped line does not)");
}

static void
test_given_subheadings(void)
{
	const char *page =
		"Business Today\n\n"
		"Tenge Falls Against the Dollar Again\n\n"
		"It fell 1%.\n\n"
		"Exporters Sell Fewer Dollars Before the Deadline\n\n"
		"They wait.\n";
#define GIVEN_LINE " Exporters Sell Fewer Dollars Before the Deadline\t"
	ArticleText given[] = {{GIVEN_LINE, sizeof(GIVEN_LINE) - 1}, {"", 0}, {NULL, 0},
	{"Tenge Falls", 11}};
	ArticleOptions options = {given, 4};

	CHECK_STR(kinds(page, NULL), "subheading headline paragraph headline paragraph",
			  "a heading over a heading labels a section");
	CHECK_STR(kinds(page, &options), "subheading headline paragraph subheading paragraph",
			  "a line given as a sub-heading (trimmed) is one; empty and NULL entries, and a "
			  "part of a line, match nothing");
	CHECK_STR(articles_of(page, &options),
			  "Tenge Falls Against the Dollar Again|0000-00-00|-|It fell 1%.\n\n"
			  "Exporters Sell Fewer Dollars Before the Deadline\n\nThey wait.;",
			  "and stays in its article's body");
	{
		ArticleText first[] = {{"Tenge Falls Against the Dollar Again", 36}};
		ArticleOptions o = {first, 1};
		const char *bare = page + strlen("Business Today\n\n");

		CHECK_STR(kinds(bare, &o), "subheading paragraph headline paragraph",
				  "a given first heading is a sub-heading too");
		CHECK_STR(articles_of(bare, &o),
				  "Exporters Sell Fewer Dollars Before the Deadline|0000-00-00|-|They wait.;",
				  "and before any headline it belongs to no article");
	}
}

static void
test_briefs(void)
{
	const char *page =
		"Tenge Hits Low\n\nThe tenge fell to 525.\n\n"
		"Gold Climbs\n\nReserves grew.\n\n"
		"New Air Route\n\nFlights start in February.\n";

	CHECK_STR(kinds(page, NULL), "headline paragraph headline paragraph headline paragraph",
			  "after a brief (a headline of four words or fewer), a short heading is the next brief");
}

int
main(void)
{
	test_line_kinds();
	test_headline_rule();
	test_word_set_resets();
	test_sample_page();
	test_reference_outline();
	test_two_days_page();
	test_plain_page();
	test_edges();
	test_russian_page();
	test_noise_blocks();
	test_dates_under_headlines();
	test_dialogue();
	test_dense_page();
	test_given_subheadings();
	test_briefs();
	test_fuzz();
	UNIT_DONE();
}
