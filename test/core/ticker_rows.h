/*
 * ticker_rows.h - for the core tests and the fuzz targets: a malloc-backed
 * snapshot allocator, and the row path that ticker_snapshot must agree
 * with: parse_ticker(page, strict) makes every row first (failing on the
 * first malformed quote line with strict), then snapshot_agg(quote,
 * line_no) counts the rows one by one.
 */
#ifndef EXR_TICKER_ROWS_H
#define EXR_TICKER_ROWS_H

#include <stdlib.h>
#include <string.h>

#include "snapshot.h"
#include "ticker_snapshot.h"

static inline void *
rows_heap_resize(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
	(void) ctx;
	(void) old_size;
	return realloc(ptr, new_size);
}

static inline void
rows_heap_release(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

static const SnapAllocator rows_heap = {rows_heap_resize, rows_heap_release, NULL};

/* The row path's outcome, in ticker_snapshot's terms (s as ticker_snapshot leaves it). */
static inline TickerSnapStatus
rows_snapshot(const char *page, size_t len, int strict, FxSnapshot *s, TickerSnapError *err)
{
	TickerLines it;
	const char *line;
	size_t		n;

	memset(err, 0, sizeof(*err));
	if (strict)
	{
		ticker_lines_init(&it, page, len);
		while (ticker_lines_next(&it, &line, &n))
			if (ticker_parse_line(line, n, NULL, &err->quote_err) == TICKER_REJECT)
			{
				err->line_no = it.line_no;
				err->line = line;
				err->len = n;
				return TICKER_SNAP_REJECT;
			}
	}
	ticker_lines_init(&it, page, len);
	while (ticker_lines_next(&it, &line, &n))
	{
		FxQuote		q;
		SnapStatus	st;

		if (ticker_parse_line(line, n, &q, NULL) != TICKER_QUOTE)
			continue;
		if ((st = snap_add(s, &q, SNAP_KEY_POSITION, it.line_no)) != SNAP_OK)
		{
			err->status = st;
			return TICKER_SNAP_LIMIT;
		}
	}
	snap_sort(s);
	return TICKER_SNAP_OK;
}

/* Do two sorted snapshots have the same binary form (hence the same text and =)? */
static inline int
rows_same_snapshot(const FxSnapshot *a, const FxSnapshot *b)
{
	size_t		na = snap_flat_size(a);
	size_t		nb = snap_flat_size(b);
	uint8_t    *fa;
	uint8_t    *fb;
	int			same;

	if (na != nb || a->total != b->total)
		return 0;
	fa = malloc(na);
	fb = malloc(nb);
	snap_flatten(a, fa);
	snap_flatten(b, fb);
	same = memcmp(fa, fb, na) == 0;
	free(fa);
	free(fb);
	return same;
}

#endif
