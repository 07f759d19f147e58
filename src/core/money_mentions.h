/*
 * money_mentions.h - amounts of money in text (plain C99).
 *
 * An amount is a number tied to a currency:
 *   sign or code before:  "$10 billion", "€3.5m", "US$5 mn", "USD 5 million", "KZT 1,500"
 *   name or code after:   "70,000 tenge", "1.2 trillion soums", "5 million Kazakh tenge",
 *                         "10 billion U.S. dollars", "2,000 KZT", "500 ₽"
 * Scale words multiply exactly ("$10 billion" is 10000000000 USD, "€3.5m"
 * 3500000 EUR); an amount too large for an fxamount (15 digits) is skipped,
 * never wrapped.  A number without a currency (a year, "600,000 Kyrgyz
 * citizens") and a currency without a number ("billions of dollars") are
 * not amounts.  Signs are ignored: amounts are what the text names.
 */
#ifndef EXR_MONEY_MENTIONS_H
#define EXR_MONEY_MENTIONS_H

#include <stddef.h>

#include "currency.h"
#include "decimal.h"
#include "utf8_text.h"

typedef struct MoneyMention
{
	dec			amount;			/* exact, as written times its scale word */
	cur_code	currency;
	size_t		start;			/* byte offsets of the matched text */
	size_t		end;
	size_t		char_start;		/* 1-based character position of start */
} MoneyMention;

typedef struct MoneyScanner
{
	const char *s;
	size_t		len;
	size_t		pos;
	Utf8Cursor	cursor;
} MoneyScanner;

void		money_scan_init(MoneyScanner *scan, const char *s, size_t len);

/* The next amount in text order, or 0 at the end. */
int			money_scan_next(MoneyScanner *scan, MoneyMention *out);

#endif
