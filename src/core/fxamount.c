/*
 * fxamount.c - an amount of one currency; see fxamount.h.
 */
#include "fxamount.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"

/*
 * Store an amount in a known currency.  Trailing zeros are dropped only
 * where that is what makes the value fit in 15 digits
 * (123456789012345.000, or numeric's padding): that changes no digit.  Every
 * amount is made here (or in fxa_convert's fast path), so this is where a
 * currency without a storage id is refused.
 */
static FxStatus
fill(cur_code currency, dec value, FxAmount *out)
{
	if (!fxa_can_hold(currency))
		return FX_NOT_STORABLE;
	if (!fxa_value_fits(value) && dec_is_valid(value))
		value = dec_normalize(value);
	if (!fxa_value_fits(value))
		return FX_OUT_OF_RANGE;
	memset(out, 0, sizeof(*out));
	out->coef = value.coef;
	out->currency = currency;
	out->scale = (uint8_t) value.scale;
	return FX_OK;
}

FxStatus
fxa_make(cur_code currency, dec value, FxAmount *out)
{
	if (!cur_is_valid(currency))
		return FX_UNKNOWN_BASE;
	return fill(currency, value, out);
}

/* A dec result as an amount in `currency` (taken from a valid amount or rate). */
static FxStatus
result(DecStatus dst, cur_code currency, dec value, FxAmount *out)
{
	if (dst == DEC_DIV_ZERO)
		return FX_DIV_ZERO;
	if (dst != DEC_OK)
		return FX_OUT_OF_RANGE;
	return fill(currency, value, out);
}

/*
 * Two parts separated by white space: the one that starts with a letter is
 * the currency, the other the number.
 */
FxStatus
fxa_parse(const char *s, size_t len, FxAmount *out, FxSpan *bad)
{
	size_t		start = 0,
				end = len,
				gap,
				second;
	size_t		cur_off,
				cur_len,
				num_off,
				num_len;
	cur_code	currency;
	CurParseStatus cst;
	dec			value;
	DecStatus	dst;
	FxSpan		dummy;

	if (bad == NULL)
		bad = &dummy;
	bad->off = 0;
	bad->len = len;
	ascii_trim(s, &start, &end);
	for (gap = start; gap < end && !ascii_is_space(s[gap]); gap++)
		;
	for (second = gap; second < end && ascii_is_space(s[second]); second++)
		;
	if (gap == start || second == end)
		return FX_BAD_FORMAT;
	if (ascii_is_letter(s[start]))
	{
		cur_off = start;
		cur_len = gap - start;
		num_off = second;
		num_len = end - second;
	}
	else
	{
		num_off = start;
		num_len = gap - start;
		cur_off = second;
		cur_len = end - second;
	}
	bad->off = cur_off;
	bad->len = cur_len;
	cst = cur_parse(s + cur_off, cur_len, &currency);
	if (cst == CUR_UNKNOWN)
		return FX_UNKNOWN_BASE;
	if (cst != CUR_OK)
		return FX_BAD_BASE;
	if (!fxa_can_hold(currency))
		return FX_NOT_STORABLE;	/* *bad spans the currency */
	bad->off = num_off;
	bad->len = num_len;
	dst = dec_parse(s + num_off, num_len, &value);
	if (dst == DEC_SYNTAX)
		return FX_BAD_NUMBER;
	if (dst != DEC_OK)
		return FX_OUT_OF_RANGE;
	if (fill(currency, value, out) != FX_OK)
		return FX_OUT_OF_RANGE;	/* *bad still spans the number */
	bad->off = 0;
	bad->len = 0;
	return FX_OK;
}

int
fxa_format(const FxAmount *a, char *buf)
{
	int			n = dec_format(fxamount_value(a), buf);

	buf[n] = ' ';
	cur_unpack(a->currency, buf + n + 1);
	return n + 4;
}

int
fxa_is_valid(const FxAmount *a)
{
	for (size_t i = 0; i < sizeof(a->pad); i++)
		if (a->pad[i] != 0)
			return 0;
	return a->coef >= -FXA_MAX_COEF && a->coef <= FXA_MAX_COEF &&
		a->scale <= DEC_MAX_SCALE && fxa_can_hold(a->currency);
}

int
fxa_cmp(const FxAmount *a, const FxAmount *b)
{
	if (a->currency != b->currency)
		return a->currency < b->currency ? -1 : 1;
	if (a->scale == b->scale)
		return (a->coef > b->coef) - (a->coef < b->coef);
	return dec_cmp(fxamount_value(a), fxamount_value(b));
}

FxAmount
fxa_canonical(const FxAmount *a)
{
	FxAmount	c;
	dec			v = dec_normalize(fxamount_value(a));

	memset(&c, 0, sizeof(c));
	c.coef = v.coef;
	c.currency = a->currency;
	c.scale = (uint8_t) v.scale;
	return c;
}

FxStatus
fxa_add(const FxAmount *a, const FxAmount *b, FxAmount *out)
{
	dec			v = {0, 0};

	if (a->currency != b->currency)
		return FX_PAIR_MISMATCH;
	return result(dec_add_p(fxamount_value(a), fxamount_value(b), FXA_MAX_DIGITS, &v), a->currency, v, out);
}

FxStatus
fxa_sub(const FxAmount *a, const FxAmount *b, FxAmount *out)
{
	dec			v = {0, 0};

	if (a->currency != b->currency)
		return FX_PAIR_MISMATCH;
	return result(dec_sub_p(fxamount_value(a), fxamount_value(b), FXA_MAX_DIGITS, &v), a->currency, v, out);
}

FxStatus
fxa_neg(const FxAmount *a, FxAmount *out)
{
	dec			v = fxamount_value(a);

	if (!fxa_value_fits(v))
		return FX_OUT_OF_RANGE;
	v.coef = -v.coef;			/* |coef| <= 10^15 - 1: cannot overflow */
	return fxa_make(a->currency, v, out);
}

FxStatus
fxa_abs(const FxAmount *a, FxAmount *out)
{
	if (a->coef < 0)
		return fxa_neg(a, out);
	return result(fxa_value_fits(fxamount_value(a)) ? DEC_OK : DEC_OVERFLOW,
				  a->currency, fxamount_value(a), out);
}

FxStatus
fxa_mul(const FxAmount *a, dec n, FxAmount *out)
{
	dec			v = {0, 0};

	if (!dec_is_valid(n) || !fxa_is_valid(a))
		return FX_OUT_OF_RANGE;
	/* The exact product (at most 33 digits) at the summed scale, rounded only if needed. */
	return result(dec_from_i128_p((int128_t) a->coef * n.coef, a->scale + n.scale, FXA_MAX_DIGITS, &v),
				  a->currency, v, out);
}

FxStatus
fxa_mul_i64(const FxAmount *a, int64_t n, FxAmount *out)
{
	dec			v = {0, 0};

	if (!fxa_is_valid(a))
		return FX_OUT_OF_RANGE;
	return result(dec_from_i128_p((int128_t) a->coef * n, a->scale, FXA_MAX_DIGITS, &v), a->currency, v, out);
}

FxStatus
fxa_div(const FxAmount *a, dec n, FxAmount *out)
{
	dec			v = {0, 0};

	return result(dec_div_p(fxamount_value(a), n, FXA_MAX_DIGITS, &v), a->currency, v, out);
}

FxStatus
fxa_div_i64(const FxAmount *a, int64_t n, FxAmount *out)
{
	dec			v = {0, 0};

	return result(dec_div_i64_p(fxamount_value(a), n, FXA_MAX_DIGITS, &v), a->currency, v, out);
}

FxStatus
fxa_convert_general(const FxAmount *a, const FxRate *r, FxAmount *out)
{
	dec			v = {0, 0};

	if (a->currency == r->base)
		return result(dec_mul_p(fxamount_value(a), fxrate_value(r), FXA_MAX_DIGITS, &v), r->quote, v, out);
	if (a->currency == r->quote)
		return result(dec_div_p(fxamount_value(a), fxrate_value(r), FXA_MAX_DIGITS, &v), r->base, v, out);
	return FX_PAIR_MISMATCH;
}

FxStatus
fxa_round(const FxAmount *a, int scale, FxAmount *out)
{
	dec			v = {0, 0};

	return result(dec_round(fxamount_value(a), scale, &v), a->currency, v, out);
}

FxStatus
fxa_round_minor(const FxAmount *a, FxAmount *out)
{
	const CurrencyInfo *info = cur_info(a->currency);

	if (info == NULL)
		return FX_UNKNOWN_BASE;
	if (info->minor_units < 0)
		return result(fxa_value_fits(fxamount_value(a)) ? DEC_OK : DEC_OVERFLOW,
					  a->currency, fxamount_value(a), out);
	return fxa_round(a, info->minor_units, out);
}

/* ---- sum and avg state --------------------------------------------------------- */

void
fxa_acc_init(FxAmountAcc *st)
{
	memset(st, 0, sizeof(*st));
	dec_acc_init(&st->acc);
	st->count = 0;
	st->currency = CUR_CODE_INVALID;
}

int
fxa_acc_is_valid(const FxAmountAcc *st)
{
	if (!dec_acc_is_valid(&st->acc) || st->count < 0)
		return 0;
	if (st->count == 0)
		return st->currency == CUR_CODE_INVALID;
	return fxa_can_hold(st->currency);
}

FxStatus
fxa_acc_merge(FxAmountAcc *st, const FxAmountAcc *other)
{
	if (other->count == 0)
		return FX_OK;
	if (st->count == 0)
	{
		*st = *other;
		return FX_OK;
	}
	if (st->currency != other->currency)
		return FX_PAIR_MISMATCH;
	if (dec_acc_merge(&st->acc, &other->acc) != DEC_OK ||
		__builtin_add_overflow(st->count, other->count, &st->count))
		return FX_OUT_OF_RANGE;
	return FX_OK;
}

FxStatus
fxa_acc_sum(const FxAmountAcc *st, FxAmount *out)
{
	dec			v = {0, 0};

	return result(dec_acc_sum_p(&st->acc, FXA_MAX_DIGITS, &v), st->currency, v, out);
}

FxStatus
fxa_acc_avg(const FxAmountAcc *st, FxAmount *out)
{
	dec			v = {0, 0};

	return result(dec_acc_mean_p(&st->acc, st->count, FXA_MAX_DIGITS, &v), st->currency, v, out);
}

/* ---- the state of sum and avg as text ---------------------------------------- */

int
fxa_acc_format(const FxAmountAcc *st, char *buf)
{
	int			n;

	if (st->count == 0)
	{
		memcpy(buf, "empty", 6);
		return 5;
	}
	n = dec_acc_format(&st->acc, buf);
	if (n < 0)
		return -1;
	buf[n++] = ' ';
	cur_unpack(st->currency, buf + n);
	n += 3;
	return n + snprintf(buf + n, FXA_ACC_FORMAT_MAX - (size_t) n, " / %lld", (long long) st->count);
}

FxStatus
fxa_acc_parse(const char *s, size_t len, FxAmountAcc *out)
{
	size_t		start = 0,
				end = len,
				slash,
				cur_end,
				cur_start;
	int64_t		count = 0;
	cur_code	currency;
	CurParseStatus cst;
	DecStatus	dst;
	FxAmountAcc st;

	while (start < end && ascii_is_space(s[start]))
		start++;
	while (end > start && ascii_is_space(s[end - 1]))
		end--;
	fxa_acc_init(&st);
	if (end - start == 5 && memcmp(s + start, "empty", 5) == 0)
	{
		*out = st;
		return FX_OK;
	}
	/* "SUM CUR / COUNT" */
	for (slash = end; slash > start && s[slash - 1] != '/'; slash--)
		;
	if (slash == start)
		return FX_BAD_FORMAT;
	for (size_t i = slash; i < end; i++)
	{
		if (ascii_is_space(s[i]) && count == 0)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return FX_BAD_FORMAT;
		if (count > (INT64_MAX - (s[i] - '0')) / 10)
			return FX_OUT_OF_RANGE;
		count = count * 10 + (s[i] - '0');
	}
	for (cur_end = slash - 1; cur_end > start && ascii_is_space(s[cur_end - 1]); cur_end--)
		;
	for (cur_start = cur_end; cur_start > start && !ascii_is_space(s[cur_start - 1]); cur_start--)
		;
	if (count == 0 || cur_start == start)
		return FX_BAD_FORMAT;
	cst = cur_parse(s + cur_start, cur_end - cur_start, &currency);
	if (cst == CUR_UNKNOWN)
		return FX_UNKNOWN_BASE;
	if (cst != CUR_OK)
		return FX_BAD_BASE;
	if (!fxa_can_hold(currency))
	{
		fxa_acc_init(out);
		out->currency = currency;	/* for the caller's message */
		return FX_NOT_STORABLE;
	}
	while (cur_start > start && ascii_is_space(s[cur_start - 1]))
		cur_start--;
	dst = dec_acc_parse(s + start, cur_start - start, &st.acc);
	if (dst == DEC_SYNTAX)
		return FX_BAD_NUMBER;
	if (dst != DEC_OK)
		return FX_OUT_OF_RANGE;
	st.count = count;
	st.currency = currency;
	if (!fxa_acc_is_valid(&st))
		return FX_OUT_OF_RANGE;
	*out = st;
	return FX_OK;
}
