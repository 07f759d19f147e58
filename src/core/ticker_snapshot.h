/*
 * ticker_snapshot.h - a page's ticker snapshot in one pass (plain C99).
 *
 * The snapshot that snapshot_agg(quote, line_no) builds over
 * parse_ticker(page, strict): every quote line counted once with its line
 * number as the key (SNAP_KEY_POSITION), malformed quote lines skipped, or
 * with strict the first of them reported, as parse_ticker reports it.  It
 * is built straight from the lines, without making a row per quote.
 */
#ifndef EXR_TICKER_SNAPSHOT_H
#define EXR_TICKER_SNAPSHOT_H

#include <stddef.h>
#include <stdint.h>

#include "snapshot.h"
#include "ticker.h"

typedef enum TickerSnapStatus
{
	TICKER_SNAP_OK = 0,
	TICKER_SNAP_REJECT,			/* strict: a malformed quote line (see reject) */
	TICKER_SNAP_LIMIT			/* the snapshot refused a quote (see status) */
} TickerSnapStatus;

/* What went wrong, for the caller's message. */
typedef struct TickerSnapError
{
	SnapStatus	status;			/* TICKER_SNAP_LIMIT: why */
	int32_t		line_no;		/* TICKER_SNAP_REJECT: the line, 1-based */
	const char *line;			/* ... its text (in the page, without terminator) */
	size_t		len;
	FxQuoteError quote_err;		/* ... and why it does not parse (offsets in the line) */
} TickerSnapError;

/*
 * Count every quote of the page into s, an empty snapshot with an
 * allocator or fixed storage (SNAP_FULL comes back as TICKER_SNAP_LIMIT).
 * With strict, a malformed quote line anywhere in the page is reported
 * even when the snapshot refused a quote before it (parse_ticker reads the
 * whole page before snapshot_agg sees a row).  A page without quotes
 * leaves s empty (snapshot_agg over no rows is NULL: the caller decides).
 */
TickerSnapStatus ticker_snapshot_build(const char *page, size_t len, int strict, FxSnapshot *s,
								 TickerSnapError *err);

#endif
