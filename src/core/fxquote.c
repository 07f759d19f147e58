/*
 * fxquote.c - one ticker quote: parsing, formatting, comparison; see
 * fxquote.h for the model.
 */
#include "fxquote.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "currency.h"
#include "utf8_text.h"

/* U+2212 MINUS SIGN, as typeset tickers write a fall. */
static const char minus_sign[] = "\xE2\x88\x92";

static int
is_letters3(const char *s, size_t len, size_t at)
{
	return at + 3 <= len && ascii_is_letter(s[at]) && ascii_is_letter(s[at + 1]) &&
		ascii_is_letter(s[at + 2]);
}

/* Does the token at s[at] (or, at white space, the token after it) contain a comma? */
static int
token_has_comma(const char *s, size_t len, size_t at)
{
	at = utf8t_skip_space(s, len, at);
	return memchr(s + at, ',', utf8t_token_end(s, len, at) - at) != NULL;
}

static FxQuoteStatus
fail(FxQuoteError *err, FxQuoteStatus st, size_t off, size_t len)
{
	if (err)
	{
		err->status = st;
		err->off = off;
		err->len = len;
	}
	return st;
}

/* A three-letter code at s[at], not followed by a letter or digit. */
static int
is_code_at(const char *s, size_t len, size_t at)
{
	return is_letters3(s, len, at) &&
		(at + 3 == len || !(ascii_is_letter(s[at + 3]) || ascii_is_digit(s[at + 3])));
}

/* base and quote: both known ISO 4217 codes, and different. */
static FxQuoteStatus
set_pair(const char *s, size_t base_at, size_t quote_at, size_t pair_end, FxRate *rate,
		 FxQuoteError *err)
{
	cur_code	base = cur_pack(s + base_at);
	cur_code	quote = cur_pack(s + quote_at);

	if (!cur_is_valid(base))
		return fail(err, FXQ_UNKNOWN_CURRENCY, base_at, 3);
	if (!cur_is_valid(quote))
		return fail(err, FXQ_UNKNOWN_CURRENCY, quote_at, 3);
	if (base == quote)
		return fail(err, FXQ_SAME_CURRENCY, base_at, pair_end - base_at);
	rate->base = base;
	rate->quote = quote;
	return FXQ_OK;
}

/*
 * The pair at s[*pos]: 'KGS/USD', spaces allowed around '/'.  Both codes
 * must be known ISO 4217 codes and differ.
 */
static FxQuoteStatus
parse_pair(const char *s, size_t len, size_t *pos, FxRate *rate, FxQuoteError *err)
{
	size_t		start = *pos;
	size_t		at = start;
	size_t		quote_at;
	FxQuoteStatus st;

	if (!is_letters3(s, len, at))
		return fail(err, FXQ_BAD_PAIR, start, utf8t_token_end(s, len, start) - start);
	at = utf8t_skip_space(s, len, at + 3);
	if (at >= len || s[at] != '/')
		return fail(err, FXQ_BAD_PAIR, start, utf8t_token_end(s, len, start) - start);
	quote_at = utf8t_skip_space(s, len, at + 1);
	if (!is_code_at(s, len, quote_at))
		return fail(err, FXQ_BAD_PAIR, start, utf8t_token_end(s, len, quote_at) - start);
	if ((st = set_pair(s, start, quote_at, quote_at + 3, rate, err)) != FXQ_OK)
		return st;
	*pos = quote_at + 3;
	return FXQ_OK;
}

/*
 * The number s[start..end) (digits and at most one separator) as a decimal.
 * A point is a decimal point.  A comma is a decimal comma ('0,00193',
 * '515,46') unless it could as well separate thousands ('1,515', '12,600'):
 * then it is a decimal comma only when the other number of the quote has a
 * comma too (other_comma), and FXQ_AMBIGUOUS_NUMBER otherwise, never a guess.
 * Returns FXQ_OK, FXQ_AMBIGUOUS_NUMBER, or bad (the caller's syntax status).
 */
static FxQuoteStatus
read_number(const char *s, size_t start, size_t end, int other_comma, FxQuoteStatus bad,
			dec *v, DecStatus *dst)
{
	char		buf[64];
	const char *comma = memchr(s + start, ',', end - start);
	size_t		n = end - start;

	if (n == 0 || !(ascii_is_digit(s[start]) || s[start] == '.'))
		return bad;				/* a second sign: '--1' */
	if (comma == NULL)
	{
		*dst = dec_parse(s + start, n, v);
		return *dst == DEC_SYNTAX ? bad : FXQ_OK;
	}
	{
		size_t		at = (size_t) (comma - s);
		size_t		whole_digits = 0;
		int			whole_zero = 1;
		size_t		i;

		for (i = start; i < end; i++)
			if (i != at && !ascii_is_digit(s[i]))
				return bad;		/* a second comma, a point, a sign ... */
		for (i = start; i < at; i++, whole_digits++)
			whole_zero &= s[i] == '0';
		if (whole_digits == 0 || at + 1 == end)
			return bad;			/* ',5' and '5,' */
		if (end - (at + 1) == 3 && !whole_zero && !other_comma)
			return FXQ_AMBIGUOUS_NUMBER;
		if (n > sizeof(buf))
		{
			*dst = DEC_OVERFLOW;	/* longer than any number a quote can hold */
			return FXQ_OK;
		}
		memcpy(buf, s + start, n);
		buf[at - start] = '.';
		*dst = dec_parse(buf, n, v);
		return *dst == DEC_SYNTAX ? bad : FXQ_OK;
	}
}

/* The rate token s[start..end): a decimal number greater than zero, as fxrate takes it. */
static FxQuoteStatus
parse_rate(const char *s, size_t start, size_t end, int other_comma, FxRate *rate,
		   FxQuoteError *err)
{
	dec			v;
	DecStatus	dst = DEC_OK;
	FxQuoteStatus st;
	size_t		digits = start;

	/* a sign is the rate's own ('-1' is not greater than zero) */
	if (digits < end && (s[digits] == '+' || s[digits] == '-'))
		digits++;
	if ((st = read_number(s, digits, end, other_comma, FXQ_BAD_RATE, &v, &dst)) != FXQ_OK)
		return fail(err, st, start, end - start);
	if (dst == DEC_OVERFLOW)
		return fail(err, FXQ_RATE_RANGE, start, end - start);
	if (digits > start && s[start] == '-')
		v.coef = -v.coef;
	if (digits > start && s[start] == '-' && v.coef == 0)
		return fail(err, FXQ_RATE_NOT_POSITIVE, start, end - start);
	switch (fxr_make(rate->base, rate->quote, v, rate))
	{
		case FX_OK:
			return FXQ_OK;
		case FX_NOT_POSITIVE:
			return fail(err, FXQ_RATE_NOT_POSITIVE, start, end - start);
		default:
			return fail(err, FXQ_RATE_RANGE, start, end - start);
	}
}

/* Arrows that give a change its sign: ▲ ▴ ↑ rise, ▼ ▾ ↓ fall (UTF-8, 3 bytes each). */
static int
arrow_sign(const char *s, size_t len, size_t at)
{
	static const char *const rises[] = {"\xE2\x96\xB2", "\xE2\x96\xB4", "\xE2\x86\x91"};
	static const char *const falls[] = {"\xE2\x96\xBC", "\xE2\x96\xBE", "\xE2\x86\x93"};

	if (len - at < 3)
		return 0;
	for (int i = 0; i < 3; i++)
	{
		if (memcmp(s + at, rises[i], 3) == 0)
			return 1;
		if (memcmp(s + at, falls[i], 3) == 0)
			return -1;
	}
	return 0;
}

/* '+', '-' or U+2212 at s[*at]: its sign (and *at moves past it), or 0. */
static int
sign_char(const char *s, size_t len, size_t *at)
{
	if (*at < len && (s[*at] == '+' || s[*at] == '-'))
		return s[(*at)++] == '+' ? 1 : -1;
	if (len - *at >= 3 && memcmp(s + *at, minus_sign, 3) == 0)
	{
		*at += 3;
		return -1;
	}
	return 0;
}

/*
 * The change at s[*pos]: a sign ('+', '-', U+2212) or an arrow (▲ ▼, with
 * an optional sign after it that must agree), an unsigned decimal,
 * optional white space, '%'; all of it may stand in parentheses
 * ('(+0.30%)').  The sign is kept apart so that '-0' keeps it.
 */
static FxQuoteStatus
parse_change(const char *s, size_t len, size_t *pos, int other_comma, FxQuote *q,
			 FxQuoteError *err)
{
	size_t		start = *pos;
	size_t		at = start;
	size_t		num_start;
	size_t		tok_end = utf8t_token_end(s, len, start);
	int			paren = s[at] == '(';
	int			sign;
	int			arrow;
	dec			v;
	DecStatus	dst = DEC_OK;
	FxQuoteStatus st;

	if (paren)
		at = utf8t_skip_space(s, len, at + 1);
	if ((arrow = arrow_sign(s, len, at)) != 0)
		at = utf8t_skip_space(s, len, at + 3);
	sign = sign_char(s, len, &at);
	if (arrow != 0 && sign != 0 && sign != arrow)
		return fail(err, FXQ_BAD_CHANGE, start, tok_end - start);	/* '▲-0.3%' */
	if (sign == 0)
		sign = arrow;
	num_start = at;
	while (at < len && (ascii_is_digit(s[at]) || s[at] == '.' || s[at] == ','))
		at++;
	if (at == num_start)
		return fail(err, FXQ_BAD_CHANGE, start, tok_end - start);
	st = read_number(s, num_start, at, other_comma, FXQ_BAD_CHANGE, &v, &dst);

	/* The '%' may follow the number directly or after white space. */
	{
		size_t		pct = utf8t_skip_space(s, len, at);

		if (pct >= len || s[pct] != '%')
			return fail(err, FXQ_BAD_CHANGE, start, tok_end - start);
		*pos = pct + 1;
		if (paren)
		{
			size_t		close = utf8t_skip_space(s, len, *pos);

			if (close >= len || s[close] != ')')
				return fail(err, FXQ_BAD_CHANGE, start, tok_end - start);
			*pos = close + 1;
		}
	}
	if (st != FXQ_OK)
		return fail(err, st, start, *pos - start);
	if (dst != DEC_OK || v.coef > FXQ_CHANGE_MAX_COEF || v.scale > FXQ_CHANGE_MAX_SCALE)
		return fail(err, FXQ_CHANGE_RANGE, start, *pos - start);
	/* A fall of 100% or more would leave no rate to fall from. */
	if (sign < 0 && dec_cmp(v, (dec) {100, 0}) >= 0)
		return fail(err, FXQ_CHANGE_RANGE, start, *pos - start);

	q->change_coef = (int32_t) (sign < 0 ? -v.coef : v.coef);
	q->change_scale = (uint8_t) v.scale;
	q->change_zero_sign = (int8_t) (v.coef == 0 ? sign : 0);
	return FXQ_OK;
}

/* The rate token at s[pos] (len already trimmed): parse it, return its end. */
static FxQuoteStatus
parse_rate_at(const char *s, size_t len, size_t pos, size_t change_at, FxRate *rate,
			  size_t *end, FxQuoteError *err)
{
	if (pos >= len)
		return fail(err, FXQ_MISSING_RATE, len, 0);
	*end = utf8t_token_end(s, len, pos);
	return parse_rate(s, pos, *end, token_has_comma(s, len, change_at), rate, err);
}

/* The change at s[pos] and nothing after it. */
static FxQuoteStatus
parse_change_to_end(const char *s, size_t len, size_t pos, size_t rate_at, size_t rate_end,
					FxQuote *q, FxQuoteError *err)
{
	FxQuoteStatus st;
	int			rate_comma = memchr(s + rate_at, ',', rate_end - rate_at) != NULL;

	pos = utf8t_skip_space(s, len, pos);
	if (pos >= len)
		return fail(err, FXQ_MISSING_CHANGE, len, 0);
	if ((st = parse_change(s, len, &pos, rate_comma, q, err)) != FXQ_OK)
		return st;
	pos = utf8t_skip_space(s, len, pos);
	if (pos < len)
		return fail(err, FXQ_TRAILING, pos, len - pos);
	return FXQ_OK;
}

/* 'KGS/USD = 0.01144 0%', 'USD/KZT: 515.46 (+0.30%)', 'USD/KZT 515.46 ▲0.30%'. */
static FxQuoteStatus
parse_pair_form(const char *s, size_t len, size_t pos, FxQuote *q, FxQuoteError *err)
{
	FxQuoteStatus st;
	size_t		rate_at,
				end;

	if ((st = parse_pair(s, len, &pos, &q->rate, err)) != FXQ_OK)
		return st;
	/* Trailing white space is trimmed only now: prose fails above, cheaply. */
	len = utf8t_trim_end(s, len);

	pos = utf8t_skip_space(s, len, pos);
	if (pos < len && (s[pos] == '=' || s[pos] == ':'))
		pos = utf8t_skip_space(s, len, pos + 1);
	rate_at = pos;
	if ((st = parse_rate_at(s, len, pos, utf8t_token_end(s, len, pos), &q->rate, &end, err)) != FXQ_OK)
		return st;
	return parse_change_to_end(s, len, end, rate_at, end, q, err);
}

/*
 * '1 USD = 515.46 KZT +0.30%': one unit of the base currency, '=', the rate,
 * the quote currency, the change.  The amount must be 1 (a rate per 100 units
 * would change the published digits).
 */
static FxQuoteStatus
parse_unit_form(const char *s, size_t len, size_t pos, FxQuote *q, FxQuoteError *err)
{
	size_t		start = pos;
	size_t		base_at,
				rate_at,
				rate_end,
				quote_at;
	FxQuoteStatus st;

	while (pos < len && ascii_is_digit(s[pos]))
		pos++;
	base_at = utf8t_skip_space(s, len, pos);
	if (base_at == pos || !is_code_at(s, len, base_at))
		return fail(err, FXQ_BAD_PAIR, start, utf8t_token_end(s, len, start) - start);
	if (pos - start != 1 || s[start] != '1')
		return fail(err, FXQ_BAD_AMOUNT, start, pos - start);
	len = utf8t_trim_end(s, len);
	pos = utf8t_skip_space(s, len, base_at + 3);
	if (pos >= len || s[pos] != '=')
		return fail(err, FXQ_BAD_PAIR, start, base_at + 3 - start);
	rate_at = utf8t_skip_space(s, len, pos + 1);
	if (rate_at >= len)
		return fail(err, FXQ_MISSING_RATE, len, 0);
	rate_end = utf8t_token_end(s, len, rate_at);
	quote_at = utf8t_skip_space(s, len, rate_end);
	if (!is_code_at(s, len, quote_at))
		return fail(err, FXQ_MISSING_CODE, quote_at, utf8t_token_end(s, len, quote_at) - quote_at);
	if ((st = set_pair(s, base_at, quote_at, quote_at + 3, &q->rate, err)) != FXQ_OK)
	{
		if (err && st == FXQ_SAME_CURRENCY)
			err->off = start;
		if (err && st == FXQ_SAME_CURRENCY)
			err->len = quote_at + 3 - start;
		return st;
	}
	if ((st = parse_rate(s, rate_at, rate_end, token_has_comma(s, len, quote_at + 3),
						 &q->rate, err)) != FXQ_OK)
		return st;
	return parse_change_to_end(s, len, quote_at + 3, rate_at, rate_end, q, err);
}

FxQuoteStatus
fxq_parse(const char *s, size_t len, FxQuote *out, FxQuoteError *err)
{
	FxQuote		q;
	FxQuoteStatus st;
	size_t		pos = utf8t_skip_space(s, len, 0);

	memset(&q, 0, sizeof(q));
	if (pos >= len)
		return fail(err, FXQ_BAD_PAIR, 0, 0);
	st = ascii_is_digit(s[pos]) ? parse_unit_form(s, len, pos, &q, err) :
		parse_pair_form(s, len, pos, &q, err);
	if (st != FXQ_OK)
		return st;
	*out = q;
	if (err)
		err->status = FXQ_OK;
	return FXQ_OK;
}

FxQuoteStatus
fxq_parse_pair(const char *s, size_t len, cur_code *base, cur_code *quote, FxQuoteError *err)
{
	FxRate		r;
	FxQuoteStatus st;
	size_t		pos = utf8t_skip_space(s, len, 0);

	if (pos >= len)
		return fail(err, FXQ_BAD_PAIR, 0, 0);
	if ((st = parse_pair(s, len, &pos, &r, err)) != FXQ_OK)
		return st;
	len = utf8t_trim_end(s, len);
	if (pos < len)
		return fail(err, FXQ_BAD_PAIR, 0, len);
	*base = r.base;
	*quote = r.quote;
	return FXQ_OK;
}

int
fxq_describe(const FxQuoteError *err, const char *s, size_t len, char *buf)
{
	char		part[UTF8T_QUOTE_MAX];

	utf8t_quote_part(part, s, len, err->off, err->len);
	switch (err->status)
	{
		case FXQ_OK:
			return sprintf(buf, "no error");
		case FXQ_BAD_PAIR:
			if (err->len == 0)
				return sprintf(buf, "currency pair (such as KGS/USD) is missing");
			return sprintf(buf, "%s is not a currency pair such as KGS/USD", part);
		case FXQ_UNKNOWN_CURRENCY:
			return sprintf(buf, "%s is not a known ISO 4217 currency code", part);
		case FXQ_SAME_CURRENCY:
			return sprintf(buf, "pair %s has the same currency on both sides", part);
		case FXQ_MISSING_RATE:
			return sprintf(buf, "rate is missing");
		case FXQ_BAD_RATE:
			return sprintf(buf, "rate %s is not a number", part);
		case FXQ_RATE_NOT_POSITIVE:
			return sprintf(buf, "rate %s is not greater than zero", part);
		case FXQ_RATE_RANGE:
			return sprintf(buf, "rate %s has more than %d significant digits or %d decimals",
						   part, DEC_MAX_DIGITS, DEC_MAX_SCALE);
		case FXQ_MISSING_CHANGE:
			return sprintf(buf, "change (a percentage such as -0.46%%) is missing");
		case FXQ_BAD_CHANGE:
			return sprintf(buf, "change %s is not a percentage such as -0.46%%", part);
		case FXQ_CHANGE_RANGE:
			return sprintf(buf, "change %s is out of range (above -100%%, at most %d digits)",
						   part, 9);
		case FXQ_TRAILING:
			return sprintf(buf, "unexpected text %s after the change", part);
		case FXQ_AMBIGUOUS_NUMBER:
			return sprintf(buf, "number %s could have a decimal comma or a thousands separator",
						   part);
		case FXQ_BAD_AMOUNT:
			return sprintf(buf, "amount %s is not 1 (a quote such as 1 USD = 515.46 KZT +0.30%%)",
						   part);
		case FXQ_MISSING_CODE:
			if (err->len == 0)
				return sprintf(buf, "currency code after the rate is missing");
			return sprintf(buf, "%s after the rate is not a currency code", part);
	}
	return sprintf(buf, "unknown error");
}

int
fxq_format(const FxQuote *q, char *buf)
{
	int			n;
	dec			change = {q->change_coef, q->change_scale};

	n = fxr_pair_name(q->rate.base, q->rate.quote, buf);
	memcpy(buf + n, " = ", 3);
	n += 3;
	n += dec_format(fxrate_value(&q->rate), buf + n);
	buf[n++] = ' ';
	if (q->change_zero_sign < 0)
		buf[n++] = '-';
	else if (q->change_zero_sign > 0)
		buf[n++] = '+';
	n += dec_format(change, buf + n);
	buf[n++] = '%';
	buf[n] = '\0';
	return n;
}

int
fxq_is_valid(const FxQuote *q)
{
	if (!fxr_is_valid(&q->rate) || q->pad[0] || q->pad[1])
		return 0;
	if (q->change_coef > FXQ_CHANGE_MAX_COEF || q->change_coef < -FXQ_CHANGE_MAX_COEF ||
		q->change_scale > FXQ_CHANGE_MAX_SCALE)
		return 0;
	if (q->change_coef != 0 && q->change_zero_sign != 0)
		return 0;
	if (q->change_zero_sign < -1 || q->change_zero_sign > 1)
		return 0;
	/* The change must be above -100%, as input requires. */
	if (q->change_coef < 0 &&
		dec_cmp(fxq_change(q), (dec) {-100, 0}) <= 0)
		return 0;
	return 1;
}

int
fxq_eq(const FxQuote *a, const FxQuote *b)
{
	return a->rate.coef == b->rate.coef && a->rate.base == b->rate.base &&
		a->rate.quote == b->rate.quote && a->rate.scale == b->rate.scale &&
		a->change_coef == b->change_coef && a->change_scale == b->change_scale &&
		a->change_zero_sign == b->change_zero_sign;
}

#define CMP3(x, y) (((x) > (y)) - ((x) < (y)))

int
fxq_pair_cmp(const FxQuote *a, const FxQuote *b)
{
	int			c = CMP3(a->rate.base, b->rate.base);

	return c != 0 ? c : CMP3(a->rate.quote, b->rate.quote);
}

int
fxq_cmp(const FxQuote *a, const FxQuote *b)
{
	int			c;

	if ((c = fxq_pair_cmp(a, b)) != 0)
		return c;
	if ((c = dec_cmp(fxrate_value(&a->rate), fxrate_value(&b->rate))) != 0)
		return c;
	if ((c = dec_cmp(fxq_change(a), fxq_change(b))) != 0)
		return c;
	if ((c = CMP3(a->change_zero_sign, b->change_zero_sign)) != 0)
		return c;
	if ((c = CMP3(a->rate.scale, b->rate.scale)) != 0)
		return c;
	return CMP3(a->change_scale, b->change_scale);
}

dec
fxq_change(const FxQuote *q)
{
	dec			d = {q->change_coef, q->change_scale};

	return d;
}

int
fxq_direction(const FxQuote *q)
{
	if (q->change_coef != 0)
		return q->change_coef < 0 ? -1 : 1;
	return q->change_zero_sign;
}

/*
 * rate / (1 + change / 100) = rate / ((100 + change) / 100): the sum is
 * exact (at most 9 decimals), so the division rounds once.
 */
FxStatus
fxq_previous_rate(const FxQuote *q, FxRate *out)
{
	dec			hundred = {100, 0};
	dec			factor;
	dec			prev;

	if (dec_add(hundred, fxq_change(q), &factor) != DEC_OK || factor.coef <= 0)
		return FX_OUT_OF_RANGE;
	factor.scale += 2;			/* divide by 100, exactly */
	if (dec_div(fxrate_value(&q->rate), factor, &prev) != DEC_OK || prev.coef == 0)
		return FX_OUT_OF_RANGE;
	return fxr_make(q->rate.base, q->rate.quote, prev, out);
}
