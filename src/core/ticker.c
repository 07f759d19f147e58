/*
 * ticker.c - recognising and parsing ticker lines.  PLACEHOLDER: the ticker
 * issue replaces this with the real parser; until then nothing is a ticker
 * line.
 */
#include "ticker.h"

TickerLineKind
ticker_classify_line(const char *line, size_t len)
{
	(void) line;
	(void) len;
	return TICKER_NOT;
}
