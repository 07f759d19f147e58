/*
 * percent_mentions.h - percentages in text (plain C99).
 *
 * A number followed by "%", "％", "percent", "per cent" or "pct", with an
 * optional sign ("-0.5%", "−0%", "+0.28%") and an optional hedge before it
 * that becomes part of the matched text ("nearly 84%", "more than 50%",
 * "about 4%"; the value is the number: 84, 50, 4).  "10–15%" is 15%.
 */
#ifndef EXR_PERCENT_MENTIONS_H
#define EXR_PERCENT_MENTIONS_H

#include <stddef.h>

#include "decimal.h"
#include "utf8_text.h"

typedef struct PercentMention
{
	dec			value;			/* 24 for "24%", -0.5 for "-0.5%" */
	size_t		start;			/* byte offsets of the matched text */
	size_t		end;
	size_t		char_start;		/* 1-based character position of start */
} PercentMention;

typedef struct PercentScanner
{
	const char *s;
	size_t		len;
	size_t		pos;
	Utf8Cursor	cursor;
} PercentScanner;

void		percent_scan_init(PercentScanner *scan, const char *s, size_t len);

/* The next percentage in text order, or 0 at the end. */
int			percent_scan_next(PercentScanner *scan, PercentMention *out);

#endif
