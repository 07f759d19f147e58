/*
 * currency_mentions.h - every place a text names a currency: by code
 * ("KZT"), by name ("tenge", "Kyrgyz som"), by sign ("$", "₸") or through
 * a country or demonym ("Kazakhstan", "Kazakh", "U.S.") (plain C99).
 *
 * Words match whole words only: "summary" and "summit" are not sums,
 * "Kyrgyz" is not found inside "Kyrgyzstan", "Tajikistan’s" is
 * Tajikistan and "U.S.-funded" is the U.S.  A country word followed by a
 * currency name is one name mention of that country's currency ("Hong Kong
 * dollar" is HKD, "Azerbaijani manat" AZN).  See currency_words.h for the
 * vocabulary and its ambiguities.
 */
#ifndef EXR_CURRENCY_MENTIONS_H
#define EXR_CURRENCY_MENTIONS_H

#include <stddef.h>

#include "currency.h"
#include "utf8_text.h"

typedef enum MentionVia
{
	VIA_CODE = 0,
	VIA_NAME,
	VIA_SYMBOL,
	VIA_COUNTRY
} MentionVia;

/* "code", "name", "symbol", "country" */
const char *mention_via_name(MentionVia via);

typedef struct CurrencyMention
{
	cur_code	currency;
	MentionVia	via;
	size_t		start;			/* byte offsets of the matched text */
	size_t		end;
	size_t		char_start;		/* 1-based character position of start */
} CurrencyMention;

typedef struct CurrencyScanner
{
	const char *s;
	size_t		len;
	size_t		pos;
	Utf8Cursor	cursor;
} CurrencyScanner;

void		currency_scan_init(CurrencyScanner *scan, const char *s, size_t len);

/* The next mention in text order, or 0 at the end. */
int			currency_scan_next(CurrencyScanner *scan, CurrencyMention *out);

#endif
