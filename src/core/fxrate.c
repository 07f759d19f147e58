/*
 * fxrate.c - the rate of a currency pair; see fxrate.h.
 */
#include "fxrate.h"

#include <string.h>

#include "ascii.h"

static FxSpan
span(size_t off, size_t len)
{
	FxSpan		s;

	s.off = off;
	s.len = len;
	return s;
}

/* ---- rates ---------------------------------------------------------------------- */

/* A status for a currency that failed cur_parse, as base or as quote. */
static FxStatus
currency_status(CurParseStatus st, int is_quote)
{
	if (st == CUR_UNKNOWN)
		return is_quote ? FX_UNKNOWN_QUOTE : FX_UNKNOWN_BASE;
	return is_quote ? FX_BAD_QUOTE : FX_BAD_BASE;
}

/* Store a rate whose currencies are known to be valid and different. */
static FxStatus
fill(cur_code base, cur_code quote, dec value, FxRate *out)
{
	if (!dec_is_valid(value))
		return FX_OUT_OF_RANGE;
	if (value.coef <= 0)
		return FX_NOT_POSITIVE;
	out->coef = value.coef;
	out->base = base;
	out->quote = quote;
	out->scale = (uint8_t) value.scale;
	out->pad[0] = out->pad[1] = out->pad[2] = 0;
	return FX_OK;
}

FxStatus
fxr_make(cur_code base, cur_code quote, dec value, FxRate *out)
{
	if (!cur_is_valid(base))
		return FX_UNKNOWN_BASE;
	if (!cur_is_valid(quote))
		return FX_UNKNOWN_QUOTE;
	if (base == quote)
		return FX_SAME_CURRENCY;
	return fill(base, quote, value, out);
}

/*
 * BASE / QUOTE, then white space and/or '=', then the number.  The base is
 * everything before the '/', the quote runs to the first white space or
 * '='; cur_parse judges both, so "USDT" is reported as the bad part.
 */
FxStatus
fxr_parse(const char *s, size_t len, FxRate *out, FxSpan *bad)
{
	size_t		start = 0,
				end = len,
				slash,
				q,
				qend,
				num;
	cur_code	base,
				quote;
	CurParseStatus cst;
	dec			value;
	DecStatus	dst;
	FxStatus	st;
	FxSpan		dummy;

	if (bad == NULL)
		bad = &dummy;
	*bad = span(0, len);
	ascii_trim(s, &start, &end);
	for (slash = start; slash < end && s[slash] != '/'; slash++)
		;
	if (slash == end)
		return FX_BAD_FORMAT;

	*bad = span(start, slash - start);
	cst = cur_parse(s + start, slash - start, &base);
	if (cst != CUR_OK)
		return currency_status(cst, 0);

	for (q = slash + 1; q < end && ascii_is_space(s[q]); q++)
		;
	for (qend = q; qend < end && !ascii_is_space(s[qend]) && s[qend] != '='; qend++)
		;
	*bad = span(q, qend - q);
	cst = cur_parse(s + q, qend - q, &quote);
	if (cst != CUR_OK)
		return currency_status(cst, 1);
	if (base == quote)
		return FX_SAME_CURRENCY;

	/* The separator: white space, '=', or both; then the number to the end. */
	num = qend;
	while (num < end && ascii_is_space(s[num]))
		num++;
	if (num < end && s[num] == '=')
		num++;
	while (num < end && ascii_is_space(s[num]))
		num++;
	*bad = span(num, end - num);
	if (num == qend || num == end)
		return FX_BAD_FORMAT;
	dst = dec_parse(s + num, end - num, &value);
	if (dst == DEC_SYNTAX)
		return FX_BAD_NUMBER;
	if (dst != DEC_OK)
		return FX_OUT_OF_RANGE;
	st = fill(base, quote, value, out);
	if (st == FX_OK)
		*bad = span(0, 0);
	return st;
}

int
fxr_pair_name(cur_code base, cur_code quote, char *buf)
{
	cur_unpack(base, buf);
	buf[3] = '/';
	cur_unpack(quote, buf + 4);
	return FXR_PAIR_NAME_LEN;
}

int
fxr_format(const FxRate *r, char *buf)
{
	int			n = fxr_pair_name(r->base, r->quote, buf);

	buf[n++] = ' ';
	return n + dec_format(fxrate_value(r), buf + n);
}

int
fxr_is_valid(const FxRate *r)
{
	return r->pad[0] == 0 && r->pad[1] == 0 && r->pad[2] == 0 &&
		r->coef > 0 && r->coef <= DEC_MAX_COEF && r->scale <= DEC_MAX_SCALE &&
		r->base != r->quote && cur_is_valid(r->base) && cur_is_valid(r->quote);
}

int
fxr_cmp(const FxRate *a, const FxRate *b)
{
	if (a->base != b->base)
		return a->base < b->base ? -1 : 1;
	if (a->quote != b->quote)
		return a->quote < b->quote ? -1 : 1;
	if (a->scale == b->scale)
		return (a->coef > b->coef) - (a->coef < b->coef);
	return dec_cmp(fxrate_value(a), fxrate_value(b));
}

FxRate
fxr_canonical(const FxRate *r)
{
	FxRate		c;
	dec			v = dec_normalize(fxrate_value(r));

	memset(&c, 0, sizeof(c));
	c.coef = v.coef;
	c.base = r->base;
	c.quote = r->quote;
	c.scale = (uint8_t) v.scale;
	return c;
}

/*
 * A derived value as a rate: it must have stayed in range and above zero.
 * The currencies come from valid rates, and the callers made sure they
 * differ.
 */
static FxStatus
derived(DecStatus dst, cur_code base, cur_code quote, dec value, FxRate *out)
{
	if (dst != DEC_OK)
		return FX_OUT_OF_RANGE;
	if (value.coef == 0)
		return FX_OUT_OF_RANGE;	/* below 10^-30: rounded to zero */
	return fill(base, quote, value, out);
}

FxStatus
fxr_inverse(const FxRate *r, FxRate *out)
{
	dec			v = {0, 0};
	DecStatus	dst = dec_inverse(fxrate_value(r), &v);

	return derived(dst, r->quote, r->base, v, out);
}

FxStatus
fxr_chain(const FxRate *a, const FxRate *b, FxRate *out)
{
	dec			v = {0, 0};
	DecStatus	dst;

	if (a->quote != b->base)
	{
		const FxRate *t = a;

		/* B/C * A/B: the same chain written the other way round */
		a = b;
		b = t;
	}
	if (a->quote != b->base || a->base == b->quote)
		return FX_PAIR_MISMATCH;
	dst = dec_mul(fxrate_value(a), fxrate_value(b), &v);
	return derived(dst, a->base, b->quote, v, out);
}

FxStatus
fxr_cross(const FxRate *a, const FxRate *b, FxRate *out)
{
	dec			v = {0, 0};
	DecStatus	dst;

	if (a->quote == b->quote && a->base != b->base)
	{
		/* A/C / B/C: 1 A = a C and 1 B = b C, so 1 A = a/b B */
		dst = dec_div(fxrate_value(a), fxrate_value(b), &v);
		return derived(dst, a->base, b->base, v, out);
	}
	if (a->base == b->base && a->quote != b->quote)
	{
		/* C/A / C/B: 1 C = a A and 1 C = b B, so 1 B = a/b A */
		dst = dec_div(fxrate_value(a), fxrate_value(b), &v);
		return derived(dst, b->quote, a->quote, v, out);
	}
	return FX_PAIR_MISMATCH;
}

FxStatus
fxr_pct_change(const FxRate *new_rate, const FxRate *old_rate, dec *out)
{
	if (new_rate->base != old_rate->base || new_rate->quote != old_rate->quote)
		return FX_PAIR_MISMATCH;
	if (dec_pct_change(fxrate_value(new_rate), fxrate_value(old_rate), out) != DEC_OK)
		return FX_OUT_OF_RANGE;
	return FX_OK;
}

FxStatus
fxr_move_pct(const FxRate *r, dec pct, FxRate *out)
{
	dec			minus_hundred = {-100, 0};
	dec			v = {0, 0};
	DecStatus	dst;

	if (!dec_is_valid(pct))
		return FX_OUT_OF_RANGE;
	if (dec_cmp(pct, minus_hundred) <= 0)
		return FX_NOT_POSITIVE;
	dst = dec_move_pct(fxrate_value(r), pct, &v);
	return derived(dst, r->base, r->quote, v, out);
}

FxStatus
fxr_round(const FxRate *r, int scale, FxRate *out)
{
	dec			v = {0, 0};
	DecStatus	dst = dec_round(fxrate_value(r), scale, &v);

	return derived(dst, r->base, r->quote, v, out);
}

FxStatus
fxr_error_bound(const FxRate *r, dec *out)
{
	/* (0.5 * 10^-scale) / (coef * 10^-scale) = 0.5 / coef */
	dec			half = {5, 1};
	dec			coef = {r->coef, 0};

	if (dec_div(half, coef, out) != DEC_OK)
		return FX_OUT_OF_RANGE;
	return FX_OK;
}
