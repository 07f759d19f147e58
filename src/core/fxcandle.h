/*
 * fxcandle.h - an exact candle of one currency pair (plain C99, no
 * PostgreSQL headers).
 *
 * A candle summarizes the rates of one pair seen over a stretch of time:
 * the open (the rate seen first), the high, the low and the close (the rate
 * seen last), when each was seen, and how many rows made it.  Rates keep
 * their published digits, times are PostgreSQL timestamps (microseconds
 * since 2000-01-01 UTC, infinities allowed).
 *
 * Every field is the extreme of a total order on the rows (rate value, time,
 * and the rate's number of decimals, so that 0.0114 and 0.01140, equal as
 * values, still have a fixed order: fewer decimals first):
 *
 *   open   the least by  (time, value, decimals)
 *   close  the greatest by (time, value, decimals)
 *   high   the greatest value; among equal values the earliest time
 *          (high_at is the first time the high was seen), then the most decimals
 *   low    the least value; among equal values the earliest time, then the
 *          fewest decimals
 *
 * So at equal times the open is the lowest rate and the close the highest,
 * and the candle of a set of rows does not depend on their order or on how
 * they were split and merged: adding a row and merging candles are
 * commutative and associative.
 *
 * The value is 80 bytes with no padding (every byte is defined), stored and
 * passed by reference as it is.  A candle is valid exactly when some rows
 * make it, which is when its four points alone make it again (with the same
 * n or fewer rows): fxc_is_valid checks that, and text and binary input both
 * refuse anything else.
 */
#ifndef EXR_FXCANDLE_H
#define EXR_FXCANDLE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "decimal.h"
#include "fxquote.h"
#include "fxrate.h"

/* The four points, in the order of the text form. */
enum
{
	FXC_OPEN = 0,
	FXC_HIGH = 1,
	FXC_LOW = 2,
	FXC_CLOSE = 3
};

typedef struct FxCandle
{
	int64_t		coef[4];		/* rate of each point: coef * 10^-scale, > 0 */
	int64_t		at[4];			/* when it was seen */
	int64_t		n;				/* rows, >= 1 */
	cur_code	base;
	cur_code	quote;
	uint8_t		scale[4];		/* decimals of each rate, as published */
} FxCandle;

typedef enum FxCandleStatus
{
	FXC_OK = 0,
	FXC_PAIR_MISMATCH,			/* a rate or candle of another pair */
	FXC_COUNT_OVERFLOW,			/* more than INT64_MAX rows */
	FXC_BAD_VERSION,			/* binary form of an unknown version */
	FXC_BAD_FORMAT				/* binary form malformed or inconsistent */
} FxCandleStatus;

/* ---- comparing rates: value, then decimals (fewer first) ------------------ */

/* Rate values of different scales (out of line: rare). */
int			fxc_value_cmp_scaled(int64_t ca, int sa, int64_t cb, int sb);

static inline int
fxc_value_cmp(int64_t ca, int sa, int64_t cb, int sb)
{
	if (sa == sb)
		return (ca > cb) - (ca < cb);
	return fxc_value_cmp_scaled(ca, sa, cb, sb);
}

/*
 * Does the point (coef, scale, at) replace point f of c?  One or two
 * comparisons in the common case (same scale, different times).
 */
static inline int
fxc_beats(const FxCandle *c, int f, int64_t coef, int scale, int64_t at)
{
	int			v;

	if (f == FXC_OPEN || f == FXC_CLOSE)
	{
		if (at != c->at[f])
			return f == FXC_OPEN ? at < c->at[f] : at > c->at[f];
		v = fxc_value_cmp(coef, scale, c->coef[f], c->scale[f]);
		if (v == 0)
			v = (scale > c->scale[f]) - (scale < c->scale[f]);
		return f == FXC_OPEN ? v < 0 : v > 0;
	}
	v = fxc_value_cmp(coef, scale, c->coef[f], c->scale[f]);
	if (v != 0)
		return f == FXC_HIGH ? v > 0 : v < 0;
	if (at != c->at[f])
		return at < c->at[f];
	return f == FXC_HIGH ? scale > c->scale[f] : scale < c->scale[f];
}

static inline void
fxc_offer(FxCandle *c, int f, int64_t coef, int scale, int64_t at)
{
	if (fxc_beats(c, f, coef, scale, at))
	{
		c->coef[f] = coef;
		c->scale[f] = (uint8_t) scale;
		c->at[f] = at;
	}
}

/* ---- building ---------------------------------------------------------------- */

/* The candle of one row (r valid, at a valid timestamp). */
void		fxc_init(FxCandle *c, const FxRate *r, int64_t at);

/* fxc_add for any row (out of line: a rate with other decimals than the candle's). */
FxCandleStatus fxc_add_general(FxCandle *c, const FxRate *r, int64_t at);

/*
 * Add one row.  Inline: it runs once per row of the aggregate, and a call
 * across files goes through the PLT in a shared library.  The common row
 * has the decimals of every point so far (one comparison of the four
 * scales at once): then values compare as coefficients, and equal values
 * are the same rate, so each point costs a comparison or two.
 */
static inline FxCandleStatus
fxc_add(FxCandle *c, const FxRate *r, int64_t at)
{
	uint32_t	scales;
	int64_t		coef = r->coef;

	memcpy(&scales, c->scale, sizeof(scales));
	if (r->base != c->base || r->quote != c->quote || c->n == INT64_MAX ||
		scales != (uint32_t) r->scale * 0x01010101u)
		return fxc_add_general(c, r, at);
	c->n++;
	if (at > c->at[FXC_CLOSE] || (at == c->at[FXC_CLOSE] && coef > c->coef[FXC_CLOSE]))
	{
		c->coef[FXC_CLOSE] = coef;
		c->at[FXC_CLOSE] = at;
	}
	if (at < c->at[FXC_OPEN] || (at == c->at[FXC_OPEN] && coef < c->coef[FXC_OPEN]))
	{
		c->coef[FXC_OPEN] = coef;
		c->at[FXC_OPEN] = at;
	}
	if (coef > c->coef[FXC_HIGH] || (coef == c->coef[FXC_HIGH] && at < c->at[FXC_HIGH]))
	{
		c->coef[FXC_HIGH] = coef;
		c->at[FXC_HIGH] = at;
	}
	if (coef < c->coef[FXC_LOW] || (coef == c->coef[FXC_LOW] && at < c->at[FXC_LOW]))
	{
		c->coef[FXC_LOW] = coef;
		c->at[FXC_LOW] = at;
	}
	return FXC_OK;
}

/* dst := the candle of dst's rows and src's rows.  dst unchanged on error. */
FxCandleStatus fxc_merge(FxCandle *dst, const FxCandle *src);

/* ---- reading ----------------------------------------------------------------- */

/* Point f's rate (FXC_OPEN .. FXC_CLOSE). */
FxRate		fxc_rate(const FxCandle *c, int f);

/* 100 * (close - open) / open, as pct_change(close, open) computes it. */
FxStatus	fxc_change_pct(const FxCandle *c, dec *out);

/* ---- validity, equality, order --------------------------------------------------- */

/*
 * -1 when c is a candle some rows make; else what is wrong with it: one of
 * FXC_OPEN .. FXC_CLOSE (that point is not the extreme of the four points),
 * FXC_FIELD_N (n is below the number of distinct points), FXC_FIELD_VALUE
 * (a field out of range: currency, rate, scale or time).
 */
#define FXC_FIELD_N     4
#define FXC_FIELD_VALUE 5
int			fxc_inconsistency(const FxCandle *c);

static inline int
fxc_is_valid(const FxCandle *c)
{
	return fxc_inconsistency(c) < 0;
}

/*
 * The order: pair, open_at, close_at, then the open, close, high and low
 * values, high_at, low_at, n.  0 is equality as fxrate's: the same pair,
 * times and n, and rates equal in value (0.0114 = 0.01140).
 */
int			fxc_cmp(const FxCandle *a, const FxCandle *b);

/* The form equal candles share (each rate normalized): hash its bytes. */
FxCandle	fxc_canonical(const FxCandle *c);

/* ---- text form ---------------------------------------------------------------
 *   KZT/USD open 0.00194 @2025-12-09T03:00:00Z high 0.00196 @2025-12-09T07:00:00Z
 *   low 0.00193 @2025-12-09T05:00:00Z close 0.00195 @2025-12-09T15:00:00Z n 6
 * (one line).  Rates keep their digits, times are ISO 8601 in UTC
 * (utctime.h), so the text reads back to the same bytes on any server.
 * Input takes any white space between the parts and keywords in any case.
 */
#define FXC_FORMAT_MAX 512

/* Write c (valid) into buf.  Returns the length. */
int			fxc_format(const FxCandle *c, char *buf);

typedef enum FxCandleSyntax
{
	FXC_SYN_OK = 0,
	FXC_SYN_PAIR,				/* the pair does not parse (see pair_err) */
	FXC_SYN_KEYWORD,			/* expected the keyword of `field` */
	FXC_SYN_RATE,				/* not a decimal number */
	FXC_SYN_RATE_NOT_POSITIVE,
	FXC_SYN_RATE_RANGE,			/* too many digits or decimals */
	FXC_SYN_TIME,				/* not '@' and a time as utctime writes it */
	FXC_SYN_COUNT,				/* n is not a whole number >= 1 */
	FXC_SYN_COUNT_RANGE,		/* n above INT64_MAX */
	FXC_SYN_TRAILING,			/* text after n */
	FXC_SYN_INCONSISTENT		/* parses, but no rows make it (see field) */
} FxCandleSyntax;

typedef struct FxCandleParseError
{
	FxCandleSyntax syntax;
	int			field;			/* FXC_OPEN .. FXC_CLOSE, FXC_FIELD_N, or -1 (the pair) */
	size_t		off;			/* the offending part: text[off .. off + len) */
	size_t		len;
	FxQuoteError pair_err;		/* FXC_SYN_PAIR: offsets relative to the text */
} FxCandleParseError;

/* Parse exactly len bytes. */
FxCandleSyntax fxc_parse(const char *s, size_t len, FxCandle *out, FxCandleParseError *err);

/* A phrase for a parse error (lower case, no final period).  Returns its length. */
#define FXC_DESCRIBE_MAX 256
int			fxc_describe(const FxCandleParseError *err, const char *s, size_t len, char *buf);

/* ---- binary form ---------------------------------------------------------------
 * FXC_FLAT_SIZE bytes: the version byte (FXC_FORMAT_VERSION), base and quote
 * as three upper-case letters each, then for open, high, low and close the
 * scale (1 byte), the coefficient and the time (8 bytes each, big-endian),
 * then n (8 bytes, big-endian).
 */
#define FXC_FORMAT_VERSION 1
#define FXC_FLAT_SIZE (1 + 3 + 3 + 4 * (1 + 8 + 8) + 8)

void		fxc_flatten(const FxCandle *c, uint8_t buf[FXC_FLAT_SIZE]);

/* Read and validate (exactly as text input validates). */
FxCandleStatus fxc_unflatten(const uint8_t *buf, size_t len, FxCandle *out);

#endif
