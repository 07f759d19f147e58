/*
 * fxquote.h - one ticker quote (plain C99, no PostgreSQL headers).
 *
 * 'TJS/USD = 0.10844 -0.46%': the rate of a pair as published, and the
 * published change in percent.  The change keeps its digits and the sign of
 * a zero: '-0%' says the rate fell by less than the published precision,
 * '+0%' that it rose by less, '0%' that it did not move.  Fixed 24 bytes.
 *
 * A quote is compared as published: two quotes are equal only when every
 * published digit and sign is the same ('-0%' <> '0%', and 0.0114 <> 0.01140
 * even though the two rates are equal as fxrate values).  The total order
 * is base, quote, rate value, change value (-0 < 0 < +0), rate digits,
 * change digits.
 */
#ifndef EXR_FXQUOTE_H
#define EXR_FXQUOTE_H

#include <stddef.h>
#include <stdint.h>

#include "decimal.h"
#include "fxrate.h"

/* The change has at most this many significant digits and decimals. */
#define FXQ_CHANGE_MAX_COEF  999999999
#define FXQ_CHANGE_MAX_SCALE 9

typedef struct FxQuote
{
	FxRate		rate;			/* pair and published rate (16 bytes) */
	int32_t		change_coef;	/* change in percent = coef * 10^-scale */
	uint8_t		change_scale;	/* published decimals of the change */
	int8_t		change_zero_sign;	/* coef == 0: -1 '-0%', 0 '0%', +1 '+0%'; else 0 */
	uint8_t		pad[2];			/* always zero */
} FxQuote;

typedef enum FxQuoteStatus
{
	FXQ_OK = 0,
	FXQ_BAD_PAIR,				/* not two three-letter codes around '/' */
	FXQ_UNKNOWN_CURRENCY,		/* three letters, but not a known ISO code */
	FXQ_SAME_CURRENCY,			/* 'USD/USD' */
	FXQ_MISSING_RATE,
	FXQ_BAD_RATE,				/* not a decimal number */
	FXQ_RATE_NOT_POSITIVE,
	FXQ_RATE_RANGE,				/* too many digits or decimals */
	FXQ_MISSING_CHANGE,
	FXQ_BAD_CHANGE,				/* not a number followed by '%' */
	FXQ_CHANGE_RANGE,			/* too many digits, or -100% and below */
	FXQ_TRAILING,				/* text after the change */
	FXQ_AMBIGUOUS_NUMBER,		/* '1,515': a decimal comma or a thousands separator? */
	FXQ_BAD_AMOUNT,				/* '100 KZT = ...': the unit form needs 1 */
	FXQ_MISSING_CODE			/* '1 USD = 515.46 +0.3%': no quote currency */
} FxQuoteStatus;

/* Why parsing failed, and where: s[off .. off+len) is the offending part. */
typedef struct FxQuoteError
{
	FxQuoteStatus status;
	size_t		off;
	size_t		len;
} FxQuoteError;

/* Longest text fxq_format writes, including the NUL. */
#define FXQUOTE_FORMAT_MAX 128
/* Longest text fxq_describe writes, including the NUL. */
#define FXQUOTE_DESCRIBE_MAX 160

/*
 * Parse exactly s[0..len), a quote in one of the layouts tickers use:
 *   'KGS/USD = 0.01144 0%'       the pair, an optional '=' or ':', the rate,
 *   'USD/KZT: 515.46 (+0.30%)'   the change;
 *   'USD/KZT 515.46 ▲0.30%'
 *   '1 USD = 515.46 KZT +0.30%'  one unit of the base, '=', the rate, the
 *                                quote currency, the change.
 * White space (NBSP and other Unicode spaces included) may surround every
 * part; codes are in any case, spaces allowed around '/'.  The change is a
 * number and '%' with a sign ('+', '-', U+2212 MINUS SIGN) or an arrow (▲ ▴ ↑
 * rise, ▼ ▾ ↓ fall; a sign after the arrow must agree), optionally in
 * parentheses.  Numbers take a decimal point or a decimal comma
 * ('0,00193', '−0,52%'); a comma that could as well separate thousands
 * ('1,515') is a decimal comma only when the quote's other number has one
 * too, and FXQ_AMBIGUOUS_NUMBER otherwise.  On FXQ_OK *out is set (padding
 * zeroed); otherwise *err says what and where (err may be NULL).
 */
FxQuoteStatus fxq_parse(const char *s, size_t len, FxQuote *out, FxQuoteError *err);

/*
 * Parse exactly a pair 'KGS/USD' (any case, white space around it and
 * around '/' allowed) into *base and *quote.
 */
FxQuoteStatus fxq_parse_pair(const char *s, size_t len, cur_code *base, cur_code *quote,
								 FxQuoteError *err);

/*
 * A phrase saying what is wrong, lower case, no final period, quoting the
 * offending part of s (truncated to a few dozen bytes):
 * 'rate "abc" is not a number'.  Returns its length.
 */
int			fxq_describe(const FxQuoteError *err, const char *s, size_t len, char *buf);

/* 'TJS/USD = 0.10844 -0.46%'.  Returns the length. */
int			fxq_format(const FxQuote *q, char *buf);

/* Is q a value fxq_parse could have produced?  (Validates binary input.) */
int			fxq_is_valid(const FxQuote *q);

/* Exact equality (every published digit and sign) and the total order. */
int			fxq_eq(const FxQuote *a, const FxQuote *b);
int			fxq_cmp(const FxQuote *a, const FxQuote *b);

/* Compare pairs only: base, then quote currency. */
int			fxq_pair_cmp(const FxQuote *a, const FxQuote *b);

/* The change as a decimal (a zero of either sign is plain zero). */
dec			fxq_change(const FxQuote *q);

/*
 * The rate before the change: rate / (1 + change/100), rounded half-even
 * once to full precision (FX_OUT_OF_RANGE if that leaves fxrate's range).
 */
FxStatus	fxq_previous_rate(const FxQuote *q, FxRate *out);

/* -1, 0 or 1: the sign of the change, '-0%' giving -1 and '+0%' giving 1. */
int			fxq_direction(const FxQuote *q);

#endif
