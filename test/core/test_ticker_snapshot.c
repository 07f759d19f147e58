/*
 * test_ticker_snapshot.c - ticker_snapshot builds what snapshot_agg(quote,
 * line_no) over parse_ticker(page, strict) builds: on every fixture page,
 * on pages with malformed lines (strict and not), at the snapshot's limits,
 * and on random pages made of ticker-like lines.
 */
#include <dirent.h>
#include <stdio.h>

#include "ticker_rows.h"
#include "unit.h"

static uint64_t rng = 20251209;

static uint32_t
next_random(uint32_t bound)
{
	rng = rng * 6364136223846793005u + 1442695040888963407u;
	return (uint32_t) ((rng >> 33) % bound);
}

static const char *
text_of(FxSnapshot *s)
{
	static char buf[1 << 16];
	SnapPair   *pairs = malloc((s->n + 1) * sizeof(SnapPair));
	uint32_t	np = snap_pairs(s, pairs);

	snap_format(s, pairs, np, buf, sizeof(buf));
	free(pairs);
	return buf;
}

/* Both paths on one page; 1 if they agree on outcome, snapshot and error. */
static int
paths_agree(const char *page, size_t len, int strict)
{
	FxSnapshot	direct;
	FxSnapshot	rows;
	TickerSnapError de;
	TickerSnapError re;
	TickerSnapStatus ds;
	TickerSnapStatus rs;
	int			same;

	snap_init(&direct, &rows_heap);
	snap_init(&rows, &rows_heap);
	ds = ticker_snapshot_build(page, len, strict, &direct, &de);
	rs = rows_snapshot(page, len, strict, &rows, &re);
	same = ds == rs;
	if (same && ds == TICKER_SNAP_OK)
		same = rows_same_snapshot(&direct, &rows);
	if (same && ds == TICKER_SNAP_REJECT)
		same = de.line_no == re.line_no && de.line == re.line && de.len == re.len &&
			de.quote_err.status == re.quote_err.status && de.quote_err.off == re.quote_err.off &&
			de.quote_err.len == re.quote_err.len;
	if (same && ds == TICKER_SNAP_LIMIT)
		same = de.status == re.status;
	snap_free(&direct);
	snap_free(&rows);
	return same;
}

static size_t
read_file(const char *path, char *buf, size_t cap)
{
	FILE	   *f = fopen(path, "rb");
	size_t		n;

	if (f == NULL)
		return (size_t) -1;
	n = fread(buf, 1, cap, f);
	fclose(f);
	return n;
}

/* Both paths on every *.txt under dir (recursively); counts pages and disagreements. */
static void
walk_pages(const char *dir, int *pages, int *differ)
{
	static char page[1 << 20];
	DIR		   *d = opendir(dir);
	struct dirent *e;

	while (d && (e = readdir(d)) != NULL)
	{
		char		path[1024];
		size_t		nlen = strlen(e->d_name);
		size_t		len;
		DIR		   *sub;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if ((sub = opendir(path)) != NULL)
		{
			closedir(sub);
			walk_pages(path, pages, differ);
			continue;
		}
		if (nlen < 5 || strcmp(e->d_name + nlen - 4, ".txt") != 0 ||
			(len = read_file(path, page, sizeof(page))) == (size_t) -1)
			continue;
		(*pages)++;
		for (int strict = 0; strict <= 1; strict++)
			if (!paths_agree(page, len, strict))
			{
				(*differ)++;
				printf("# %s (strict %d): the paths differ\n", path, strict);
			}
	}
	if (d)
		closedir(d);
}

static void
test_fixture_pages(void)
{
	int			pages = 0;
	int			differ = 0;

	walk_pages("test/fixtures", &pages, &differ);
	CHECK(pages >= 13 && differ == 0,
		  "every fixture page (%d, scrapes included), strict and not: the same snapshot as the rows give", pages);
}

static void
test_sample_page(void)
{
	static char page[1 << 20];
	size_t		len = read_file("test/fixtures/sample_page.txt", page, sizeof(page));
	FxSnapshot	s;
	TickerSnapError err;

	TickerSnapStatus st;

	snap_init(&s, &rows_heap);
	st = ticker_snapshot_build(page, len, 1, &s, &err);
	CHECK(st == TICKER_SNAP_OK, "the sample page: no error, strict");
	CHECK_STR(text_of(&s),
			  "{KGS/USD = 0.01144 0% x8 #1..36; TJS/USD = 0.10844 -0.46% x8 #2..37; "
			  "TMT/USD = 0.28571 0.28% x8 #3..38; KZT/USD = 0.00194 -0% x8 #4..39; "
			  "UZS/USD = 0.00008 0% x8 #5..40}", "5 quotes keyed by line, each seen 8 times");
	CHECK(s.total == 40 && s.kind == SNAP_KEY_POSITION, "40 rows, keyed by position");
	snap_free(&s);
}

static void
test_rejects(void)
{
	const char *page = "News of the day\r\n"
		"  • KGS/USD = 0.01144 0%\r\n"
		"  • KZT/USD = 0.00l94 -0%\r\n"
		"  • KGS/USD = 0.01144 0%\r\n"
		"kgs/usd = 0.01145 +0.1%";
	FxSnapshot	s;
	TickerSnapError err;
	TickerSnapStatus st;

	snap_init(&s, &rows_heap);
	st = ticker_snapshot_build(page, strlen(page), 0, &s, &err);
	CHECK(st == TICKER_SNAP_OK, "without strict a malformed quote line is skipped");
	CHECK_STR(text_of(&s), "{KGS/USD = 0.01145 0.1% x1 #5 | KGS/USD = 0.01144 0% x2 #2..4}",
			  "CRLF lines, a last line without terminator; a lower-case quote counts and, on the last line, is kept");
	snap_free(&s);
	snap_init(&s, &rows_heap);
	st = ticker_snapshot_build(page, strlen(page), 1, &s, &err);
	CHECK(st == TICKER_SNAP_REJECT && err.line_no == 3 && err.quote_err.status == FXQ_BAD_RATE,
		  "strict: the first malformed line (3) is reported with its reason");
	CHECK(err.len == strlen("  • KZT/USD = 0.00l94 -0%") && memcmp(err.line, "  • KZT", 7) == 0,
		  "the reported line is the page's line without its CRLF");
	snap_free(&s);
	snap_init(&s, &rows_heap);
	st = ticker_snapshot_build("no ticker here\n\n", 16, 1, &s, &err);
	CHECK(st == TICKER_SNAP_OK && s.n == 0, "a page without quotes leaves the snapshot empty");
	st = ticker_snapshot_build("", 0, 1, &s, &err);
	CHECK(st == TICKER_SNAP_OK && s.n == 0, "an empty page too");
	snap_free(&s);
}

static void
test_limits(void)
{
	const char *page = "KGS/USD = 0.01144 0%\nKZT/USD = 0.00194 -0%\nTJS/USD = 0.10844 -0.46%\n"
		"UZS/USD = 0.0000x 0%\n";
	SnapVariant room[2];
	FxSnapshot	s;
	TickerSnapError err;
	TickerSnapStatus st;
	int			agree;

	snap_init_fixed(&s, room, 2, NULL, 0);
	st = ticker_snapshot_build(page, strlen(page), 0, &s, &err);
	CHECK(st == TICKER_SNAP_LIMIT && err.status == SNAP_FULL, "fixed storage for 2 quotes: the third is refused");
	agree = paths_agree(page, strlen(page), 0);
	CHECK(agree, "with an allocator both paths agree on the page");
	snap_init_fixed(&s, room, 2, NULL, 0);
	st = ticker_snapshot_build(page, strlen(page), 1, &s, &err);
	CHECK(st == TICKER_SNAP_REJECT && err.line_no == 4,
		  "strict: a malformed line after the refusal is still what is reported, as parse_ticker reads the page first");
}

/* Random pages of ticker-like lines, some malformed, in every line style. */
static void
test_random_pages(void)
{
	static const char *lines[] = {
		"  • KGS/USD = 0.01144 0%", "  • KZT/USD = 0.00194 -0%", "TJS/USD 0.10844 -0.46%",
		"* UZS/USD = 0.00008 0%", "- TMT / USD = 0.28571 +0.28%", "kzt/usd=0.00193 −0.52%",
		"  • KZT/USD = 0.00193 -0.52%", "KGS/USD = 0.0114 0%", "KGS/USD = 0.01140 0%",
		"  • KZT/USD = 0.00l94 -0%", "UZS/USD = abc 0%", "EUR/USD = 1.08", "and/the rest of it",
		"• Kazakhstan – about 70,000", "", "Plain article text about the tenge.", "XXX/USD = 1 0%",
		"\xC2\xA0\xC2\xA0• RUB/USD = 0.0109 -0.1%", "USD/USD = 1 0%", "KGS/USD = 0.01144 0%\r",
	};
	static char page[1 << 14];
	int			ok = 1;

	for (int round = 0; round < 3000; round++)
	{
		size_t		len = 0;
		int			nlines = (int) next_random(60);

		for (int i = 0; i < nlines; i++)
		{
			const char *l = lines[next_random(sizeof(lines) / sizeof(lines[0]))];
			size_t		n = strlen(l);

			/* most pages are clean, so that strict pages get past the first line */
			if (round % 2 == 0 && (strstr(l, "0.00l") || strstr(l, "abc") || strstr(l, "1.08") ||
								   strstr(l, "XXX") || strstr(l, "USD/USD")))
				continue;
			memcpy(page + len, l, n);
			len += n;
			if (i + 1 < nlines || next_random(2))
				page[len++] = '\n';
		}
		for (int strict = 0; strict <= 1; strict++)
			ok &= paths_agree(page, len, strict);
	}
	CHECK(ok, "3000 random pages, strict and not: both paths agree");
}

int
main(void)
{
	test_fixture_pages();
	test_sample_page();
	test_rejects();
	test_limits();
	test_random_pages();
	UNIT_DONE();
}
