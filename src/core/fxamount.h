/*
 * fxamount.h - an amount of one currency (plain C99, no PostgreSQL headers).
 *
 * '70000 KZT'.  The value is a dec (see decimal.h) of at most
 * FXA_MAX_DIGITS = 15 significant digits: an amount keeps the digits it was
 * published with ('12.50 USD'); sums and products by plain numbers keep
 * every digit of the exact result when it fits in 15 significant digits;
 * quotients, conversions and averages are rounded half-even once to 15
 * significant digits and normalized.
 *
 * Stored in 8 bytes (passed by value in PostgreSQL, like float8 and bigint,
 * so the per-row conversion allocates nothing): see fxa_pack.  FxAmount is
 * the unpacked form the operations work on.
 */
#ifndef EXR_FXAMOUNT_H
#define EXR_FXAMOUNT_H

#include <string.h>

#include "currency.h"
#include "decimal.h"
#include "fxrate.h"

typedef struct FxAmount
{
	int64_t		coef;			/* value = coef * 10^-scale */
	cur_code	currency;
	uint8_t		scale;
	uint8_t		pad[5];			/* always zero */
} FxAmount;

static inline dec
fxamount_value(const FxAmount *a)
{
	dec			d = {a->coef, a->scale};

	return d;
}

/* 15 significant digits: the coefficient fits in 51 bits with its sign. */
#define FXA_MAX_DIGITS 15
#define FXA_MAX_COEF   INT64_C(999999999999999)	/* 10^15 - 1 */

/*
 * Can an amount be in this currency?  It must be known and have a storage
 * id: every active code does, and of the withdrawn ones those of the former
 * Soviet Union (see currency.c).  Otherwise FX_NOT_STORABLE.
 */
static inline int
fxa_can_hold(cur_code currency)
{
	return cur_storage_id(currency) >= 0;
}

/* Can v be an amount's value (coefficient and scale in range)? */
static inline int
fxa_value_fits(dec v)
{
	return v.coef >= -FXA_MAX_COEF && v.coef <= FXA_MAX_COEF &&
		v.scale >= 0 && v.scale <= DEC_MAX_SCALE;
}

/*
 * The 8-byte stored form: bits 63..13 the coefficient (two's complement,
 * |coef| < 10^15 < 2^50), bits 12..8 the scale (0..30), bits 7..0 the
 * currency's storage id (cur_storage_id: stable across versions, unlike
 * the packed code's 15 bits, which would leave too few for the digits).
 * Only valid amounts are packed: their currency has an id (fxa_can_hold).
 */
static inline int64_t
fxa_pack(const FxAmount *a)
{
	uint64_t	coef_bits = (uint64_t) a->coef << 13;

	return (int64_t) (coef_bits | ((uint64_t) a->scale << 8) |
					  (uint64_t) (uint8_t) cur_storage_id(a->currency));
}

/*
 * Unpack into *out; the result is valid if p came from fxa_pack (check
 * fxa_is_valid otherwise).  Field by field into the caller's struct: a
 * struct returned by value and copied on would be reloaded with one 16-byte
 * move right after the narrow stores that built it, which stalls store
 * forwarding once per row.
 */
static inline void
fxa_unpack_into(int64_t p, FxAmount *out)
{
	out->coef = p >> 13;		/* arithmetic shift: gcc and clang on every target */
	out->currency = cur_from_storage_id((int) (p & 255));
	out->scale = (uint8_t) ((p >> 8) & 31);
	memset(out->pad, 0, sizeof(out->pad));
}

static inline FxAmount
fxa_unpack(int64_t p)
{
	FxAmount	a;

	fxa_unpack_into(p, &a);
	return a;
}

/* Longest text fxa_format writes, including the NUL. */
#define FXA_FORMAT_MAX (4 + DEC_FORMAT_MAX)

/*
 * Parse exactly len bytes: "70000 KZT", "KZT 70000", "-12.50 usd", with
 * any ASCII white space around and between the two parts.  Statuses as for
 * rates: the currency is reported as FX_BAD_BASE / FX_UNKNOWN_BASE.
 */
FxStatus	fxa_parse(const char *s, size_t len, FxAmount *out, FxSpan *bad);

/* "70000 KZT". Returns the length. */
int			fxa_format(const FxAmount *a, char *buf);

FxStatus	fxa_make(cur_code currency, dec value, FxAmount *out);
int			fxa_is_valid(const FxAmount *a);

/* Total order: currency, then value (scale-insensitive). */
int			fxa_cmp(const FxAmount *a, const FxAmount *b);

/* The canonical form equal amounts share (for hashing). */
FxAmount	fxa_canonical(const FxAmount *a);

/* Exact; FX_PAIR_MISMATCH across currencies, FX_OUT_OF_RANGE on overflow. */
FxStatus	fxa_add(const FxAmount *a, const FxAmount *b, FxAmount *out);
FxStatus	fxa_sub(const FxAmount *a, const FxAmount *b, FxAmount *out);
FxStatus	fxa_neg(const FxAmount *a, FxAmount *out);
FxStatus	fxa_abs(const FxAmount *a, FxAmount *out);

/* a * n keeps every digit of the exact product if it fits, else rounds. */
FxStatus	fxa_mul(const FxAmount *a, dec n, FxAmount *out);
FxStatus	fxa_mul_i64(const FxAmount *a, int64_t n, FxAmount *out);
/* a / n, rounded and normalized; FX_DIV_ZERO. */
FxStatus	fxa_div(const FxAmount *a, dec n, FxAmount *out);
FxStatus	fxa_div_i64(const FxAmount *a, int64_t n, FxAmount *out);

/*
 * Convert with a rate: an amount in the base becomes an amount in the quote
 * (times the rate), an amount in the quote becomes one in the base (divided
 * by the rate).  Rounded and normalized.  FX_PAIR_MISMATCH for any other
 * currency.  Inline fast path for the common case (base to quote, exact
 * product fits): sum(amount * rate) calls this once per row.
 */
FxStatus	fxa_convert_general(const FxAmount *a, const FxRate *r, FxAmount *out);

static inline FxStatus
fxa_convert(const FxAmount *a, const FxRate *r, FxAmount *out)
{
	dec			p;

	if (a->currency == r->base && fxa_can_hold(r->quote) &&
		dec_mul_exact_p(fxamount_value(a), fxrate_value(r), FXA_MAX_DIGITS, &p))
	{
		p = dec_normalize(p);
		memset(out, 0, sizeof(*out));
		out->coef = p.coef;
		out->currency = r->quote;
		out->scale = (uint8_t) p.scale;
		return FX_OK;
	}
	return fxa_convert_general(a, r, out);
}

/* Round half-even to at most `scale` decimals (negative: tens, hundreds...). */
FxStatus	fxa_round(const FxAmount *a, int scale, FxAmount *out);

/*
 * Round half-even to the currency's ISO 4217 minor units (KWD 3, JPY 0);
 * where ISO defines none (XAU, XDR...) the amount is returned unchanged.
 */
FxStatus	fxa_round_minor(const FxAmount *a, FxAmount *out);

/*
 * The state of sum() and avg(): an exact sum (dec_acc) of `count` amounts
 * in one currency.  Partial states from parallel workers merge exactly, so
 * the result does not depend on the plan.
 */
typedef struct FxAmountAcc
{
	dec_acc		acc;
	int64_t		count;
	cur_code	currency;		/* CUR_CODE_INVALID while count = 0 */
} FxAmountAcc;

void		fxa_acc_init(FxAmountAcc *st);
int			fxa_acc_is_valid(const FxAmountAcc *st);

/* FX_PAIR_MISMATCH if a is in another currency; FX_OUT_OF_RANGE.  Once per row: inline. */
static inline FxStatus
fxa_acc_add(FxAmountAcc *st, const FxAmount *a)
{
	if (st->currency != a->currency)
	{
		if (st->count != 0)
			return FX_PAIR_MISMATCH;
		st->currency = a->currency;
	}
	if (dec_acc_add(&st->acc, fxamount_value(a)) != DEC_OK)
		return FX_OUT_OF_RANGE;
	st->count++;
	return FX_OK;
}
FxStatus	fxa_acc_merge(FxAmountAcc *st, const FxAmountAcc *other);
/* The exact sum (rounded to 15 digits only if it needs more); count must be > 0. */
FxStatus	fxa_acc_sum(const FxAmountAcc *st, FxAmount *out);
/* The mean, rounded and normalized; count must be > 0. */
FxStatus	fxa_acc_avg(const FxAmountAcc *st, FxAmount *out);

/*
 * The state as text, so it can leave the server and come back (Citus sends
 * partial states to the coordinator as text): "1180874.00 KZT / 240", the
 * exact sum with its scale, the currency and the count; "empty" before the
 * first amount.  Reading it back gives a state with the same results.
 * fxa_acc_format returns the length, or -1 for a sum no amounts can reach.
 */
#define FXA_ACC_FORMAT_MAX (DEC_ACC_FORMAT_MAX + 4 + 24)
int			fxa_acc_format(const FxAmountAcc *st, char *buf);
/*
 * FX_BAD_FORMAT, FX_BAD_NUMBER, FX_BAD_BASE, FX_UNKNOWN_BASE, FX_OUT_OF_RANGE;
 * FX_NOT_STORABLE for a currency amounts cannot hold (out->currency is it).
 */
FxStatus	fxa_acc_parse(const char *s, size_t len, FxAmountAcc *out);

#endif
