/*
 * ticker.h - recognising and parsing ticker lines (plain C99).
 *
 * A ticker line is one quote of the page's currency carousel:
 *   "  • KGS/USD = 0.01144 0%"   "TMT/USD 0.28571 +0.28%"   "KZT/USD = 0.00194 −0%"
 * Article text such as "• Kazakhstan – approximately 70,000" is not.
 */
#ifndef EXR_TICKER_H
#define EXR_TICKER_H

#include <stddef.h>

typedef enum TickerLineKind
{
	TICKER_NOT = 0,				/* not a ticker line at all */
	TICKER_QUOTE,				/* a well-formed quote */
	TICKER_REJECT				/* looks like a quote but is malformed */
} TickerLineKind;

/*
 * Classify one line (without its line terminator; may end in '\r').
 * The line is UTF-8; invalid UTF-8 is the caller's concern.
 */
TickerLineKind ticker_classify_line(const char *line, size_t len);

#endif
