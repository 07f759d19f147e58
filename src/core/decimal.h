/*
 * decimal.h - exact decimal fixed point on 64/128-bit integers
 * (plain C99 plus the compiler's __int128; no PostgreSQL headers).
 *
 * A value is coef * 10^-scale with |coef| <= DEC_MAX_COEF (18 digits) and
 * 0 <= scale <= DEC_MAX_SCALE.  The scale is the number of digits after the
 * point as published: 0.01144 is {1144, 5} and 87.40 is {8740, 2}, so a value
 * prints back with the digits it was read with.  Equal values with different
 * scales (0.0114 and 0.01140) compare equal and hash equal (hash the
 * normalized form).
 *
 * Derived values (products, quotients, inverses) are rounded half-even to
 * DEC_MAX_DIGITS significant digits (and at most DEC_MAX_SCALE decimals),
 * then normalized (trailing zeros removed).  Nothing is ever rounded silently
 * on input: input needing more digits or outside the range is DEC_OVERFLOW.
 */
#ifndef EXR_DECIMAL_H
#define EXR_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

typedef __int128 int128_t;

#define DEC_MAX_DIGITS 18
#define DEC_MAX_COEF   INT64_C(999999999999999999)		/* 10^18 - 1 */
#define DEC_MAX_SCALE  30

typedef struct dec
{
	int64_t		coef;
	int32_t		scale;			/* 0 .. DEC_MAX_SCALE */
} dec;

typedef enum DecStatus
{
	DEC_OK = 0,
	DEC_SYNTAX,					/* not a decimal number */
	DEC_OVERFLOW,				/* too many digits, or out of range */
	DEC_DIV_ZERO
} DecStatus;

/* Longest text dec_format can write, including the NUL. */
#define DEC_FORMAT_MAX 64

/*
 * Parse exactly len bytes: optional sign (+, -), digits, optional '.' and
 * digits (at least one digit in all).  No white space, no exponent.
 * Leading zeros do not count as significant digits; trailing zeros after the
 * point do (they are kept in the scale).
 */
DecStatus	dec_parse(const char *s, size_t len, dec *out);

/* Plain notation, never exponent: "-0.00194", "87.40", "0". Returns length. */
int			dec_format(dec v, char *buf);

/* -1, 0, 1 by value (scale-insensitive). */
int			dec_cmp(dec a, dec b);

/* 10^0 .. 10^DEC_POW10_I64_MAX: 10^18 is the largest power of ten in an int64. */
#define DEC_POW10_I64_MAX 18
extern const int64_t dec_pow10_i64[DEC_POW10_I64_MAX + 1];

/*
 * Remove trailing zeros from the fraction (canonical form, for hashing).
 * Inline with the other helpers of the hot paths (conversion and sums run
 * once per row; a call across files goes through the PLT in a .so).
 */
static inline dec
dec_normalize(dec v)
{
	if (v.coef == 0)
	{
		v.scale = 0;
		return v;
	}
	while (v.scale > 0 && v.coef % 10 == 0)
	{
		v.coef /= 10;
		v.scale--;
	}
	return v;
}

/*
 * Exact; DEC_OVERFLOW if the exact result does not fit.  Result scale is the
 * max of the two (trailing zeros are dropped only where that is what makes
 * the exact result fit in DEC_MAX_DIGITS digits).
 */
DecStatus	dec_add(dec a, dec b, dec *out);
DecStatus	dec_sub(dec a, dec b, dec *out);

/* Rounded half-even to full precision, normalized. */
DecStatus	dec_mul(dec a, dec b, dec *out);
DecStatus	dec_div(dec a, dec b, dec *out);

/* Round half-even to at most `scale` decimals (scale may be negative: tens, hundreds...). */
DecStatus	dec_round(dec v, int scale, dec *out);

/*
 * Build from an int128 coefficient and scale (any scale, negative too),
 * rounding half-even to full precision.  Not normalized: a value that fits
 * keeps its scale (12.50 stays 12.50).
 */
DecStatus	dec_from_i128(int128_t coef, int scale, dec *out);

/* ---- additions used by fxrate / fxamount -------------------------------- */

/* Is v a value this module produces (|coef| and scale in range)? */
static inline int
dec_is_valid(dec v)
{
	return v.coef >= -DEC_MAX_COEF && v.coef <= DEC_MAX_COEF &&
		v.scale >= 0 && v.scale <= DEC_MAX_SCALE;
}

/*
 * The exact product when it fits as it is in `digits` significant digits
 * (no rounding needed): the fast path of dec_mul_p.  Returns 0, leaving
 * *out alone, when it does not.
 */
static inline int
dec_mul_exact_p(dec a, dec b, int digits, dec *out)
{
	int64_t		p;
	int64_t		max_coef = dec_pow10_i64[digits] - 1;

	if (!dec_is_valid(a) || !dec_is_valid(b) ||
		__builtin_mul_overflow(a.coef, b.coef, &p) ||
		p < -max_coef || p > max_coef || a.scale + b.scale > DEC_MAX_SCALE)
		return 0;
	out->coef = p;
	out->scale = a.scale + b.scale;
	return 1;
}

static inline int
dec_mul_exact(dec a, dec b, dec *out)
{
	return dec_mul_exact_p(a, b, DEC_MAX_DIGITS, out);
}

/*
 * Variants with a smaller precision, for types that store fewer digits
 * (fxamount keeps 15): results hold at most `digits` (1..18) significant
 * digits, rounded once, exactly as the DEC_MAX_DIGITS versions round to 18.
 * The operands may have up to 18 digits.
 */
DecStatus	dec_add_p(dec a, dec b, int digits, dec *out);
DecStatus	dec_sub_p(dec a, dec b, int digits, dec *out);
DecStatus	dec_mul_p(dec a, dec b, int digits, dec *out);
DecStatus	dec_div_p(dec a, dec b, int digits, dec *out);
DecStatus	dec_div_i64_p(dec v, int64_t n, int digits, dec *out);
DecStatus	dec_from_i128_p(int128_t coef, int scale, int digits, dec *out);

/* Significant digits of the coefficient (0 for zero). */
int			dec_digits(dec v);

/* v * n and v / n for a plain integer n; rounded and normalized like dec_mul/dec_div. */
DecStatus	dec_mul_i64(dec v, int64_t n, dec *out);
DecStatus	dec_div_i64(dec v, int64_t n, dec *out);

/* 1 / v, rounded and normalized. */
DecStatus	dec_inverse(dec v, dec *out);

/* 1 / (a * b), rounded once (the product is never rounded on the way), normalized. */
DecStatus	dec_inverse_product(dec a, dec b, dec *out);

/* 100 * (new_value - old_value) / old_value, rounded once, normalized. */
DecStatus	dec_pct_change(dec new_value, dec old_value, dec *out);

/* v * (100 + pct) / 100: v moved by pct percent, rounded once, normalized. */
DecStatus	dec_move_pct(dec v, dec pct, dec *out);

/*
 * An exact accumulator for sums of any number of decs (for sum/avg
 * aggregates): value = hi + lo * 10^-scale, with |lo| kept below 10^37.
 * Adding values of any scale never loses a digit, so the result does not
 * depend on the order of the additions or on how the work was split (a
 * parallel plan gives the serial answer); it is rounded only once, at the
 * end.  Overflow (beyond 128 bits of whole units) is DEC_OVERFLOW, never a
 * wrap.
 */
/*
 * 128-bit fields aligned to 8 bytes only: the state lives in memory from
 * allocators that guarantee 8 (PostgreSQL's palloc), and the compiler's
 * 16-byte alignment of __int128 would let it use aligned vector moves there.
 */
typedef __int128 dec_i128_a8 __attribute__((aligned(8)));

typedef struct dec_acc
{
	dec_i128_a8 hi;				/* whole units */
	dec_i128_a8 lo;				/* units of 10^-scale */
	int32_t		scale;			/* 0 .. DEC_MAX_SCALE */
} dec_acc;

/* 10^37: lo never stays at or beyond this (whole units move to hi). */
#define DEC_ACC_LO_LIMIT ((int128_t) INT64_C(1000000000000000000) * INT64_C(1000000000000000000) * 10)

void		dec_acc_init(dec_acc *acc);
DecStatus	dec_acc_add_general(dec_acc *acc, dec v);

/* acc += v.  Inline fast path: v has no more decimals than the sum so far. */
static inline DecStatus
dec_acc_add(dec_acc *acc, dec v)
{
	if (dec_is_valid(v) && v.scale <= acc->scale && acc->scale - v.scale <= DEC_POW10_I64_MAX)
	{
		int128_t	lo = acc->lo + (int128_t) v.coef * dec_pow10_i64[acc->scale - v.scale];

		if (lo < DEC_ACC_LO_LIMIT && lo > -DEC_ACC_LO_LIMIT)
		{
			acc->lo = lo;
			return DEC_OK;
		}
	}
	return dec_acc_add_general(acc, v);
}
DecStatus	dec_acc_merge(dec_acc *acc, const dec_acc *other);
/* Is this a state dec_acc_* could have produced (for deserialization)? */
int			dec_acc_is_valid(const dec_acc *acc);
/* The sum: exact when it fits, else rounded half-even to full precision. */
DecStatus	dec_acc_sum(const dec_acc *acc, dec *out);
/* The sum divided by n > 0, rounded once, normalized. */
DecStatus	dec_acc_mean(const dec_acc *acc, int64_t n, dec *out);
/* The same at a smaller precision (see dec_add_p). */
DecStatus	dec_acc_sum_p(const dec_acc *acc, int digits, dec *out);
DecStatus	dec_acc_mean_p(const dec_acc *acc, int64_t n, int digits, dec *out);

/*
 * The exact value as text, with exactly `scale` decimals so the scale reads
 * back: "-1180874.00".  Returns the length, or -1 when the whole units pass
 * 2^127 (no sum of amounts gets there).  buf needs DEC_ACC_FORMAT_MAX bytes.
 */
#define DEC_ACC_FORMAT_MAX 72
int			dec_acc_format(const dec_acc *acc, char *buf);
/*
 * Read it back: optional sign, digits, optional '.' and at most DEC_MAX_SCALE
 * digits.  The value and scale are those written (the parts are normalized,
 * which changes no result).  DEC_SYNTAX, DEC_OVERFLOW.
 */
DecStatus	dec_acc_parse(const char *s, size_t len, dec_acc *out);

#endif
