/*
 * fuzz_ticker_snapshot.c - a page of any bytes: ticker_snapshot and the row
 * path (parse_ticker's rows counted one by one, as snapshot_agg(quote,
 * line_no) counts them) agree, strict and not, on the outcome, the
 * snapshot (byte for byte) and the reported line.
 */
#include "fuzz.h"
#include "../core/ticker_rows.h"

static void
agree(const char *page, size_t len, int strict)
{
	FxSnapshot	direct;
	FxSnapshot	rows;
	TickerSnapError de;
	TickerSnapError re;
	TickerSnapStatus ds;

	snap_init(&direct, &rows_heap);
	snap_init(&rows, &rows_heap);
	ds = ticker_snapshot_build(page, len, strict, &direct, &de);
	FUZZ_ASSERT(ds == rows_snapshot(page, len, strict, &rows, &re));
	if (ds == TICKER_SNAP_OK)
	{
		FUZZ_ASSERT(rows_same_snapshot(&direct, &rows));
		FUZZ_ASSERT(snap_cmp_kept(&direct, &rows) == 0);
	}
	else if (ds == TICKER_SNAP_REJECT)
	{
		FUZZ_ASSERT(strict);
		FUZZ_ASSERT(de.line_no == re.line_no && de.line == re.line && de.len == re.len);
		FUZZ_ASSERT(de.quote_err.status == re.quote_err.status && de.quote_err.off == re.quote_err.off);
		FUZZ_ASSERT(de.line >= page && de.line + de.len <= page + len);
	}
	else
		FUZZ_ASSERT(de.status == re.status);
	snap_free(&direct);
	snap_free(&rows);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	agree((const char *) data, size, 0);
	agree((const char *) data, size, 1);
	return 0;
}
