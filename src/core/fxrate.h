/*
 * fxrate.h - the rate of a currency pair (plain C99, no PostgreSQL headers).
 *
 * 'KGS/USD 0.01144' means 1 KGS = 0.01144 USD.  Fixed 16 bytes.
 *
 * The value is a dec (see decimal.h) stored as coef and scale: published
 * rates keep their digits (0.01144 stays 0.01144, scale 5), derived rates
 * (inverse, chain, cross, percent moves) are rounded half-even to 18
 * significant digits and at most DEC_MAX_SCALE decimals, so scale <= 30
 * always fits in a uint8.
 */
#ifndef EXR_FXRATE_H
#define EXR_FXRATE_H

#include "currency.h"
#include "decimal.h"

typedef struct FxRate
{
	int64_t		coef;			/* value = coef * 10^-scale, > 0 */
	cur_code	base;
	cur_code	quote;
	uint8_t		scale;
	uint8_t		pad[3];			/* always zero */
} FxRate;

static inline dec
fxrate_value(const FxRate *r)
{
	dec			d = {r->coef, r->scale};

	return d;
}

/*
 * Outcomes of the fxrate and fxamount operations.  The glue maps them to
 * SQLSTATEs: the parse errors to 22P02, FX_OUT_OF_RANGE to 22003, the
 * mismatches and FX_NOT_POSITIVE (from an operation) to 22023.
 */
typedef enum FxStatus
{
	FX_OK = 0,
	FX_BAD_FORMAT,				/* not "BASE/QUOTE RATE" (or "AMOUNT CUR") */
	FX_BAD_BASE,				/* base (or the amount's currency) is not three letters */
	FX_UNKNOWN_BASE,			/* three letters, not a known ISO 4217 code */
	FX_BAD_QUOTE,
	FX_UNKNOWN_QUOTE,
	FX_SAME_CURRENCY,			/* base = quote */
	FX_BAD_NUMBER,				/* the number is not a plain decimal */
	FX_NOT_POSITIVE,			/* a rate must be > 0 */
	FX_OUT_OF_RANGE,			/* too many digits, too large, or too small */
	FX_PAIR_MISMATCH,			/* rates or amounts whose currencies do not fit */
	FX_DIV_ZERO,
	FX_NOT_STORABLE				/* a known currency an amount cannot hold (no storage id) */
} FxStatus;

/* Where in the input the offending part is (for error details). */
typedef struct FxSpan
{
	size_t		off;
	size_t		len;
} FxSpan;

/*
 * A pair's name, "KGS/USD": 7 characters and a NUL into buf (FXR_PAIR_NAME_MAX
 * bytes).  Returns 7.  The one place a pair is spelt, for formats and messages.
 */
#define FXR_PAIR_NAME_LEN 7
#define FXR_PAIR_NAME_MAX (FXR_PAIR_NAME_LEN + 1)
int			fxr_pair_name(cur_code base, cur_code quote, char *buf);

/* Longest text fxr_format writes, including the NUL. */
#define FXR_FORMAT_MAX (8 + DEC_FORMAT_MAX)

/*
 * Parse exactly len bytes: "KGS/USD 0.01144", "KGS/USD = 0.01144",
 * "kgs/usd=0.01144", with any ASCII white space around the parts.  On error
 * *bad (if not NULL) spans the offending part.
 */
FxStatus	fxr_parse(const char *s, size_t len, FxRate *out, FxSpan *bad);

/* "KGS/USD 0.01144". Returns the length. */
int			fxr_format(const FxRate *r, char *buf);

/* Build from parts, validating like input does. */
FxStatus	fxr_make(cur_code base, cur_code quote, dec value, FxRate *out);

/* Is every field valid (what recv must check)? */
int			fxr_is_valid(const FxRate *r);

/* Total order: base, quote, then value (scale-insensitive). */
int			fxr_cmp(const FxRate *a, const FxRate *b);

/* The canonical form (value normalized, pad zeroed) that equal rates share: hash this. */
FxRate		fxr_canonical(const FxRate *r);

/* QUOTE/BASE 1/value. */
FxStatus	fxr_inverse(const FxRate *r, FxRate *out);

/*
 * Chain A/B * B/C -> A/C (either order: B/C * A/B is the same rate).
 * FX_PAIR_MISMATCH if neither rate's quote is the other's base.
 */
FxStatus	fxr_chain(const FxRate *a, const FxRate *b, FxRate *out);

/*
 * Cross A/C / B/C -> A/B (shared quote), or C/A / C/B -> B/A (shared base).
 * FX_PAIR_MISMATCH otherwise.
 */
FxStatus	fxr_cross(const FxRate *a, const FxRate *b, FxRate *out);

/* 100 * (new - old) / old for two rates of the same pair. */
FxStatus	fxr_pct_change(const FxRate *new_rate, const FxRate *old_rate, dec *out);

/* The rate moved by pct percent; FX_NOT_POSITIVE if pct <= -100. */
FxStatus	fxr_move_pct(const FxRate *r, dec pct, FxRate *out);

/* Round half-even to `scale` decimals; FX_OUT_OF_RANGE if it rounds to zero. */
FxStatus	fxr_round(const FxRate *r, int scale, FxRate *out);

/*
 * Half a unit of the last published digit relative to the rate: how far
 * off the published figure may be (UZS/USD 0.00008 -> 0.0625).
 */
FxStatus	fxr_error_bound(const FxRate *r, dec *out);

#endif
