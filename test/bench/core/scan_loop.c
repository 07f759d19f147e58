/*
 * scan_loop.c - a benchmark loop over the core text scanners, without a
 * server: each page given as an argument (the fixture pages) is
 * scanned ROUNDS times by one scanner.  Run it under callgrind (make
 * core-bench): instruction counts are repeatable on a shared machine where
 * wall-clock times are not, so a change to a scanner can be compared
 * before/after to the instruction.
 *
 *   build/core/scan_loop currency|money|percent|articles|ticker|ticker_snapshot FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articles.h"
#include "currency_mentions.h"
#include "money_mentions.h"
#include "percent_mentions.h"
#include "ticker_snapshot.h"

#define ROUNDS 200

static long found;

static void
count_article(void *ctx, const ArticleHead *article)
{
	(void) ctx;
	(void) article;
	found++;
}

static void
ignore_text(void *ctx, const char *text, size_t len)
{
	(void) ctx;
	(void) text;
	(void) len;
}

static void
ignore_end(void *ctx, const ArticleHead *article)
{
	(void) ctx;
	(void) article;
}

static void
scan(const char *which, const char *s, size_t len)
{
	if (strcmp(which, "currency") == 0)
	{
		CurrencyScanner sc;
		CurrencyMention m;

		currency_scan_init(&sc, s, len);
		while (currency_scan_next(&sc, &m))
			found++;
	}
	else if (strcmp(which, "money") == 0)
	{
		MoneyScanner sc;
		MoneyMention m;

		money_scan_init(&sc, s, len);
		while (money_scan_next(&sc, &m))
			found++;
	}
	else if (strcmp(which, "percent") == 0)
	{
		PercentScanner sc;
		PercentMention m;

		percent_scan_init(&sc, s, len);
		while (percent_scan_next(&sc, &m))
			found++;
	}
	else if (strcmp(which, "ticker") == 0)
	{
		/* what parse_ticker does before it makes rows */
		TickerLines it;
		const char *line;
		size_t		n;
		FxQuote		q;

		ticker_lines_init(&it, s, len);
		while (ticker_lines_next(&it, &line, &n))
			found += ticker_parse_line(line, n, &q, NULL) == TICKER_QUOTE;
	}
	else if (strcmp(which, "ticker_snapshot") == 0)
	{
		/* the same reading, each quote counted into a snapshot */
		static SnapVariant room[64];
		FxSnapshot	snap;
		TickerSnapError err;

		snap_init_fixed(&snap, room, 64, NULL, 0);
		if (ticker_snapshot_build(s, len, 0, &snap, &err) == TICKER_SNAP_OK)
			found += snap.n;
	}
	else if (strcmp(which, "articles") == 0)
	{
		ArticleSink sink = {NULL, count_article, ignore_text, ignore_end};

		articles_split(s, len, NULL, &sink);
	}
	else
	{
		fprintf(stderr, "unknown scanner %s\n", which);
		exit(2);
	}
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	long		n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
		fseek(f, 0, SEEK_SET) != 0 || (buf = malloc((size_t) n + 1)) == NULL ||
		fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		perror(path);
		exit(2);
	}
	fclose(f);
	*len = (size_t) n;
	return buf;
}

int
main(int argc, char **argv)
{
	if (argc < 3)
	{
		fprintf(stderr, "usage: %s currency|money|percent|articles|ticker|ticker_snapshot FILE...\n", argv[0]);
		return 2;
	}
	for (int i = 2; i < argc; i++)
	{
		size_t		len;
		char	   *page = read_file(argv[i], &len);

		for (int r = 0; r < ROUNDS; r++)
			scan(argv[1], page, len);
		free(page);
	}
	printf("%s: %ld found in %d rounds\n", argv[1], found, ROUNDS);
	return 0;
}
