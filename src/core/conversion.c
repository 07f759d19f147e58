/*
 * conversion.c - rates and conversions at a snapshot; see conversion.h.
 */
#include "conversion.h"

#include <stdlib.h>
#include <string.h>

/* ---- the index ------------------------------------------------------------ */

static int
code_cmp(const void *a, const void *b)
{
	cur_code	x = *(const cur_code *) a;
	cur_code	y = *(const cur_code *) b;

	return (x > y) - (x < y);
}

/* Sort and remove repeats; returns the new count. */
static uint32_t
sort_unique(cur_code *codes, uint32_t n)
{
	uint32_t	out = 0;

	qsort(codes, n, sizeof(cur_code), code_cmp);
	for (uint32_t i = 0; i < n; i++)
		if (out == 0 || codes[out - 1] != codes[i])
			codes[out++] = codes[i];
	return out;
}

ConvStatus
conv_index_build(ConvIndex *ix, const FxSnapshot *s, const SnapAllocator *alloc)
{
	uint32_t	pos = 0;
	uint32_t	n = 0;

	memset(ix, 0, sizeof(*ix));
	ix->snap = s;
	ix->alloc = *alloc;
	if (s->n == 0)
		return CONV_OK;
	ix->pairs = alloc->resize(alloc->ctx, NULL, 0, (size_t) s->n * sizeof(SnapPair));
	ix->currencies = alloc->resize(alloc->ctx, NULL, 0, (size_t) s->n * 2 * sizeof(cur_code));
	if (ix->pairs == NULL || ix->currencies == NULL)
	{
		conv_index_free(ix);
		return CONV_NO_MEMORY;
	}
	/* snap_next_pair walks a sorted snapshot in pair order */
	while (snap_next_pair(s, &pos, &ix->pairs[n]))
	{
		const FxRate *r = &s->v[ix->pairs[n].chosen].quote.rate;

		ix->currencies[2 * n] = r->base;
		ix->currencies[2 * n + 1] = r->quote;
		n++;
	}
	ix->npairs = n;
	ix->ncurrencies = sort_unique(ix->currencies, 2 * n);
	return CONV_OK;
}

void
conv_index_free(ConvIndex *ix)
{
	if (ix->pairs)
		ix->alloc.release(ix->alloc.ctx, ix->pairs);
	if (ix->currencies)
		ix->alloc.release(ix->alloc.ctx, ix->currencies);
	ix->pairs = NULL;
	ix->currencies = NULL;
	ix->npairs = ix->ncurrencies = 0;
}

const SnapVariant *
conv_leg_variant(const ConvIndex *ix, const ConvLeg *leg)
{
	return &ix->snap->v[ix->pairs[leg->pair].chosen];
}

/* The index in pairs[] of the kept quote base/quote, or -1 (binary search). */
static int64_t
find_pair(const ConvIndex *ix, cur_code base, cur_code quote)
{
	uint32_t	lo = 0;
	uint32_t	hi = ix->npairs;

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;
		const FxRate *r = &ix->snap->v[ix->pairs[mid].chosen].quote.rate;
		int			c = r->base != base ? (r->base < base ? -1 : 1)
			: r->quote != quote ? (r->quote < quote ? -1 : 1) : 0;

		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The leg from `from` to `to`: from/to as quoted, else to/from inverted. */
static int
find_leg(const ConvIndex *ix, cur_code from, cur_code to, ConvLeg *leg)
{
	int64_t		i = find_pair(ix, from, to);

	if (i >= 0)
	{
		leg->pair = (uint32_t) i;
		leg->inverted = 0;
		return 1;
	}
	i = find_pair(ix, to, from);
	if (i < 0)
		return 0;
	leg->pair = (uint32_t) i;
	leg->inverted = 1;
	return 1;
}

/* A path through via, if the snapshot quotes via against both ends. */
static int
path_through(const ConvIndex *ix, cur_code via, ConvPath *path)
{
	if (via == path->base || via == path->quote)
		return 0;
	if (!find_leg(ix, path->base, via, &path->legs[0]) ||
		!find_leg(ix, via, path->quote, &path->legs[1]))
		return 0;
	path->nlegs = 2;
	return 1;
}

ConvStatus
conv_find_path(const ConvIndex *ix, cur_code base, cur_code quote, ConvPath *path)
{
	static const char *preferred[] = {"USD", "EUR"};

	memset(path, 0, sizeof(*path));
	path->base = base;
	path->quote = quote;
	if (base == quote)
		return CONV_SAME_CURRENCY;
	if (find_leg(ix, base, quote, &path->legs[0]))
	{
		path->nlegs = 1;
		return CONV_OK;
	}
	for (size_t i = 0; i < sizeof(preferred) / sizeof(preferred[0]); i++)
		if (path_through(ix, cur_pack(preferred[i]), path))
			return CONV_OK;
	for (uint32_t i = 0; i < ix->ncurrencies; i++)
		if (path_through(ix, ix->currencies[i], path))
			return CONV_OK;
	return CONV_NO_PATH;
}

/* ---- the rate ---------------------------------------------------------------- */

static dec
leg_value(const ConvIndex *ix, const ConvLeg *leg)
{
	return fxrate_value(&conv_leg_variant(ix, leg)->quote.rate);
}

/*
 * base/quote = the product of the legs' rates, an inverted leg dividing:
 * one operation of decimal.c per path shape, so the result is rounded once.
 */
static DecStatus
path_value(const ConvIndex *ix, const ConvPath *path, dec *out)
{
	const ConvLeg *l0 = &path->legs[0];
	const ConvLeg *l1 = &path->legs[1];
	dec			one = {1, 0};

	if (path->nlegs == 1)
	{
		if (!l0->inverted)
		{
			*out = leg_value(ix, l0);
			return DEC_OK;
		}
		return dec_div(one, leg_value(ix, l0), out);
	}
	if (!l0->inverted && !l1->inverted)
		return dec_mul(leg_value(ix, l0), leg_value(ix, l1), out);
	if (!l0->inverted)
		return dec_div(leg_value(ix, l0), leg_value(ix, l1), out);
	if (!l1->inverted)
		return dec_div(leg_value(ix, l1), leg_value(ix, l0), out);
	return dec_inverse_product(leg_value(ix, l0), leg_value(ix, l1), out);
}

ConvStatus
conv_path_rate(const ConvIndex *ix, const ConvPath *path, FxRate *out)
{
	dec			v;

	if (path->nlegs == 1 && !path->legs[0].inverted)
	{
		*out = conv_leg_variant(ix, &path->legs[0])->quote.rate;
		return CONV_OK;
	}
	if (path_value(ix, path, &v) != DEC_OK || v.coef == 0)
		return CONV_OUT_OF_RANGE;	/* too large, or below 10^-30 */
	return fxr_make(path->base, path->quote, v, out) == FX_OK ? CONV_OK : CONV_OUT_OF_RANGE;
}

ConvStatus
conv_path_error_bound(const ConvIndex *ix, const ConvPath *path, dec *out)
{
	dec_acc		sum;

	dec_acc_init(&sum);
	for (uint32_t i = 0; i < path->nlegs; i++)
	{
		dec			bound;

		if (fxr_error_bound(&conv_leg_variant(ix, &path->legs[i])->quote.rate, &bound) != FX_OK ||
			dec_acc_add(&sum, bound) != DEC_OK)
			return CONV_OUT_OF_RANGE;
	}
	if (dec_acc_sum(&sum, out) != DEC_OK)
		return CONV_OUT_OF_RANGE;
	*out = dec_normalize(*out);
	return CONV_OK;
}

/* ---- time ------------------------------------------------------------------ */

ConvStatus
conv_path_check_time(const ConvIndex *ix, const ConvPath *path, int64_t as_of, int64_t oldest,
					 uint32_t *bad_leg)
{
	if (ix->snap->kind != SNAP_KEY_TIME && ix->snap->n > 0)
		return CONV_NOT_TIMED;
	/* look-ahead first: a quote from after the moment is wrong, not just old */
	for (uint32_t i = 0; i < path->nlegs; i++)
		if (conv_leg_variant(ix, &path->legs[i])->first_key > as_of)
		{
			if (bad_leg)
				*bad_leg = i;
			return CONV_SEEN_AFTER;
		}
	for (uint32_t i = 0; i < path->nlegs; i++)
		if (conv_leg_variant(ix, &path->legs[i])->last_key < oldest)
		{
			if (bad_leg)
				*bad_leg = i;
			return CONV_TOO_OLD;
		}
	return CONV_OK;
}

/* ---- amounts ----------------------------------------------------------------- */

ConvStatus
conv_convert(const ConvIndex *ix, const ConvPath *path, const FxAmount *amount, FxAmount *out)
{
	FxRate		rate;
	ConvStatus	st = conv_path_rate(ix, path, &rate);

	if (st != CONV_OK)
		return st;
	return fxa_convert(amount, &rate, out) == FX_OK ? CONV_OK : CONV_OUT_OF_RANGE;
}

ConvStatus
conv_error_amount(const FxAmount *amount, dec bound, FxAmount *out)
{
	FxAmount	magnitude;
	FxAmount	product;

	/* normalized: the digits of a bound after its rounding say nothing */
	if (fxa_abs(amount, &magnitude) != FX_OK || fxa_mul(&magnitude, bound, &product) != FX_OK ||
		fxa_make(product.currency, dec_normalize(fxamount_value(&product)), out) != FX_OK)
		return CONV_OUT_OF_RANGE;
	return CONV_OK;
}
