/*
 * fxcandle.c - exact candles of one currency pair; see fxcandle.h.
 */
#include "fxcandle.h"

#include <stdio.h>
#include <string.h>

#include "utctime.h"
#include "utf8_text.h"

/* Every byte of the value is a field: it is stored and hashed as it is. */
typedef char fxc_size_check[sizeof(FxCandle) == 80 ? 1 : -1];

static const char *const point_names[4] = {"open", "high", "low", "close"};

int
fxc_value_cmp_scaled(int64_t ca, int sa, int64_t cb, int sb)
{
	dec			a = {ca, sa};
	dec			b = {cb, sb};

	return dec_cmp(a, b);
}

/* ---- building ---------------------------------------------------------------- */

void
fxc_init(FxCandle *c, const FxRate *r, int64_t at)
{
	memset(c, 0, sizeof(*c));
	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
	{
		c->coef[f] = r->coef;
		c->scale[f] = r->scale;
		c->at[f] = at;
	}
	c->n = 1;
	c->base = r->base;
	c->quote = r->quote;
}

FxCandleStatus
fxc_add_general(FxCandle *c, const FxRate *r, int64_t at)
{
	if (r->base != c->base || r->quote != c->quote)
		return FXC_PAIR_MISMATCH;
	if (c->n == INT64_MAX)
		return FXC_COUNT_OVERFLOW;
	c->n++;
	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
		fxc_offer(c, f, r->coef, r->scale, at);
	return FXC_OK;
}

FxCandleStatus
fxc_merge(FxCandle *dst, const FxCandle *src)
{
	if (dst->base != src->base || dst->quote != src->quote)
		return FXC_PAIR_MISMATCH;
	if (src->n > INT64_MAX - dst->n)
		return FXC_COUNT_OVERFLOW;
	dst->n += src->n;
	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
		fxc_offer(dst, f, src->coef[f], src->scale[f], src->at[f]);
	return FXC_OK;
}

/* ---- reading ----------------------------------------------------------------- */

FxRate
fxc_rate(const FxCandle *c, int f)
{
	FxRate		r;

	memset(&r, 0, sizeof(r));
	r.coef = c->coef[f];
	r.scale = c->scale[f];
	r.base = c->base;
	r.quote = c->quote;
	return r;
}

FxStatus
fxc_change_pct(const FxCandle *c, dec *out)
{
	FxRate		open = fxc_rate(c, FXC_OPEN);
	FxRate		close = fxc_rate(c, FXC_CLOSE);

	return fxr_pct_change(&close, &open, out);
}

/* ---- validity, equality, order --------------------------------------------------- */

static int
same_point(const FxCandle *a, int fa, const FxCandle *b, int fb)
{
	return a->coef[fa] == b->coef[fb] && a->scale[fa] == b->scale[fb] && a->at[fa] == b->at[fb];
}

static int
fields_in_range(const FxCandle *c)
{
	if (c->n < 1 || c->base == c->quote || !cur_is_valid(c->base) || !cur_is_valid(c->quote))
		return 0;
	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
		if (c->coef[f] <= 0 || c->coef[f] > DEC_MAX_COEF || c->scale[f] > DEC_MAX_SCALE ||
			!utctime_is_valid(c->at[f]))
			return 0;
	return 1;
}

/*
 * If any rows make c, its four points are among them and are the extremes
 * of all of them, hence of the four alone: the candle of the four points is
 * c again (with as many rows as there are distinct points, at most n).  And
 * if it is, those points plus n - distinct repeats make c.
 */
int
fxc_inconsistency(const FxCandle *c)
{
	FxCandle	again;
	int			distinct = 0;

	if (!fields_in_range(c))
		return FXC_FIELD_VALUE;
	again = *c;
	for (int p = FXC_OPEN; p <= FXC_CLOSE; p++)
	{
		int			seen_before = 0;

		for (int q = FXC_OPEN; q < p; q++)
			seen_before |= same_point(c, p, c, q);
		distinct += !seen_before;
		for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
			fxc_offer(&again, f, c->coef[p], c->scale[p], c->at[p]);
	}
	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
		if (!same_point(&again, f, c, f))
			return f;
	if (c->n < distinct)
		return FXC_FIELD_N;
	return -1;
}

int
fxc_cmp(const FxCandle *a, const FxCandle *b)
{
	static const int value_order[4] = {FXC_OPEN, FXC_CLOSE, FXC_HIGH, FXC_LOW};
	int			v;

	if (a->base != b->base)
		return a->base < b->base ? -1 : 1;
	if (a->quote != b->quote)
		return a->quote < b->quote ? -1 : 1;
	if (a->at[FXC_OPEN] != b->at[FXC_OPEN])
		return a->at[FXC_OPEN] < b->at[FXC_OPEN] ? -1 : 1;
	if (a->at[FXC_CLOSE] != b->at[FXC_CLOSE])
		return a->at[FXC_CLOSE] < b->at[FXC_CLOSE] ? -1 : 1;
	for (int i = 0; i < 4; i++)
	{
		int			f = value_order[i];

		v = fxc_value_cmp(a->coef[f], a->scale[f], b->coef[f], b->scale[f]);
		if (v != 0)
			return v;
	}
	if (a->at[FXC_HIGH] != b->at[FXC_HIGH])
		return a->at[FXC_HIGH] < b->at[FXC_HIGH] ? -1 : 1;
	if (a->at[FXC_LOW] != b->at[FXC_LOW])
		return a->at[FXC_LOW] < b->at[FXC_LOW] ? -1 : 1;
	return (a->n > b->n) - (a->n < b->n);
}

FxCandle
fxc_canonical(const FxCandle *c)
{
	FxCandle	k = *c;

	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
	{
		dec			v = {c->coef[f], c->scale[f]};

		v = dec_normalize(v);
		k.coef[f] = v.coef;
		k.scale[f] = (uint8_t) v.scale;
	}
	return k;
}

/* ---- text form ----------------------------------------------------------------- */

int
fxc_format(const FxCandle *c, char *buf)
{
	int			n = fxr_pair_name(c->base, c->quote, buf);

	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
	{
		dec			v = {c->coef[f], c->scale[f]};

		n += sprintf(buf + n, " %s ", point_names[f]);
		n += dec_format(v, buf + n);
		buf[n++] = ' ';
		buf[n++] = '@';
		n += utctime_format(c->at[f], buf + n);
	}
	n += sprintf(buf + n, " n %lld", (long long) c->n);
	return n;
}

/*
 * The end of the pair starting at pos: its first token, or up to three
 * tokens while there is no '/' with something after it ('KZT / USD').
 */
static size_t
pair_end(const char *s, size_t len, size_t pos)
{
	size_t		end = utf8t_token_end(s, len, pos);

	for (int more = 0; more < 2; more++)
	{
		const char *slash = memchr(s + pos, '/', end - pos);

		if (slash != NULL && slash != s + end - 1)
			break;
		if (utf8t_skip_space(s, len, end) == len)
			break;
		end = utf8t_token_end(s, len, utf8t_skip_space(s, len, end));
	}
	return end;
}

static FxCandleSyntax
fail(FxCandleParseError *err, FxCandleSyntax syn, int field, size_t off, size_t len)
{
	err->syntax = syn;
	err->field = field;
	err->off = off;
	err->len = len;
	return syn;
}

/* Is s[start..end) the keyword, in any case? */
static int
is_keyword(const char *s, size_t start, size_t end, const char *word)
{
	size_t		n = strlen(word);

	if (end - start != n)
		return 0;
	for (size_t i = 0; i < n; i++)
	{
		char		ch = s[start + i];

		if (ch >= 'A' && ch <= 'Z')
			ch = (char) (ch - 'A' + 'a');
		if (ch != word[i])
			return 0;
	}
	return 1;
}

/* Digits only, 1 .. INT64_MAX. */
static FxCandleSyntax
parse_count(const char *s, size_t start, size_t end, int64_t *out)
{
	uint64_t	v = 0;

	if (start == end)
		return FXC_SYN_COUNT;
	for (size_t i = start; i < end; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return FXC_SYN_COUNT;
		if (v > ((uint64_t) INT64_MAX - (uint64_t) (s[i] - '0')) / 10)
		{
			/* still digits only? then it is a count, just too large */
			for (; i < end; i++)
				if (s[i] < '0' || s[i] > '9')
					return FXC_SYN_COUNT;
			return FXC_SYN_COUNT_RANGE;
		}
		v = v * 10 + (uint64_t) (s[i] - '0');
	}
	if (v < 1)
		return FXC_SYN_COUNT;
	*out = (int64_t) v;
	return FXC_SYN_OK;
}

/* 'open 0.00194 @2025-12-09T03:00:00Z' at *pos (white space skipped). */
static FxCandleSyntax
parse_point(const char *s, size_t len, size_t *pos, int f, FxCandle *c, FxCandleParseError *err)
{
	size_t		at = utf8t_skip_space(s, len, *pos);
	size_t		end = utf8t_token_end(s, len, at);
	dec			v;
	DecStatus	dst;

	if (!is_keyword(s, at, end, point_names[f]))
		return fail(err, FXC_SYN_KEYWORD, f, at, end - at);
	at = utf8t_skip_space(s, len, end);
	end = utf8t_token_end(s, len, at);
	dst = dec_parse(s + at, end - at, &v);
	if (dst == DEC_SYNTAX || at == end)
		return fail(err, FXC_SYN_RATE, f, at, end - at);
	if (dst != DEC_OK || v.scale > DEC_MAX_SCALE)
		return fail(err, FXC_SYN_RATE_RANGE, f, at, end - at);
	if (v.coef <= 0)
		return fail(err, FXC_SYN_RATE_NOT_POSITIVE, f, at, end - at);
	c->coef[f] = v.coef;
	c->scale[f] = (uint8_t) v.scale;
	at = utf8t_skip_space(s, len, end);
	end = utf8t_token_end(s, len, at);
	if (at == end || s[at] != '@' || !utctime_parse(s + at + 1, end - at - 1, &c->at[f]))
		return fail(err, FXC_SYN_TIME, f, at, end - at);
	*pos = end;
	return FXC_SYN_OK;
}

FxCandleSyntax
fxc_parse(const char *s, size_t len, FxCandle *out, FxCandleParseError *err)
{
	FxCandleParseError dummy;
	FxCandle	c;
	FxCandleSyntax syn;
	size_t		at;
	size_t		end;
	int			wrong;

	if (err == NULL)
		err = &dummy;
	memset(err, 0, sizeof(*err));
	memset(&c, 0, sizeof(c));
	at = utf8t_skip_space(s, len, 0);
	end = pair_end(s, len, at);
	if (fxq_parse_pair(s + at, end - at, &c.base, &c.quote, &err->pair_err) != FXQ_OK)
	{
		err->pair_err.off += at;
		return fail(err, FXC_SYN_PAIR, -1, at, end - at);
	}
	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
		if ((syn = parse_point(s, len, &end, f, &c, err)) != FXC_SYN_OK)
			return syn;
	at = utf8t_skip_space(s, len, end);
	end = utf8t_token_end(s, len, at);
	if (!is_keyword(s, at, end, "n"))
		return fail(err, FXC_SYN_KEYWORD, FXC_FIELD_N, at, end - at);
	at = utf8t_skip_space(s, len, end);
	end = utf8t_token_end(s, len, at);
	if ((syn = parse_count(s, at, end, &c.n)) != FXC_SYN_OK)
		return fail(err, syn, FXC_FIELD_N, at, end - at);
	at = utf8t_skip_space(s, len, end);
	if (at != len)
		return fail(err, FXC_SYN_TRAILING, FXC_FIELD_N, at, len - at);
	wrong = fxc_inconsistency(&c);
	if (wrong >= 0)
		return fail(err, FXC_SYN_INCONSISTENT, wrong, 0, len);
	*out = c;
	return FXC_SYN_OK;
}

static int
describe_inconsistent(int field, char *buf)
{
	switch (field)
	{
		case FXC_OPEN:
			return sprintf(buf, "the open must be the rate seen first (at equal times the lowest)");
		case FXC_HIGH:
			return sprintf(buf, "the high must be the highest rate, at the first time it was seen");
		case FXC_LOW:
			return sprintf(buf, "the low must be the lowest rate, at the first time it was seen");
		case FXC_CLOSE:
			return sprintf(buf, "the close must be the rate seen last (at equal times the highest)");
		case FXC_FIELD_N:
			return sprintf(buf, "the count n must be at least the number of distinct points");
	}
	return sprintf(buf, "a field is out of range");
}

int
fxc_describe(const FxCandleParseError *err, const char *s, size_t len, char *buf)
{
	char		part[UTF8T_QUOTE_MAX];
	char		why[FXQUOTE_DESCRIBE_MAX];
	const char *name = err->field >= FXC_OPEN && err->field <= FXC_CLOSE ? point_names[err->field] : "n";

	utf8t_quote_part(part, s, len, err->off, err->len);
	switch (err->syntax)
	{
		case FXC_SYN_OK:
			return sprintf(buf, "no error");
		case FXC_SYN_PAIR:
			fxq_describe(&err->pair_err, s, len, why);
			return sprintf(buf, "%s", why);
		case FXC_SYN_KEYWORD:
			if (err->len == 0)
				return sprintf(buf, "expected \"%s\" after the %s", name,
							   err->field == FXC_OPEN ? "pair" : point_names[err->field - 1]);
			return sprintf(buf, "expected \"%s\", not %s", name, part);
		case FXC_SYN_RATE:
			return sprintf(buf, "%s: rate %s is not a number", name, part);
		case FXC_SYN_RATE_NOT_POSITIVE:
			return sprintf(buf, "%s: rate %s is not greater than zero", name, part);
		case FXC_SYN_RATE_RANGE:
			return sprintf(buf, "%s: rate %s has more than %d significant digits or %d decimals",
						   name, part, DEC_MAX_DIGITS, DEC_MAX_SCALE);
		case FXC_SYN_TIME:
			return sprintf(buf, "%s: expected \"@\" and a time such as @2025-12-09T03:00:00Z, not %s",
						   name, part);
		case FXC_SYN_COUNT:
			return sprintf(buf, "the row count n must be a whole number of 1 or more, not %s", part);
		case FXC_SYN_COUNT_RANGE:
			return sprintf(buf, "the row count n %s is above %lld", part, (long long) INT64_MAX);
		case FXC_SYN_TRAILING:
			return sprintf(buf, "unexpected text %s after n", part);
		case FXC_SYN_INCONSISTENT:
			return describe_inconsistent(err->field, buf);
	}
	return sprintf(buf, "unknown error");
}

/* ---- binary form ------------------------------------------------------------------ */

static void
put_be64(uint8_t *p, int64_t v)
{
	uint64_t	u = (uint64_t) v;

	for (int i = 7; i >= 0; i--, u >>= 8)
		p[i] = (uint8_t) (u & 0xFF);
}

static int64_t
get_be64(const uint8_t *p)
{
	uint64_t	u = 0;

	for (int i = 0; i < 8; i++)
		u = (u << 8) | p[i];
	return (int64_t) u;
}

void
fxc_flatten(const FxCandle *c, uint8_t buf[FXC_FLAT_SIZE])
{
	char		code[4];
	uint8_t    *p = buf;

	*p++ = FXC_FORMAT_VERSION;
	cur_unpack(c->base, code);
	memcpy(p, code, 3);
	p += 3;
	cur_unpack(c->quote, code);
	memcpy(p, code, 3);
	p += 3;
	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
	{
		*p++ = c->scale[f];
		put_be64(p, c->coef[f]);
		put_be64(p + 8, c->at[f]);
		p += 16;
	}
	put_be64(p, c->n);
}

/* Three upper-case letters (what fxc_flatten writes), packed; CUR_CODE_INVALID if not. */
static cur_code
read_code(const uint8_t *p)
{
	for (int i = 0; i < 3; i++)
		if (p[i] < 'A' || p[i] > 'Z')
			return CUR_CODE_INVALID;
	return cur_pack((const char *) p);
}

FxCandleStatus
fxc_unflatten(const uint8_t *buf, size_t len, FxCandle *out)
{
	FxCandle	c;
	const uint8_t *p = buf;

	if (len < 1)
		return FXC_BAD_FORMAT;
	if (buf[0] != FXC_FORMAT_VERSION)
		return FXC_BAD_VERSION;
	if (len != FXC_FLAT_SIZE)
		return FXC_BAD_FORMAT;
	memset(&c, 0, sizeof(c));
	p++;
	c.base = read_code(p);
	c.quote = read_code(p + 3);
	p += 6;
	for (int f = FXC_OPEN; f <= FXC_CLOSE; f++)
	{
		c.scale[f] = *p++;
		c.coef[f] = get_be64(p);
		c.at[f] = get_be64(p + 8);
		p += 16;
	}
	c.n = get_be64(p);
	if (!fxc_is_valid(&c))
		return FXC_BAD_FORMAT;
	*out = c;
	return FXC_OK;
}
