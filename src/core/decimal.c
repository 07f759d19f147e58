/*
 * decimal.c - exact decimal fixed point; see decimal.h for the model.
 */
#include "decimal.h"

#include <string.h>

#include "ascii.h"

/*
 * Powers of ten in the wider integers: 10^19 is the largest in a uint64
 * (20 digits at most), 10^38 the largest in a uint128 (39 digits at most).
 */
#define POW10_U64_MAX 19
#define POW10_U128_MAX 38
#define U128_MAX_DIGITS (POW10_U128_MAX + 1)

const int64_t dec_pow10_i64[DEC_POW10_I64_MAX + 1] = {
	INT64_C(1), INT64_C(10), INT64_C(100), INT64_C(1000), INT64_C(10000),
	INT64_C(100000), INT64_C(1000000), INT64_C(10000000),
	INT64_C(100000000), INT64_C(1000000000), INT64_C(10000000000),
	INT64_C(100000000000), INT64_C(1000000000000),
	INT64_C(10000000000000), INT64_C(100000000000000),
	INT64_C(1000000000000000), INT64_C(10000000000000000),
	INT64_C(100000000000000000), INT64_C(1000000000000000000)
};

DecStatus
dec_parse(const char *s, size_t len, dec *out)
{
	size_t		i = 0;
	int			negative = 0;
	int			seen_digit = 0;
	int			seen_point = 0;
	int			sig_digits = 0;
	int			scale = 0;
	int64_t		coef = 0;

	if (len > 0 && (s[0] == '+' || s[0] == '-'))
	{
		negative = (s[0] == '-');
		i++;
	}
	for (; i < len; i++)
	{
		char		c = s[i];

		if (c == '.')
		{
			if (seen_point)
				return DEC_SYNTAX;
			seen_point = 1;
			continue;
		}
		if (!ascii_is_digit(c))
			return DEC_SYNTAX;
		seen_digit = 1;
		if (seen_point)
		{
			if (++scale > DEC_MAX_SCALE)
				return DEC_OVERFLOW;
		}
		if (coef == 0 && c == '0')
			continue;			/* leading zeros are not significant */
		if (++sig_digits > DEC_MAX_DIGITS)
			return DEC_OVERFLOW;
		coef = coef * 10 + (c - '0');
	}
	if (!seen_digit)
		return DEC_SYNTAX;
	out->coef = negative ? -coef : coef;
	out->scale = scale;
	return DEC_OK;
}

int
dec_format(dec v, char *buf)
{
	char		digits[POW10_U64_MAX + 1];	/* |coef| of an int64: 19 digits at most */
	int			n = 0;
	int			len = 0;
	uint64_t	mag = v.coef < 0 ? (uint64_t) (-(v.coef + 1)) + 1 : (uint64_t) v.coef;

	do
	{
		digits[n++] = (char) ('0' + mag % 10);
		mag /= 10;
	} while (mag > 0);

	if (v.coef < 0)
		buf[len++] = '-';
	if (n <= v.scale)
	{
		/* 0.000ddd */
		buf[len++] = '0';
		buf[len++] = '.';
		for (int z = 0; z < v.scale - n; z++)
			buf[len++] = '0';
		while (n > 0)
			buf[len++] = digits[--n];
	}
	else
	{
		while (n > v.scale)
			buf[len++] = digits[--n];
		if (v.scale > 0)
		{
			buf[len++] = '.';
			while (n > 0)
				buf[len++] = digits[--n];
		}
	}
	buf[len] = '\0';
	return len;
}

/* Number of decimal digits of |c| (0 has 0 digits). */
static int
digit_count(int64_t c)
{
	uint64_t	mag = c < 0 ? (uint64_t) (-(c + 1)) + 1 : (uint64_t) c;
	int			n = 0;

	while (mag > 0)
	{
		n++;
		mag /= 10;
	}
	return n;
}

int
dec_cmp(dec a, dec b)
{
	int			sa = (a.coef > 0) - (a.coef < 0);
	int			sb = (b.coef > 0) - (b.coef < 0);
	int128_t	ca = a.coef;
	int128_t	cb = b.coef;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (sa == 0)
		return 0;

	/*
	 * Same sign, both non-zero.  Compare decimal exponents first: aligning
	 * scales 30 apart could overflow even 128 bits.
	 */
	{
		int			ea = digit_count(a.coef) - a.scale;
		int			eb = digit_count(b.coef) - b.scale;

		if (ea != eb)
			return (ea < eb ? -1 : 1) * sa;
	}
	/* Same exponent: the scales differ by at most 18, so alignment fits. */
	if (a.scale < b.scale)
		ca *= dec_pow10_i64[b.scale - a.scale];
	else if (b.scale < a.scale)
		cb *= dec_pow10_i64[a.scale - b.scale];
	return (ca > cb) - (ca < cb);
}

/* ---- arithmetic ------------------------------------------------------------ */

typedef unsigned __int128 uint128_t;

/* 10^n for 0 <= n <= POW10_U128_MAX. */
static uint128_t
pow10_u128(int n)
{
	uint128_t	p = 1;

	while (n >= DEC_POW10_I64_MAX)
	{
		p *= (uint64_t) dec_pow10_i64[DEC_POW10_I64_MAX];
		n -= DEC_POW10_I64_MAX;
	}
	return p * (uint64_t) dec_pow10_i64[n];
}

/* Number of decimal digits of v (0 has 0 digits); at most U128_MAX_DIGITS. */
static int
digits_u128(uint128_t v)
{
	int			n = 0;
	uint128_t	p = 1;

	if ((v >> 64) == 0)
	{
		uint64_t	w = (uint64_t) v;

		/* dec_pow10_i64 reaches 10^18; the 20th digit is a test against 10^19. */
		while (n < POW10_U64_MAX && w >= (uint64_t) dec_pow10_i64[n])
			n++;
		return n == POW10_U64_MAX && w >= UINT64_C(10000000000000000000) ? POW10_U64_MAX + 1 : n;
	}
	while (v >= p)
	{
		if (++n == U128_MAX_DIGITS)
			break;
		p *= 10;
	}
	return n;
}

static uint64_t
mag_i64(int64_t c)
{
	return c < 0 ? (uint64_t) (-(c + 1)) + 1 : (uint64_t) c;
}

static uint128_t
mag_i128(int128_t c)
{
	return c < 0 ? (uint128_t) (-(c + 1)) + 1 : (uint128_t) c;
}

static dec
make_dec(uint128_t mag, int neg, int scale)
{
	dec			d;

	d.coef = neg ? -(int64_t) mag : (int64_t) mag;
	d.scale = scale;
	return d;
}

int
dec_digits(dec v)
{
	return digit_count(v.coef);
}

/*
 * The one rounding step of every derived value: (mag + sticky) * 10^-scale
 * rounded half-even to at most DEC_MAX_DIGITS significant digits and
 * DEC_MAX_SCALE decimals.  `sticky` says that the exact value is a little
 * more than mag (a non-zero remainder below the last digit): it turns an
 * apparent tie into "above half".  Callers set it only when at least one
 * digit is dropped here, so it is never lost.  Not normalized.
 */
static DecStatus
round_mag(uint128_t mag, int neg, int scale, int sticky, int digits, dec *out)
{
	uint128_t	max_coef = (uint128_t) dec_pow10_i64[digits] - 1;
	int			n = digits_u128(mag);
	int			drop = 0;

	if (scale < 0)
	{
		/* A whole number times 10^-scale: exact or out of range. */
		if (mag != 0 && (scale < -digits || n - scale > digits))
			return DEC_OVERFLOW;
		if (mag != 0)
			mag *= pow10_u128(-scale);
		scale = 0;
		n = digits_u128(mag);
	}
	if (n - digits > drop)
		drop = n - digits;
	if (scale - DEC_MAX_SCALE > drop)
		drop = scale - DEC_MAX_SCALE;
	if (drop > scale)
		return DEC_OVERFLOW;	/* more than `digits` digits before the point */
	if (drop > 0)
	{
		uint128_t	q = 0;

		/* Past POW10_U128_MAX dropped digits the value is below half a unit: 0. */
		if (drop <= POW10_U128_MAX)
		{
			uint128_t	p = pow10_u128(drop);
			uint128_t	rem = mag % p;
			uint128_t	half = p / 2;

			q = mag / p;
			if (rem > half || (rem == half && (sticky || (q & 1))))
				q++;
		}
		mag = q;
		scale -= drop;
		if (mag > max_coef)
		{
			/* 99..9.5 rounded up to 10^digits: one digit less after the point. */
			if (scale == 0)
				return DEC_OVERFLOW;
			mag /= 10;
			scale--;
		}
	}
	*out = make_dec(mag, neg && mag != 0, scale);
	return DEC_OK;
}

DecStatus
dec_from_i128_p(int128_t coef, int scale, int digits, dec *out)
{
	return round_mag(mag_i128(coef), coef < 0, scale, 0, digits, out);
}

DecStatus
dec_from_i128(int128_t coef, int scale, dec *out)
{
	return dec_from_i128_p(coef, scale, DEC_MAX_DIGITS, out);
}

/* Accept an exact int128 result at `scale`, dropping trailing zeros if that makes it fit. */
static DecStatus
fit_exact(int128_t v, int scale, int digits, dec *out)
{
	uint128_t	mag = mag_i128(v);
	uint128_t	max_coef = (uint128_t) dec_pow10_i64[digits] - 1;

	while (mag > max_coef && scale > 0 && mag % 10 == 0)
	{
		mag /= 10;
		scale--;
	}
	if (mag > max_coef)
		return DEC_OVERFLOW;
	*out = make_dec(mag, v < 0, scale);
	return DEC_OK;
}

/*
 * a + b aligned to the larger scale.  A coefficient raised by more than
 * ALIGN_MAX_SHIFT digits cannot fit (the other operand is below 10^18),
 * unless trailing zeros of the other make the larger scale unnecessary:
 * dec_add retries with normalized operands.  Up to it, the int128 sum
 * cannot overflow: 2 * 10^18 * 10^19 < 2^127.
 */
#define ALIGN_MAX_SHIFT (DEC_MAX_DIGITS + 1)

static DecStatus
add_aligned(dec a, dec b, int digits, dec *out)
{
	int			scale = a.scale > b.scale ? a.scale : b.scale;
	int			da = scale - a.scale;
	int			db = scale - b.scale;

	if ((a.coef != 0 && da > ALIGN_MAX_SHIFT) || (b.coef != 0 && db > ALIGN_MAX_SHIFT))
		return DEC_OVERFLOW;
	return fit_exact((int128_t) a.coef * (int128_t) pow10_u128(da) +
					 (int128_t) b.coef * (int128_t) pow10_u128(db), scale, digits, out);
}

DecStatus
dec_add_p(dec a, dec b, int digits, dec *out)
{
	DecStatus	st;

	if (!dec_is_valid(a) || !dec_is_valid(b))
		return DEC_OVERFLOW;
	st = add_aligned(a, b, digits, out);
	if (st == DEC_OVERFLOW)
		st = add_aligned(dec_normalize(a), dec_normalize(b), digits, out);
	return st;
}

DecStatus
dec_add(dec a, dec b, dec *out)
{
	return dec_add_p(a, b, DEC_MAX_DIGITS, out);
}

DecStatus
dec_sub_p(dec a, dec b, int digits, dec *out)
{
	if (!dec_is_valid(b))
		return DEC_OVERFLOW;
	b.coef = -b.coef;
	return dec_add_p(a, b, digits, out);
}

DecStatus
dec_sub(dec a, dec b, dec *out)
{
	return dec_sub_p(a, b, DEC_MAX_DIGITS, out);
}

DecStatus
dec_mul_p(dec a, dec b, int digits, dec *out)
{
	DecStatus	st;

	/* Fast path: the exact product fits as it is (amount * rate, mostly). */
	if (dec_mul_exact_p(a, b, digits, out))
	{
		*out = dec_normalize(*out);
		return DEC_OK;
	}
	if (!dec_is_valid(a) || !dec_is_valid(b))
		return DEC_OVERFLOW;
	st = round_mag((uint128_t) mag_i64(a.coef) * mag_i64(b.coef),
				   (a.coef < 0) != (b.coef < 0), a.scale + b.scale, 0, digits, out);
	if (st == DEC_OK)
		*out = dec_normalize(*out);
	return st;
}

DecStatus
dec_mul(dec a, dec b, dec *out)
{
	return dec_mul_p(a, b, DEC_MAX_DIGITS, out);
}

DecStatus
dec_mul_i64(dec v, int64_t n, dec *out)
{
	DecStatus	st;

	if (!dec_is_valid(v))
		return DEC_OVERFLOW;
	st = round_mag((uint128_t) mag_i64(v.coef) * mag_i64(n),
				   (v.coef < 0) != (n < 0), v.scale, 0, DEC_MAX_DIGITS, out);
	if (st == DEC_OK)
		*out = dec_normalize(*out);
	return st;
}

/*
 * n / d * 10^-scale by exact long division, rounded once.  Digits are
 * produced until the quotient has DEC_MAX_DIGITS + 1 significant digits or
 * DEC_MAX_SCALE + 1 decimals (so round_mag drops at least one digit) or the
 * remainder is zero; a non-zero remainder is the sticky bit.  d < 10^37 so
 * that r * 10 fits.  With sticky_in (n itself was cut short) the caller
 * guarantees that n / d already has enough digits and scale >= 0.
 */
static DecStatus
div_round(uint128_t n, int sticky_in, uint128_t d, int scale, int neg, int digits, dec *out)
{
	uint128_t	max_coef = (uint128_t) dec_pow10_i64[digits] - 1;
	uint128_t	q = n / d;
	uint128_t	r = n % d;

	while (!sticky_in &&
		   (scale < 0 ||
			(r != 0 && q <= max_coef && scale <= DEC_MAX_SCALE)))
	{
		/* Below the point position: a quotient of digits + 1 digits is out of range. */
		if (scale < 0 && q > max_coef)
			return DEC_OVERFLOW;
		r *= 10;
		q = q * 10 + r / d;
		r %= d;
		scale++;
	}
	return round_mag(q, neg, scale, sticky_in || r != 0, digits, out);
}

DecStatus
dec_div_p(dec a, dec b, int digits, dec *out)
{
	DecStatus	st;

	if (!dec_is_valid(a) || !dec_is_valid(b))
		return DEC_OVERFLOW;
	if (b.coef == 0)
		return DEC_DIV_ZERO;
	st = div_round(mag_i64(a.coef), 0, mag_i64(b.coef), a.scale - b.scale,
				   (a.coef < 0) != (b.coef < 0), digits, out);
	if (st == DEC_OK)
		*out = dec_normalize(*out);
	return st;
}

DecStatus
dec_div(dec a, dec b, dec *out)
{
	return dec_div_p(a, b, DEC_MAX_DIGITS, out);
}

DecStatus
dec_div_i64_p(dec v, int64_t n, int digits, dec *out)
{
	DecStatus	st;

	if (!dec_is_valid(v))
		return DEC_OVERFLOW;
	if (n == 0)
		return DEC_DIV_ZERO;
	st = div_round(mag_i64(v.coef), 0, mag_i64(n), v.scale, (v.coef < 0) != (n < 0), digits, out);
	if (st == DEC_OK)
		*out = dec_normalize(*out);
	return st;
}

DecStatus
dec_div_i64(dec v, int64_t n, dec *out)
{
	return dec_div_i64_p(v, n, DEC_MAX_DIGITS, out);
}

DecStatus
dec_inverse(dec v, dec *out)
{
	dec			one = {1, 0};

	return dec_div(one, v, out);
}

DecStatus
dec_inverse_product(dec a, dec b, dec *out)
{
	DecStatus	st;

	if (!dec_is_valid(a) || !dec_is_valid(b))
		return DEC_OVERFLOW;
	if (a.coef == 0 || b.coef == 0)
		return DEC_DIV_ZERO;
	/* |a * b| < 10^36: within div_round's divisor limit */
	st = div_round(1, 0, (uint128_t) mag_i64(a.coef) * mag_i64(b.coef), -(a.scale + b.scale),
				   (a.coef < 0) != (b.coef < 0), DEC_MAX_DIGITS, out);
	if (st == DEC_OK)
		*out = dec_normalize(*out);
	return st;
}

DecStatus
dec_round(dec v, int scale, dec *out)
{
	uint128_t	mag;
	uint128_t	q = 0;
	int			drop;

	if (!dec_is_valid(v))
		return DEC_OVERFLOW;
	if (scale >= v.scale)
	{
		*out = v;				/* "at most scale decimals": nothing to do */
		return DEC_OK;
	}
	/* Below -19 every value rounds to zero; clamping avoids int overflow. */
	if (scale < -(DEC_MAX_DIGITS + 1))
		scale = -(DEC_MAX_DIGITS + 1);
	drop = v.scale - scale;
	mag = mag_i64(v.coef);
	if (drop <= POW10_U128_MAX)
	{
		uint128_t	p = pow10_u128(drop);
		uint128_t	rem = mag % p;

		q = mag / p;
		if (rem > p / 2 || (rem == p / 2 && (q & 1)))
			q++;
	}
	if (scale >= 0)
	{
		*out = make_dec(q, v.coef < 0 && q != 0, scale);
		return DEC_OK;
	}
	/* Tens, hundreds...: back to a whole number, which may not fit. */
	return round_mag(q, v.coef < 0, scale, 0, DEC_MAX_DIGITS, out);
}

/*
 * Percent change 100 * (new / old - 1).  The ratio is produced digit by
 * digit until ratio - 1 has PCT_RATIO_DIGITS significant digits (or
 * PCT_RATIO_MAX_SCALE decimals), so the cancellation when new and old are
 * close costs no precision, and the result is rounded once.
 *
 * PCT_RATIO_DIGITS: two digits more than a result keeps, so the one
 * rounding always has digits to drop (and the remainder as sticky bit).
 * PCT_RATIO_MAX_SCALE: "* 100" takes two decimals off, and one more than
 * DEC_MAX_SCALE is again a digit for the rounding to drop.
 * PCT_RATIO_MAX_EXP10: while the ratio's digits are still whole (scale < 0),
 * a quotient above 10^21 means a ratio above 10^22, whose percent is far
 * beyond any dec (below 10^18); stopping there also keeps q * 10 far from
 * 2^128.
 */
/* A percent is a ratio times 10^2: two decimals fewer. */
#define PERCENT_EXP10 2
#define PCT_RATIO_DIGITS (DEC_MAX_DIGITS + 2)
#define PCT_RATIO_MAX_SCALE (DEC_MAX_SCALE + 3)
#define PCT_RATIO_MAX_EXP10 21

DecStatus
dec_pct_change(dec nv, dec ov, dec *out)
{
	uint128_t	d,
				q,
				r,
				m = 0;
	int			scale;
	int			ratio_neg;
	int			neg = 0;
	int			sticky = 0;
	DecStatus	st;

	if (!dec_is_valid(nv) || !dec_is_valid(ov))
		return DEC_OVERFLOW;
	if (ov.coef == 0)
		return DEC_DIV_ZERO;
	ratio_neg = nv.coef != 0 && ((nv.coef < 0) != (ov.coef < 0));
	d = mag_i64(ov.coef);
	q = mag_i64(nv.coef) / d;
	r = mag_i64(nv.coef) % d;
	scale = nv.scale - ov.scale;
	for (;;)
	{
		if (scale >= 0)
		{
			uint128_t	one = pow10_u128(scale);

			sticky = r != 0;
			if (ratio_neg)
			{
				m = q + one;	/* -(|ratio| + 1) */
				neg = 1;
			}
			else if (q >= one)
			{
				m = q - one;
				neg = 0;
			}
			else
			{
				/* 1 - (q + e) = (one - q - 1) + (1 - e): still a sticky remainder */
				m = one - q - (sticky ? 1 : 0);
				neg = 1;
			}
			if (r == 0 || digits_u128(m) >= PCT_RATIO_DIGITS || scale >= PCT_RATIO_MAX_SCALE)
				break;
		}
		else if (q > pow10_u128(PCT_RATIO_MAX_EXP10))
			return DEC_OVERFLOW;	/* the percent cannot fit */
		r *= 10;
		q = q * 10 + r / d;
		r %= d;
		scale++;
	}
	st = round_mag(m, neg, scale - PERCENT_EXP10, sticky, DEC_MAX_DIGITS, out);
	if (st == DEC_OK)
		*out = dec_normalize(*out);
	return st;
}

DecStatus
dec_move_pct(dec v, dec pct, dec *out)
{
	dec			hundred = {100, 0};
	dec			factor;
	DecStatus	st;

	if (!dec_is_valid(v))
		return DEC_OVERFLOW;
	st = dec_add(hundred, pct, &factor);
	if (st != DEC_OK)
		return st;
	st = round_mag((uint128_t) mag_i64(v.coef) * mag_i64(factor.coef),
				   (v.coef < 0) != (factor.coef < 0),
				   v.scale + factor.scale + PERCENT_EXP10, 0, DEC_MAX_DIGITS, out);	/* / 100 */
	if (st == DEC_OK)
		*out = dec_normalize(*out);
	return st;
}

/* ---- exact accumulator ------------------------------------------------------ */

void
dec_acc_init(dec_acc *acc)
{
	acc->hi = 0;
	acc->lo = 0;
	acc->scale = 0;
}

int
dec_acc_is_valid(const dec_acc *acc)
{
	return acc->scale >= 0 && acc->scale <= DEC_MAX_SCALE &&
		acc->lo > -DEC_ACC_LO_LIMIT && acc->lo < DEC_ACC_LO_LIMIT;
}

/* hi += whole, checked (through a local: hi is only 8-byte aligned). */
static DecStatus
acc_add_whole(dec_acc *acc, int128_t whole)
{
	int128_t	sum;

	if (__builtin_add_overflow((int128_t) acc->hi, whole, &sum))
		return DEC_OVERFLOW;
	acc->hi = sum;
	return DEC_OK;
}

/* Move the whole units of lo into hi: afterwards |lo| < 10^scale. */
static DecStatus
acc_carry(dec_acc *acc)
{
	int128_t	unit = (int128_t) pow10_u128(acc->scale);
	int128_t	whole = acc->lo / unit;

	acc->lo -= whole * unit;
	return acc_add_whole(acc, whole);
}

/* Raise the accumulator's scale (lo is below 10^old scale after the carry). */
static DecStatus
acc_rescale(dec_acc *acc, int scale)
{
	DecStatus	st = acc_carry(acc);

	acc->lo *= (int128_t) pow10_u128(scale - acc->scale);
	acc->scale = scale;
	return st;
}

DecStatus
dec_acc_add_general(dec_acc *acc, dec v)
{
	int			d;

	if (!dec_is_valid(v))
		return DEC_OVERFLOW;
	if (v.scale > acc->scale && acc_rescale(acc, v.scale) != DEC_OK)
		return DEC_OVERFLOW;
	d = acc->scale - v.scale;
	if (d <= DEC_POW10_I64_MAX)
		acc->lo += (int128_t) v.coef * dec_pow10_i64[d];	/* below 10^36 */
	else
	{
		/* Far fewer decimals than the sum: whole part to hi, fraction to lo. */
		int64_t		unit = dec_pow10_i64[v.scale];	/* v.scale < 12 here */

		if (acc_add_whole(acc, v.coef / unit) != DEC_OK)
			return DEC_OVERFLOW;
		acc->lo += (int128_t) (v.coef % unit) * (int128_t) pow10_u128(d);
	}
	if (acc->lo >= DEC_ACC_LO_LIMIT || acc->lo <= -DEC_ACC_LO_LIMIT)
		return acc_carry(acc);
	return DEC_OK;
}

DecStatus
dec_acc_merge(dec_acc *acc, const dec_acc *other)
{
	dec_acc		o = *other;

	if (!dec_acc_is_valid(acc) || !dec_acc_is_valid(&o))
		return DEC_OVERFLOW;
	if (o.scale < acc->scale && acc_rescale(&o, acc->scale) != DEC_OK)
		return DEC_OVERFLOW;
	if (acc->scale < o.scale && acc_rescale(acc, o.scale) != DEC_OK)
		return DEC_OVERFLOW;
	if (acc_carry(acc) != DEC_OK || acc_carry(&o) != DEC_OK)
		return DEC_OVERFLOW;
	acc->lo += o.lo;			/* both below 10^30 */
	return acc_add_whole(acc, o.hi);
}

/*
 * The accumulated value as sign, whole units and fraction:
 * |value| = h * 10^scale + l with l < 10^scale.
 */
static DecStatus
acc_parts(const dec_acc *acc, int *neg, uint128_t *h, uint128_t *l)
{
	dec_acc		t = *acc;
	int128_t	unit;

	if (!dec_acc_is_valid(&t) || acc_carry(&t) != DEC_OK)
		return DEC_OVERFLOW;
	unit = (int128_t) pow10_u128(t.scale);
	/* Give lo the sign of hi, so |value| = |hi| * unit + |lo|. */
	if (t.hi > 0 && t.lo < 0)
	{
		t.hi--;
		t.lo += unit;
	}
	else if (t.hi < 0 && t.lo > 0)
	{
		t.hi++;
		t.lo -= unit;
	}
	*neg = t.hi < 0 || (t.hi == 0 && t.lo < 0);
	*h = mag_i128(t.hi);
	*l = mag_i128(t.lo);
	return DEC_OK;
}

/*
 * The accumulated value as magnitude * 10^-scale plus a sticky bit, with at
 * most 38 digits: whole units beyond that cut decimals off the end (they can
 * then only break a tie).  `max_whole_digits` bounds the whole part.
 */
static DecStatus
acc_value(const dec_acc *acc, uint128_t *mag, int *scale, int *sticky, int *neg)
{
	uint128_t	h,
				l;
	int			nh,
				keep,
				cut;

	if (acc_parts(acc, neg, &h, &l) != DEC_OK)
		return DEC_OVERFLOW;
	nh = digits_u128(h);
	if (nh > POW10_U128_MAX)
		return DEC_OVERFLOW;
	keep = acc->scale < POW10_U128_MAX - nh ? acc->scale : POW10_U128_MAX - nh;
	cut = acc->scale - keep;
	*mag = h * pow10_u128(keep) + l / pow10_u128(cut);
	*sticky = l % pow10_u128(cut) != 0;
	*scale = keep;
	return DEC_OK;
}

DecStatus
dec_acc_sum_p(const dec_acc *acc, int digits, dec *out)
{
	uint128_t	mag;
	int			scale,
				sticky,
				neg;

	if (acc_value(acc, &mag, &scale, &sticky, &neg) != DEC_OK)
		return DEC_OVERFLOW;
	/* With sticky, mag has 38 digits: rounding drops 20 of them. */
	return round_mag(mag, neg, scale, sticky, digits, out);
}

DecStatus
dec_acc_sum(const dec_acc *acc, dec *out)
{
	return dec_acc_sum_p(acc, DEC_MAX_DIGITS, out);
}

DecStatus
dec_acc_mean_p(const dec_acc *acc, int64_t n, int digits, dec *out)
{
	uint128_t	mag;
	int			scale,
				sticky,
				neg;
	DecStatus	st;

	if (n <= 0)
		return DEC_DIV_ZERO;
	if (acc_value(acc, &mag, &scale, &sticky, &neg) != DEC_OK)
		return DEC_OVERFLOW;
	/*
	 * With sticky, mag >= 10^37 and n < 10^19, so the whole quotient has at
	 * least 19 digits and the cut-off part can only act as a sticky bit.
	 */
	st = div_round(mag, sticky, (uint64_t) n, scale, neg, digits, out);
	if (st == DEC_OK)
		*out = dec_normalize(*out);
	return st;
}

DecStatus
dec_acc_mean(const dec_acc *acc, int64_t n, dec *out)
{
	return dec_acc_mean_p(acc, n, DEC_MAX_DIGITS, out);
}

/* ---- the accumulator as text ------------------------------------------------ */

/* Write the digits of v (at least `width`, zero-padded) at buf; the length. */
static int
format_u128(uint128_t v, int width, char *buf)
{
	char		tmp[U128_MAX_DIGITS];
	int			n = 0,
				i;

	do
	{
		tmp[n++] = (char) ('0' + (int) (v % 10));
		v /= 10;
	} while (v != 0);
	while (n < width)
		tmp[n++] = '0';
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	return n;
}

int
dec_acc_format(const dec_acc *acc, char *buf)
{
	uint128_t	h,
				l;
	int			neg,
				n = 0;

	if (acc_parts(acc, &neg, &h, &l) != DEC_OK)
		return -1;
	if (neg)
		buf[n++] = '-';
	n += format_u128(h, 1, buf + n);
	if (acc->scale > 0)
	{
		buf[n++] = '.';
		n += format_u128(l, acc->scale, buf + n);
	}
	buf[n] = '\0';
	return n;
}

DecStatus
dec_acc_parse(const char *s, size_t len, dec_acc *out)
{
	size_t		i = 0;
	int			neg = 0,
				digits = 0,
				decimals = 0;
	uint128_t	whole = 0,
				fraction = 0;
	const uint128_t max_whole = ((uint128_t) 1 << 127) - 1;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++)
	{
		if (whole > (max_whole - (uint128_t) (s[i] - '0')) / 10)
			return DEC_OVERFLOW;
		whole = whole * 10 + (uint128_t) (s[i] - '0');
	}
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, decimals++)
		{
			if (decimals == DEC_MAX_SCALE)
				return DEC_OVERFLOW;
			fraction = fraction * 10 + (uint128_t) (s[i] - '0');
		}
	}
	if (i != len || digits + decimals == 0)
		return DEC_SYNTAX;
	out->hi = neg ? -(int128_t) whole : (int128_t) whole;
	out->lo = neg ? -(int128_t) fraction : (int128_t) fraction;
	out->scale = decimals;
	return DEC_OK;
}
