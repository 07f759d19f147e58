/*
 * ticker_snapshot.c - ticker_snapshot(page, strict): a page's snapshot in
 * one call, the value snapshot_agg(quote, line_no) builds over
 * parse_ticker(page, strict), with the same rejects and errors, built
 * straight from the page (core/ticker_snapshot.h) without making a row per
 * quote.  Like the aggregate over no rows, a page without quotes gives NULL.
 */
#include "compat.h"

#include "fxsnapshot.h"
#include "textio.h"
#include "ticker.h"
#include "core/ticker_snapshot.h"

PG_FUNCTION_INFO_V1(ticker_snapshot);

Datum
ticker_snapshot(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "page");
	FxSnapshot	s;
	TickerSnapError err;

	fxsnapshot_init(&s);
	switch (ticker_snapshot_build(page, len, PG_GETARG_BOOL(1), &s, &err))
	{
		case TICKER_SNAP_OK:
			break;
		case TICKER_SNAP_REJECT:
			ticker_report_bad_line(err.line_no, err.line, err.len, &err.quote_err);
			break;
		case TICKER_SNAP_LIMIT:
			fxsnapshot_check(err.status, SNAP_KEY_POSITION);
			break;
	}
	if (s.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(fxsnapshot_datum(&s));
}
