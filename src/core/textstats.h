/*
 * textstats.h - word, sentence and paragraph counts of a text, and its
 * reading time (plain C99).
 *
 *   words       white-space separated tokens with at least one letter or
 *               digit ("Kassym-Jomart", "14–15" and "$10" are one word each;
 *               a lone "—" is none)
 *   sentences   a token ending in . ! ? or … (before closing quotes and
 *               brackets) ends a sentence, except initials and common
 *               abbreviations ("U.S.", "Mr.", "Jan."); a paragraph whose last
 *               sentence has no final punctuation (a sub-heading, a list)
 *               counts it as one
 *   paragraphs  runs of non-blank lines; lines holding only white space
 *               (NBSP too) are blank
 *   reading time  words / 238, the average silent reading rate of adults
 *               for English non-fiction (Brysbaert 2019, 238 words a minute),
 *               in tenths of a minute, rounded half up
 */
#ifndef EXR_TEXTSTATS_H
#define EXR_TEXTSTATS_H

#include <stddef.h>
#include <stdint.h>

#include "decimal.h"

#define TEXTSTATS_WORDS_PER_MINUTE 238

typedef struct TextStats
{
	int64_t		words;
	int64_t		sentences;
	int64_t		paragraphs;
} TextStats;

void		text_stats(const char *s, size_t len, TextStats *out);

/* Minutes to read `words` words, with one decimal: {tenths, 1}. */
dec			text_reading_minutes(int64_t words);

#endif
