/*
 * decimal.c - exact decimal fixed point; see decimal.h for the model.
 */
#include "decimal.h"

#include <string.h>

static const int64_t pow10_i64[19] = {
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
		if (c < '0' || c > '9')
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
	char		digits[24];
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
		ca *= pow10_i64[b.scale - a.scale];
	else if (b.scale < a.scale)
		cb *= pow10_i64[a.scale - b.scale];
	return (ca > cb) - (ca < cb);
}

dec
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
