/*
 * fuzz_conversion.c - a snapshot read from any text: for every pair of its
 * currencies, a path exists both ways or neither, has the same number of
 * legs both ways, chains from base to quote through quotes the snapshot
 * keeps, gives a valid rate of that pair (or refuses it as out of range),
 * a non-negative error bound, and a conversion of 1 unit that is the rate.
 */
#include "fuzz.h"
#include "conversion.h"
#include "../core/ticker_rows.h"

/* Does the path go from base to quote, leg by leg? */
static int
path_connects(const ConvIndex *ix, const ConvPath *p)
{
	cur_code	at = p->base;

	for (uint32_t i = 0; i < p->nlegs; i++)
	{
		const FxRate *r = &conv_leg_variant(ix, &p->legs[i])->quote.rate;
		cur_code	from = p->legs[i].inverted ? r->quote : r->base;

		if (from != at)
			return 0;
		at = p->legs[i].inverted ? r->base : r->quote;
	}
	return at == p->quote;
}

static void
check_pair(const ConvIndex *ix, cur_code a, cur_code b)
{
	ConvPath	fwd;
	ConvPath	back;
	ConvStatus	sf = conv_find_path(ix, a, b, &fwd);
	ConvStatus	sb = conv_find_path(ix, b, a, &back);
	FxRate		r;
	dec			bound;

	FUZZ_ASSERT(sf == sb);
	if (a == b)
	{
		FUZZ_ASSERT(sf == CONV_SAME_CURRENCY);
		return;
	}
	if (sf != CONV_OK)
	{
		FUZZ_ASSERT(sf == CONV_NO_PATH);
		return;
	}
	FUZZ_ASSERT(fwd.nlegs == back.nlegs && fwd.nlegs >= 1 && fwd.nlegs <= CONV_MAX_LEGS);
	FUZZ_ASSERT(path_connects(ix, &fwd) && path_connects(ix, &back));
	FUZZ_ASSERT(conv_path_error_bound(ix, &fwd, &bound) == CONV_OK && bound.coef > 0);
	if (conv_path_rate(ix, &fwd, &r) == CONV_OK)
	{
		FxAmount	one;
		FxAmount	out;
		dec			unit = {1, 0};

		FUZZ_ASSERT(fxr_is_valid(&r) && r.base == a && r.quote == b);
		FUZZ_ASSERT(fxa_make(a, unit, &one) == FX_OK);
		if (conv_convert(ix, &fwd, &one, &out) == CONV_OK)
			FUZZ_ASSERT(out.currency == b && out.coef > 0);
	}
	else
		FUZZ_ASSERT(conv_path_rate(ix, &fwd, &r) == CONV_OUT_OF_RANGE);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FxSnapshot	s;
	SnapParseError err;
	ConvIndex	ix;

	snap_init(&s, &rows_heap);
	if (snap_parse((const char *) data, size, &s, &err) == SNAP_SYN_OK &&
		conv_index_build(&ix, &s, &rows_heap) == CONV_OK)
	{
		/* a page's worth of currencies: every ordered pair */
		uint32_t	n = ix.ncurrencies < 24 ? ix.ncurrencies : 24;

		for (uint32_t i = 0; i < n; i++)
			for (uint32_t j = 0; j < n; j++)
				check_pair(&ix, ix.currencies[i], ix.currencies[j]);
		conv_index_free(&ix);
	}
	snap_free(&s);
	return 0;
}
