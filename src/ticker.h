/*
 * ticker.h (glue) - what the ticker's functions share with ticker_snapshot.
 */
#ifndef EXR_GLUE_TICKER_H
#define EXR_GLUE_TICKER_H

#include "compat.h"

#include "core/fxquote.h"

/* The strict error for a malformed quote line (22P02), as parse_ticker(page, true) raises it. */
extern void ticker_report_bad_line(int32 line_no, const char *line, size_t len,
								   const FxQuoteError *err);

#endif
