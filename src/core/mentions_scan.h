/*
 * mentions_scan.h - the pieces the mention scanners share: numbers as
 * written in English news ("70,000", "3.5", "1.2"), scale words
 * ("billion", "bn", "m") and word ends (plain C99).
 */
#ifndef EXR_MENTIONS_SCAN_H
#define EXR_MENTIONS_SCAN_H

#include <stddef.h>

#include "decimal.h"

/* Longest number text ms_number accepts (longer is out of range anyway). */
#define MS_NUMBER_MAX_BYTES 64

/*
 * Is s[pos] the first digit of a number: a digit not preceded by a letter,
 * a digit, "." or "," (so "COVID19", "1,5" and "3.14" are not entered
 * in the middle)?
 */
int			ms_number_start(const char *s, size_t len, size_t pos);

/*
 * The number at s[pos] (a digit): digits, optional thousands groups
 * (",ddd" as English writes them, or " ddd" with a space, NBSP, narrow
 * NBSP or thin space as Russian does: "1 500", "10 000 000"; at most
 * three digits before the first group), then an optional decimal point or
 * decimal comma (".5", ",5": "3,5", "0,52"; ",ddd" after a whole part
 * other than 0 is a thousands group: "1,500").  *end is set past it in any
 * case.  Returns 0 when it is not one clean number ("1.2.3", "1,5,6",
 * "1234,567") or has more digits than a decimal holds.
 */
int			ms_number(const char *s, size_t len, size_t pos, dec *value, size_t *end);

/* Result of ms_scale. */
typedef enum MsScale
{
	MS_SCALE_NONE = 0,			/* nothing: the number stands alone */
	MS_SCALE_FOUND,				/* "billion", " bn", "m" (attached) ... */
	MS_SCALE_JUNK				/* letters glued to the number: "10cc", "2nd" */
} MsScale;

/*
 * A scale word after a number ending at pos: attached ("3.5m", "2bn",
 * "10k") or after white space ("10 billion", "5 mn", "3,5 млн", "1,2
 * млрд", "15 тыс.", "2 миллиона").  *exp10 receives 3, 6, 9 or 12 and
 * *end the end of the word (with the point of a Russian abbreviation).
 */
MsScale		ms_scale(const char *s, size_t len, size_t pos, int *exp10, size_t *end);

/*
 * Is w[0..wlen) a scale word ("million", "bn"; with attached, also the
 * single letters "k", "m", "b"; Russian "тыс", "млн", "млрд", "трлн" and
 * "тысяча", "миллион", "миллиард", "триллион" in every form, any case)?
 * *exp10 receives its power of ten.
 */
int			ms_scale_word(const char *w, size_t wlen, int attached, int *exp10);

/* value * 10^exp10, exactly; 0 if it does not fit a dec. */
int			ms_scale_value(dec value, int exp10, dec *out);

/* End of the word (letters and digits) starting at pos. */
size_t		ms_word_end(const char *s, size_t len, size_t pos);

#endif
