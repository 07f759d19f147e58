/*
 * ticker.h - recognising and parsing ticker lines (plain C99).
 *
 * A ticker line is one quote of the page's currency carousel:
 *   "  • KGS/USD = 0.01144 0%"   "TMT/USD 0.28571 +0.28%"   "KZT/USD = 0.00194 −0%"
 *   "USD/KZT 515.46 ▲0.30%"   "USD/KZT: 515.46 (+0.30%)"   "1 USD = 515.46 KZT +0.30%"
 *   "KZT/USD = 0,00193 −0,52%"
 * Article text such as "• Kazakhstan – close to 70,000" is not.
 *
 * A line is: optional indentation (spaces, tabs, NBSP and the other Unicode
 * spaces), bullets ('•' U+2022, '*', '-', '·' U+00B7), then a
 * quote as fxq_parse reads it (every layout above).  A line that starts
 * (after indentation and bullet) with an upper-case pair such as 'KGS/USD',
 * or with an amount, an upper-case code and '=' ('1 USD =', '100 KZT ='),
 * looks like a quote: if it does not parse, it is a reject, never silently
 * dropped.  Lower-case
 * pairs ('kgs/usd = 0.01144 0%') are accepted when the whole line parses,
 * but a malformed lower-case line ('and/the rest ...') is prose, not a
 * reject.
 */
#ifndef EXR_TICKER_H
#define EXR_TICKER_H

#include <stddef.h>
#include <stdint.h>

#include "fxquote.h"

typedef enum TickerLineKind
{
	TICKER_NOT = 0,				/* not a ticker line at all */
	TICKER_QUOTE,				/* a well-formed quote */
	TICKER_REJECT				/* looks like a quote but is malformed */
} TickerLineKind;

/*
 * Classify one line (without its line terminator; may end in '\r').
 * The line is UTF-8; invalid UTF-8 is the caller's concern (invalid bytes
 * are never taken for spaces, bullets or quote syntax).
 */
TickerLineKind ticker_classify_line(const char *line, size_t len);

/*
 * Classify and parse one line.  TICKER_QUOTE sets *quote; TICKER_REJECT
 * sets *err, whose offset is relative to `line` (describe it with
 * fxq_describe(err, line, len, buf)).  quote and err may be NULL.
 */
TickerLineKind ticker_parse_line(const char *line, size_t len, FxQuote *quote, FxQuoteError *err);

/*
 * Walk a page line by line.  Lines end at LF; a CR before the LF is dropped
 * (CRLF pages), and the last line needs no terminator.  An empty page has
 * no lines.
 */
typedef struct TickerLines
{
	const char *page;
	size_t		len;
	size_t		pos;
	int32_t		line_no;		/* of the line last returned, 1-based */
} TickerLines;

void		ticker_lines_init(TickerLines *it, const char *page, size_t len);

/* The next line (without its terminator) into *line and *len; 0 at the end. */
int			ticker_lines_next(TickerLines *it, const char **line, size_t *len);

#endif
