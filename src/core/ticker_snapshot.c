/*
 * ticker_snapshot.c - a page's ticker snapshot in one pass; see ticker_snapshot.h.
 */
#include "ticker_snapshot.h"

#include <string.h>

static TickerSnapStatus
reject(TickerSnapError *err, const TickerLines *it, const char *line, size_t len,
	   const FxQuoteError *quote_err)
{
	err->line_no = it->line_no;
	err->line = line;
	err->len = len;
	err->quote_err = *quote_err;
	return TICKER_SNAP_REJECT;
}

TickerSnapStatus
ticker_snapshot_build(const char *page, size_t len, int strict, FxSnapshot *s, TickerSnapError *err)
{
	TickerLines it;
	const char *line;
	size_t		n;
	SnapStatus	refused = SNAP_OK;

	memset(err, 0, sizeof(*err));
	ticker_lines_init(&it, page, len);
	while (ticker_lines_next(&it, &line, &n))
	{
		FxQuote		q;
		FxQuoteError qerr;

		switch (ticker_parse_line(line, n, &q, &qerr))
		{
			case TICKER_QUOTE:
				if (refused == SNAP_OK)
					refused = snap_add(s, &q, SNAP_KEY_POSITION, it.line_no);
				if (refused != SNAP_OK && !strict)
				{
					err->status = refused;
					return TICKER_SNAP_LIMIT;
				}
				break;
			case TICKER_REJECT:
				if (strict)
					return reject(err, &it, line, n, &qerr);
				break;
			case TICKER_NOT:
				break;
		}
	}
	if (refused != SNAP_OK)
	{
		err->status = refused;
		return TICKER_SNAP_LIMIT;
	}
	snap_sort(s);
	return TICKER_SNAP_OK;
}
