/*
 * snapshot.c - the deduplicated ticker snapshot; see snapshot.h.
 */
#include "snapshot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utctime.h"
#include "utf8_text.h"

void
snap_init(FxSnapshot *s, const SnapAllocator *alloc)
{
	memset(s, 0, sizeof(*s));
	s->kind = SNAP_KEY_NONE;
	s->sorted = 1;
	s->alloc = *alloc;
}

void
snap_init_fixed(FxSnapshot *s, SnapVariant *v, uint32_t cap, uint32_t *slots, uint32_t nslots)
{
	memset(s, 0, sizeof(*s));
	s->kind = SNAP_KEY_NONE;
	s->sorted = 1;
	s->v = v;
	s->cap = cap;
	s->slots = nslots ? slots : NULL;
	s->nslots = nslots;
}

SnapState
snap_state(const FxSnapshot *s)
{
	SnapState	state = {s->kind, s->n, s->total, s->sorted};

	return state;
}

SnapStatus
snap_attach(FxSnapshot *s, SnapVariant *v, uint32_t cap, uint32_t *slots, uint32_t nslots,
			const SnapState *state)
{
	snap_init_fixed(s, v, cap, slots, nslots);
	if (state->n > cap || state->kind > SNAP_KEY_POSITION || state->total < (int64_t) state->n)
		return SNAP_BAD_FORMAT;
	s->kind = state->kind;
	s->n = state->n;
	s->total = state->total;
	s->sorted = state->sorted != 0;
	return SNAP_OK;
}

uint32_t
snap_index_slots(uint32_t cap)
{
	uint32_t	nslots = 16;

	if (cap <= SNAP_LINEAR_MAX)
		return 0;
	while (nslots < 2 * (uint64_t) cap)
		nslots *= 2;
	return nslots;
}

void
snap_free(FxSnapshot *s)
{
	if (s->alloc.release == NULL)
		return;					/* fixed storage belongs to the caller */
	if (s->v)
		s->alloc.release(s->alloc.ctx, s->v);
	if (s->slots)
		s->alloc.release(s->alloc.ctx, s->slots);
	s->v = NULL;
	s->slots = NULL;
	s->n = s->cap = s->nslots = 0;
	s->total = 0;
}

/* ---- lookup ------------------------------------------------------------ */

static uint32_t
quote_hash(const FxQuote *q)
{
	uint64_t	h = (uint64_t) q->rate.coef * UINT64_C(0x9E3779B97F4A7C15);

	h ^= ((uint64_t) q->rate.base << 40) ^ ((uint64_t) q->rate.quote << 24) ^
		((uint64_t) q->rate.scale << 16) ^ ((uint64_t) (uint8_t) q->change_zero_sign << 8) ^
		q->change_scale;
	h += (uint64_t) (uint32_t) q->change_coef * UINT64_C(0xC2B2AE3D27D4EB4F);
	h ^= h >> 31;
	h *= UINT64_C(0xBF58476D1CE4E5B9);
	h ^= h >> 29;
	return (uint32_t) h;
}

int64_t
snap_find(const FxSnapshot *s, const FxQuote *q)
{
	if (s->slots == NULL)
	{
		for (uint32_t i = 0; i < s->n; i++)
			if (fxq_eq(&s->v[i].quote, q))
				return i;
		return -1;
	}
	for (uint32_t h = quote_hash(q) & (s->nslots - 1);; h = (h + 1) & (s->nslots - 1))
	{
		uint32_t	slot = s->slots[h];

		if (slot == 0)
			return -1;
		if (fxq_eq(&s->v[slot - 1].quote, q))
			return slot - 1;
	}
}

static void
index_put(FxSnapshot *s, uint32_t i)
{
	uint32_t	h = quote_hash(&s->v[i].quote) & (s->nslots - 1);

	while (s->slots[h] != 0)
		h = (h + 1) & (s->nslots - 1);
	s->slots[h] = i + 1;
}

/* (Re)build the hash index with at least 2 * want slots. */
static SnapStatus
index_rebuild(FxSnapshot *s, uint32_t want)
{
	uint32_t	nslots = 16;
	uint32_t   *slots;

	while (nslots < 2 * (uint64_t) want)
		nslots *= 2;
	if (nslots != s->nslots)
	{
		slots = s->alloc.resize(s->alloc.ctx, NULL, 0, nslots * sizeof(uint32_t));
		if (slots == NULL)
			return SNAP_NO_MEMORY;
		if (s->slots)
			s->alloc.release(s->alloc.ctx, s->slots);
		s->slots = slots;
		s->nslots = nslots;
	}
	memset(s->slots, 0, s->nslots * sizeof(uint32_t));
	for (uint32_t i = 0; i < s->n; i++)
		index_put(s, i);
	return SNAP_OK;
}

/* Room for one more variant, and an index that will hold it. */
static SnapStatus
reserve_one(FxSnapshot *s)
{
	if (s->n >= SNAP_MAX_VARIANTS)
		return SNAP_TOO_MANY;
	if (s->alloc.resize == NULL)
		return s->n < s->cap ? SNAP_OK : SNAP_FULL;
	if (s->n == s->cap)
	{
		uint32_t	cap = s->cap ? s->cap * 2 : 8;
		SnapVariant *v;

		if (cap > SNAP_MAX_VARIANTS)
			cap = SNAP_MAX_VARIANTS;
		v = s->alloc.resize(s->alloc.ctx, s->v, s->n * sizeof(SnapVariant),
							cap * sizeof(SnapVariant));
		if (v == NULL)
			return SNAP_NO_MEMORY;
		s->v = v;
		s->cap = cap;
	}
	if (s->n + 1 > SNAP_LINEAR_MAX && 2 * (uint64_t) (s->n + 1) > s->nslots)
		return index_rebuild(s, s->n + 1 > 64 ? (s->n + 1) * 2 : 64);
	return SNAP_OK;
}

/* ---- adding and merging -------------------------------------------------- */

static SnapStatus
check_kind(FxSnapshot *s, SnapKeyKind kind)
{
	if (s->n == 0)
		s->kind = kind;
	else if (s->kind != kind)
		return SNAP_KIND_MISMATCH;
	return SNAP_OK;
}

SnapStatus
snap_add_variant(FxSnapshot *s, SnapKeyKind kind, const SnapVariant *in)
{
	SnapStatus	st;
	int64_t		i;

	if ((st = check_kind(s, kind)) != SNAP_OK)
		return st;
	if (in->seen > INT64_MAX - s->total)
		return SNAP_COUNT_OVERFLOW;
	i = snap_find(s, &in->quote);
	if (i >= 0)
	{
		SnapVariant *v = &s->v[i];

		v->seen += in->seen;
		if (in->first_key < v->first_key)
			v->first_key = in->first_key;
		if (in->last_key > v->last_key)
			v->last_key = in->last_key;
	}
	else
	{
		if ((st = reserve_one(s)) != SNAP_OK)
			return st;
		s->v[s->n] = *in;
		if (kind == SNAP_KEY_NONE)
			s->v[s->n].first_key = s->v[s->n].last_key = 0;
		if (s->slots)
			index_put(s, s->n);
		s->n++;
		s->sorted = s->n == 1;
	}
	s->total += in->seen;
	return SNAP_OK;
}

SnapStatus
snap_add(FxSnapshot *s, const FxQuote *q, SnapKeyKind kind, int64_t key)
{
	SnapVariant v;

	v.quote = *q;
	v.seen = 1;
	v.first_key = v.last_key = key;
	return snap_add_variant(s, kind, &v);
}

SnapStatus
snap_merge(FxSnapshot *dst, const FxSnapshot *src)
{
	if (src->n == 0)
		return SNAP_OK;
	for (uint32_t i = 0; i < src->n; i++)
	{
		SnapStatus	st = snap_add_variant(dst, src->kind, &src->v[i]);

		if (st != SNAP_OK)
			return st;
	}
	return SNAP_OK;
}

/* ---- canonical order and pairs --------------------------------------------- */

static int
variant_cmp(const void *a, const void *b)
{
	return fxq_cmp(&((const SnapVariant *) a)->quote, &((const SnapVariant *) b)->quote);
}

/*
 * Insertion sort, for a ticker's handful of variants: the aggregates sort
 * every group's variants once, and qsort's set-up costs more than the sort.
 * Variants are distinct quotes and fxq_cmp is a total order, so any sort
 * gives the same order.
 */
static void
sort_small(SnapVariant *v, uint32_t n)
{
	for (uint32_t i = 1; i < n; i++)
	{
		SnapVariant x = v[i];
		uint32_t	j = i;

		for (; j > 0 && fxq_cmp(&v[j - 1].quote, &x.quote) > 0; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

void
snap_sort(FxSnapshot *s)
{
	if (s->sorted)
		return;
	if (s->n <= SNAP_LINEAR_MAX)
		sort_small(s->v, s->n);
	else
		qsort(s->v, s->n, sizeof(SnapVariant), variant_cmp);
	if (s->slots)
	{
		memset(s->slots, 0, s->nslots * sizeof(uint32_t));
		for (uint32_t i = 0; i < s->n; i++)
			index_put(s, i);
	}
	s->sorted = 1;
}

/*
 * Which variant a pair keeps.  Variants are in fxquote order, so keeping the
 * first of equals breaks ties by that order.
 */
static int
beats(const FxSnapshot *s, const SnapVariant *cand, const SnapVariant *best)
{
	if (s->kind == SNAP_KEY_NONE)
		return cand->seen > best->seen;
	return cand->last_key > best->last_key;
}

int
snap_next_pair(const FxSnapshot *s, uint32_t *pos, SnapPair *pair)
{
	uint32_t	i = *pos;

	if (i >= s->n)
		return 0;
	pair->start = i;
	pair->chosen = i;
	pair->seen = s->v[i].seen;
	pair->first_key = s->v[i].first_key;
	pair->last_key = s->v[i].last_key;
	for (i++; i < s->n && fxq_pair_cmp(&s->v[i].quote, &s->v[pair->start].quote) == 0; i++)
	{
		const SnapVariant *v = &s->v[i];

		pair->seen += v->seen;	/* cannot overflow: total is checked */
		if (v->first_key < pair->first_key)
			pair->first_key = v->first_key;
		if (v->last_key > pair->last_key)
			pair->last_key = v->last_key;
		if (beats(s, v, &s->v[pair->chosen]))
			pair->chosen = i;
	}
	pair->count = i - pair->start;
	*pos = i;
	return 1;
}

/* First appearance, then pair (start follows pair order in a sorted snapshot). */
static int
pair_appearance_cmp(const void *a, const void *b)
{
	const SnapPair *x = a;
	const SnapPair *y = b;

	if (x->first_key != y->first_key)
		return x->first_key < y->first_key ? -1 : 1;
	return (x->start > y->start) - (x->start < y->start);
}

uint32_t
snap_pairs(const FxSnapshot *s, SnapPair *out)
{
	uint32_t	pos = 0;
	uint32_t	n = 0;

	while (snap_next_pair(s, &pos, &out[n]))
		n++;
	if (s->kind != SNAP_KEY_NONE)
		qsort(out, n, sizeof(SnapPair), pair_appearance_cmp);
	return n;
}

int64_t
snap_duplicates(const FxSnapshot *s)
{
	return s->total - (int64_t) s->n;
}

int
snap_cmp_kept(const FxSnapshot *a, const FxSnapshot *b)
{
	uint32_t	pa = 0;
	uint32_t	pb = 0;
	SnapPair	x;
	SnapPair	y;

	for (;;)
	{
		int			has_a = snap_next_pair(a, &pa, &x);
		int			has_b = snap_next_pair(b, &pb, &y);
		int			c;

		if (!has_a || !has_b)
			return has_a - has_b;
		c = fxq_cmp(&a->v[x.chosen].quote, &b->v[y.chosen].quote);
		if (c != 0)
			return c;
	}
}

/* ---- binary form ------------------------------------------------------------ */

#define SNAP_HEADER_SIZE 8
#define SNAP_QUOTE_SIZE 20

static size_t
record_size(SnapKeyKind kind)
{
	return SNAP_QUOTE_SIZE + 8 + (kind == SNAP_KEY_NONE ? 0 : 16);
}

size_t
snap_flat_size(const FxSnapshot *s)
{
	return SNAP_HEADER_SIZE + (size_t) s->n * record_size(s->kind);
}

/*
 * Big-endian stores written out byte by byte: compilers merge them into one
 * byte swap and store (snapshot_agg flattens every group's snapshot).
 */
static uint8_t *
put_u64(uint8_t *p, uint64_t x)
{
	p[0] = (uint8_t) (x >> 56);
	p[1] = (uint8_t) (x >> 48);
	p[2] = (uint8_t) (x >> 40);
	p[3] = (uint8_t) (x >> 32);
	p[4] = (uint8_t) (x >> 24);
	p[5] = (uint8_t) (x >> 16);
	p[6] = (uint8_t) (x >> 8);
	p[7] = (uint8_t) x;
	return p + 8;
}

static uint8_t *
put_u32(uint8_t *p, uint32_t x)
{
	p[0] = (uint8_t) (x >> 24);
	p[1] = (uint8_t) (x >> 16);
	p[2] = (uint8_t) (x >> 8);
	p[3] = (uint8_t) x;
	return p + 4;
}

static uint8_t *
put_u16(uint8_t *p, uint16_t x)
{
	p[0] = (uint8_t) (x >> 8);
	p[1] = (uint8_t) x;
	return p + 2;
}

static uint64_t
get_u64(const uint8_t *p)
{
	uint64_t	x = 0;

	for (int i = 0; i < 8; i++)
		x = (x << 8) | p[i];
	return x;
}

static uint32_t
get_u32(const uint8_t *p)
{
	return ((uint32_t) p[0] << 24) | ((uint32_t) p[1] << 16) | ((uint32_t) p[2] << 8) | p[3];
}

static uint16_t
get_u16(const uint8_t *p)
{
	return (uint16_t) ((p[0] << 8) | p[1]);
}

void
snap_flatten(const FxSnapshot *s, uint8_t *buf)
{
	uint8_t    *p = buf;
	SnapKeyKind kind = s->n == 0 ? SNAP_KEY_NONE : s->kind;

	*p++ = SNAP_FORMAT_VERSION;
	*p++ = (uint8_t) kind;
	*p++ = 0;
	*p++ = 0;
	p = put_u32(p, s->n);
	for (uint32_t i = 0; i < s->n; i++)
	{
		const SnapVariant *v = &s->v[i];

		p = put_u16(p, v->quote.rate.base);
		p = put_u16(p, v->quote.rate.quote);
		p = put_u64(p, (uint64_t) v->quote.rate.coef);
		*p++ = v->quote.rate.scale;
		*p++ = v->quote.change_scale;
		*p++ = (uint8_t) v->quote.change_zero_sign;
		*p++ = 0;
		p = put_u32(p, (uint32_t) v->quote.change_coef);
		p = put_u64(p, (uint64_t) v->seen);
		if (kind != SNAP_KEY_NONE)
		{
			p = put_u64(p, (uint64_t) v->first_key);
			p = put_u64(p, (uint64_t) v->last_key);
		}
	}
}

static int
record_read(const uint8_t *p, SnapKeyKind kind, SnapVariant *v)
{
	memset(v, 0, sizeof(*v));
	v->quote.rate.base = get_u16(p);
	v->quote.rate.quote = get_u16(p + 2);
	v->quote.rate.coef = (int64_t) get_u64(p + 4);
	v->quote.rate.scale = p[12];
	v->quote.change_scale = p[13];
	v->quote.change_zero_sign = (int8_t) p[14];
	if (p[15] != 0)
		return 0;
	v->quote.change_coef = (int32_t) get_u32(p + 16);
	v->seen = (int64_t) get_u64(p + 20);
	if (kind != SNAP_KEY_NONE)
	{
		v->first_key = (int64_t) get_u64(p + 28);
		v->last_key = (int64_t) get_u64(p + 36);
	}
	if (!fxq_is_valid(&v->quote) || v->seen < 1 || v->first_key > v->last_key)
		return 0;
	if (kind == SNAP_KEY_TIME &&
		(!utctime_is_valid(v->first_key) || !utctime_is_valid(v->last_key)))
		return 0;
	return 1;
}

SnapStatus
snap_unflatten(const uint8_t *buf, size_t len, FxSnapshot *s)
{
	SnapKeyKind kind;
	uint32_t	n;
	size_t		rec;

	if (len < SNAP_HEADER_SIZE || buf[0] != SNAP_FORMAT_VERSION || buf[1] > SNAP_KEY_POSITION ||
		buf[2] != 0 || buf[3] != 0)
		return SNAP_BAD_FORMAT;
	kind = (SnapKeyKind) buf[1];
	n = get_u32(buf + 4);
	rec = record_size(kind);
	if (n > SNAP_MAX_VARIANTS || (n == 0 && kind != SNAP_KEY_NONE) ||
		len - SNAP_HEADER_SIZE != (size_t) n * rec)
		return SNAP_BAD_FORMAT;
	for (uint32_t i = 0; i < n; i++)
	{
		SnapVariant v;
		SnapStatus	st;

		if (!record_read(buf + SNAP_HEADER_SIZE + (size_t) i * rec, kind, &v))
			return SNAP_BAD_FORMAT;
		/* Strictly increasing: canonical, and no quote twice. */
		if (i > 0 && fxq_cmp(&s->v[i - 1].quote, &v.quote) >= 0)
			return SNAP_BAD_FORMAT;
		if ((st = snap_add_variant(s, kind, &v)) != SNAP_OK)
			return st == SNAP_COUNT_OVERFLOW ? SNAP_BAD_FORMAT : st;
	}
	s->kind = kind;
	s->sorted = 1;
	return SNAP_OK;
}

/* ---- text form --------------------------------------------------------------- */

typedef struct TextOut
{
	char	   *buf;
	size_t		cap;
	size_t		len;
} TextOut;

static void
out_put(TextOut *o, const char *str, size_t n)
{
	if (o->len < o->cap)
	{
		size_t		room = o->cap - 1 - o->len;

		memcpy(o->buf + o->len, str, n < room ? n : room);
	}
	o->len += n;
}

static void
out_str(TextOut *o, const char *str)
{
	out_put(o, str, strlen(str));
}

static int
format_key(SnapKeyKind kind, int64_t key, char *buf)
{
	if (kind == SNAP_KEY_TIME)
		return utctime_format(key, buf);
	return sprintf(buf, "%lld", (long long) key);
}

static void
out_variant(TextOut *o, SnapKeyKind kind, const SnapVariant *v)
{
	char		buf[FXQUOTE_FORMAT_MAX + 2 * UTCTIME_FORMAT_MAX + 48];
	int			n = fxq_format(&v->quote, buf);

	n += sprintf(buf + n, " x%lld", (long long) v->seen);
	if (kind != SNAP_KEY_NONE)
	{
		buf[n++] = ' ';
		buf[n++] = kind == SNAP_KEY_TIME ? '@' : '#';
		n += format_key(kind, v->first_key, buf + n);
		if (v->last_key != v->first_key)
		{
			buf[n++] = '.';
			buf[n++] = '.';
			n += format_key(kind, v->last_key, buf + n);
		}
	}
	out_put(o, buf, (size_t) n);
}

size_t
snap_format(const FxSnapshot *s, const SnapPair *pairs, uint32_t npairs, char *buf, size_t cap)
{
	TextOut		o = {buf, cap, 0};

	out_str(&o, "{");
	for (uint32_t p = 0; p < npairs; p++)
	{
		const SnapPair *pair = &pairs[p];

		if (p > 0)
			out_str(&o, "; ");
		out_variant(&o, s->kind, &s->v[pair->chosen]);
		for (uint32_t i = pair->start; i < pair->start + pair->count; i++)
		{
			if (i == pair->chosen)
				continue;
			out_str(&o, " | ");
			out_variant(&o, s->kind, &s->v[i]);
		}
	}
	out_str(&o, "}");
	if (cap > 0)
		buf[o.len < cap ? o.len : cap - 1] = '\0';
	return o.len;
}

static size_t
skip_ws(const char *s, size_t len, size_t at)
{
	return utf8t_skip_space(s, len, at);
}

/* An int64 in s[start..end): optional '-' (if allow_sign), digits. */
static int
parse_int64(const char *s, size_t start, size_t end, int allow_sign, int64_t *out)
{
	int			negative = 0;
	uint64_t	mag = 0;
	size_t		i = start;

	if (i < end && s[i] == '-' && allow_sign)
	{
		negative = 1;
		i++;
	}
	if (i == end)
		return 0;
	for (; i < end; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return 0;
		if (mag > (UINT64_C(9223372036854775808) - (uint64_t) (s[i] - '0')) / 10)
			return 0;
		mag = mag * 10 + (uint64_t) (s[i] - '0');
	}
	if (!negative && mag > (uint64_t) INT64_MAX)
		return 0;
	*out = negative ? (int64_t) (0 - mag) : (int64_t) mag;
	return 1;
}

static int
parse_key(SnapKeyKind kind, const char *s, size_t start, size_t end, int64_t *out)
{
	if (kind == SNAP_KEY_TIME)
		return utctime_parse(s + start, end - start, out);
	return parse_int64(s, start, end, 1, out);
}

static int
is_delim(char c)
{
	return c == ';' || c == '|' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static SnapSyntax
syntax_error(SnapParseError *err, SnapSyntax syn, size_t off, uint32_t item)
{
	err->syntax = syn;
	err->off = off;
	err->item = item;
	return syn;
}

/* The key range after '#' or '@' at s[*at]: first[..last]. */
static SnapSyntax
parse_key_range(const char *s, size_t len, size_t *at, SnapKeyKind kind, SnapVariant *v,
				SnapParseError *err, uint32_t item)
{
	size_t		start = *at;
	size_t		end = start;
	size_t		dots = 0;

	while (end < len && !is_delim(s[end]))
	{
		if (dots == 0 && end + 1 < len && s[end] == '.' && s[end + 1] == '.')
			dots = end;
		end++;
	}
	if (dots == 0)
	{
		if (!parse_key(kind, s, start, end, &v->first_key))
			return syntax_error(err, SNAP_SYN_KEY, start, item);
		v->last_key = v->first_key;
	}
	else if (!parse_key(kind, s, start, dots, &v->first_key) ||
			 !parse_key(kind, s, dots + 2, end, &v->last_key))
		return syntax_error(err, SNAP_SYN_KEY, start, item);
	if (v->first_key > v->last_key)
		return syntax_error(err, SNAP_SYN_KEY_ORDER, start, item);
	*at = end;
	return SNAP_SYN_OK;
}

/* One quote with its count and keys, starting at s[*at]. */
static SnapSyntax
parse_variant(const char *s, size_t len, size_t *at, SnapVariant *v, SnapKeyKind *kind,
			  SnapParseError *err, uint32_t item)
{
	size_t		start = *at;
	size_t		pct = start;
	size_t		count_end;

	memset(v, 0, sizeof(*v));
	while (pct < len && s[pct] != '%')
		pct++;
	if (pct == len)
		pct = len - 1;			/* no '%': let the quote parser say what is wrong */
	if (fxq_parse(s + start, pct + 1 - start, &v->quote, &err->quote_err) != FXQ_OK)
	{
		err->quote_err.off += start;
		return syntax_error(err, SNAP_SYN_QUOTE, start, item);
	}
	*at = skip_ws(s, len, pct + 1);
	if (*at >= len || s[*at] != 'x')
		return syntax_error(err, SNAP_SYN_COUNT, *at, item);
	count_end = ++(*at);
	while (count_end < len && s[count_end] >= '0' && s[count_end] <= '9')
		count_end++;
	if (!parse_int64(s, *at, count_end, 0, &v->seen) || v->seen < 1)
		return syntax_error(err, SNAP_SYN_COUNT, *at, item);
	*at = skip_ws(s, len, count_end);

	*kind = SNAP_KEY_NONE;
	if (*at < len && (s[*at] == '#' || s[*at] == '@'))
	{
		*kind = s[*at] == '#' ? SNAP_KEY_POSITION : SNAP_KEY_TIME;
		(*at)++;
		return parse_key_range(s, len, at, *kind, v, err, item);
	}
	return SNAP_SYN_OK;
}

SnapSyntax
snap_parse(const char *text, size_t len, FxSnapshot *s, SnapParseError *err)
{
	size_t		at = skip_ws(text, len, 0);
	uint32_t	item = 0;

	memset(err, 0, sizeof(*err));
	if (at >= len || text[at] != '{')
		return syntax_error(err, SNAP_SYN_OPEN, at, 0);
	at = skip_ws(text, len, at + 1);
	if (at < len && text[at] == '}')
		at++;
	else
	{
		for (;;)
		{
			SnapVariant v;
			SnapKeyKind kind;
			SnapSyntax	syn;
			SnapStatus	st;

			item++;
			if (at >= len)
				return syntax_error(err, SNAP_SYN_CLOSE, at, item);
			if ((syn = parse_variant(text, len, &at, &v, &kind, err, item)) != SNAP_SYN_OK)
				return syn;
			if (s->n > 0 && kind != s->kind)
				return syntax_error(err, SNAP_SYN_MIXED_KEYS, at, item);
			if (snap_find(s, &v.quote) >= 0)
				return syntax_error(err, SNAP_SYN_DUPLICATE, at, item);
			if ((st = snap_add_variant(s, kind, &v)) != SNAP_OK)
			{
				err->status = st;
				return syntax_error(err, SNAP_SYN_LIMIT, at, item);
			}
			at = skip_ws(text, len, at);
			if (at < len && (text[at] == ';' || text[at] == '|'))
			{
				at = skip_ws(text, len, at + 1);
				continue;
			}
			if (at < len && text[at] == '}')
			{
				at++;
				break;
			}
			return syntax_error(err, SNAP_SYN_SEPARATOR, at, item);
		}
	}
	at = skip_ws(text, len, at);
	if (at != len)
		return syntax_error(err, SNAP_SYN_CLOSE, at, item);
	snap_sort(s);
	return SNAP_SYN_OK;
}

int
snap_describe(const SnapParseError *err, const char *text, size_t len, char *buf)
{
	char		quote_why[FXQUOTE_DESCRIBE_MAX];
	int			item = (int) err->item;

	switch (err->syntax)
	{
		case SNAP_SYN_OK:
			return sprintf(buf, "no error");
		case SNAP_SYN_OPEN:
			return sprintf(buf, "a snapshot starts with \"{\"");
		case SNAP_SYN_CLOSE:
			return sprintf(buf, "a snapshot ends with \"}\" and nothing after it");
		case SNAP_SYN_QUOTE:
			fxq_describe(&err->quote_err, text, len, quote_why);
			return sprintf(buf, "quote %d: %s", item, quote_why);
		case SNAP_SYN_COUNT:
			return sprintf(buf, "quote %d: expected \"x\" and how often it was seen (1 or more)", item);
		case SNAP_SYN_KEY:
			return sprintf(buf, "quote %d: expected a key range such as #1..36 or "
						   "@2025-12-09T03:00:00Z..2025-12-09T15:00:00Z", item);
		case SNAP_SYN_KEY_ORDER:
			return sprintf(buf, "quote %d: its first key is after its last key", item);
		case SNAP_SYN_MIXED_KEYS:
			return sprintf(buf, "quote %d is keyed differently from the quotes before it", item);
		case SNAP_SYN_DUPLICATE:
			return sprintf(buf, "quote %d repeats an earlier quote", item);
		case SNAP_SYN_SEPARATOR:
			return sprintf(buf, "quote %d: expected \";\", \"|\" or \"}\" after it", item);
		case SNAP_SYN_LIMIT:
			if (err->status == SNAP_TOO_MANY)
				return sprintf(buf, "quote %d: a snapshot holds at most %u distinct quotes",
							   item, SNAP_MAX_VARIANTS);
			if (err->status == SNAP_NO_MEMORY)
				return sprintf(buf, "out of memory");
			return sprintf(buf, "quote %d: the counts add up to more than %lld rows",
						   item, (long long) INT64_MAX);
	}
	return sprintf(buf, "unknown error");
}
