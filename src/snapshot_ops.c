/*
 * snapshot_ops.c - what you ask of an fxsnapshot: its quotes, one pair's
 * quote, its conflicts, how many repeats it removed, how it differs from
 * another, and comparison (= compares the quotes kept, one per pair, and
 * nothing else: two pages with the same quotes are equal however often each
 * repeated and whatever their keys).
 */
#include "compat.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "compare.h"
#include "fxquote.h"
#include "fxrate.h"
#include "fxsnapshot.h"
#include "srf.h"
#include "textio.h"

PG_FUNCTION_INFO_V1(fxsnapshot_hash);
PG_FUNCTION_INFO_V1(fxsnapshot_hash_extended);
PG_FUNCTION_INFO_V1(snapshot_quotes);
PG_FUNCTION_INFO_V1(snapshot_quote);
PG_FUNCTION_INFO_V1(snapshot_conflicts);
PG_FUNCTION_INFO_V1(snapshot_duplicates);
PG_FUNCTION_INFO_V1(snapshot_diff);

/* ---- comparison ---------------------------------------------------------- */

static int
fxsnapshot_compare(FunctionCallInfo fcinfo)
{
	FxSnapshot	la;
	FxSnapshot	lb;
	const FxSnapshot *a = fxsnapshot_arg(fcinfo, 0, &la);
	const FxSnapshot *b = fxsnapshot_arg(fcinfo, 1, &lb);

	return snap_cmp_kept(a, b);
}

EXR_COMPARISON_FUNCTIONS(fxsnapshot)

/* Hash of the kept quotes in pair order: what = compares. */
static uint64
hash_kept(const FxSnapshot *s, uint64 seed)
{
	uint64		h = seed;
	uint32		pos = 0;
	SnapPair	pair;

	while (snap_next_pair(s, &pos, &pair))
		h = hash_combine64(h, hash_bytes_extended((const unsigned char *) &s->v[pair.chosen].quote,
												  sizeof(FxQuote), seed));
	return h;
}

Datum
fxsnapshot_hash(PG_FUNCTION_ARGS)
{
	FxSnapshot	local;

	PG_RETURN_INT32((int32) hash_kept(fxsnapshot_arg(fcinfo, 0, &local), 0));
}

Datum
fxsnapshot_hash_extended(PG_FUNCTION_ARGS)
{
	FxSnapshot	local;

	PG_RETURN_INT64((int64) hash_kept(fxsnapshot_arg(fcinfo, 0, &local), (uint64) PG_GETARG_INT64(1)));
}

/* ---- reading a snapshot ------------------------------------------------------ */

/* The snapshot's pairs in its order (palloc'd). */
static SnapPair *
pairs_of(const FxSnapshot *s, uint32 *npairs)
{
	SnapPair   *pairs = palloc((s->n + 1) * sizeof(SnapPair));

	*npairs = snap_pairs(s, pairs);
	return pairs;
}

/* The quote's pair as text, "KGS/USD". */
static Datum
pair_text(const FxQuote *q)
{
	char		buf[FXR_PAIR_NAME_MAX];

	return PointerGetDatum(cstring_to_text_with_len(buf, fxr_pair_name(q->rate.base, q->rate.quote, buf)));
}

/* snapshot_quotes(fxsnapshot) -> TABLE(ord int, quote fxquote, seen bigint) */
Datum
snapshot_quotes(PG_FUNCTION_ARGS)
{
	FxSnapshot	local;
	const FxSnapshot *s = fxsnapshot_arg(fcinfo, 0, &local);
	ExrRows		rows;
	uint32		npairs;
	SnapPair   *pairs = pairs_of(s, &npairs);

	exr_rows_start(&rows, fcinfo);
	for (uint32 i = 0; i < npairs; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		exr_row_begin(&rows);
		values[0] = Int32GetDatum((int32) i + 1);
		values[1] = FxQuotePGetDatum(&s->v[pairs[i].chosen].quote);
		values[2] = Int64GetDatum(pairs[i].seen);
		exr_row_end(&rows, values, nulls);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}

/* snapshot_quote(fxsnapshot, pair text) -> the quote kept for the pair, or NULL */
Datum
snapshot_quote(PG_FUNCTION_ARGS)
{
	text	   *pair = PG_GETARG_TEXT_PP(1);
	size_t		len;
	const char *utf8 = exr_text_utf8(pair, &len, "pair");
	cur_code	base;
	cur_code	quote;
	FxQuoteError err;
	FxSnapshot	local;
	const FxSnapshot *s;
	uint32		pos = 0;
	SnapPair	p;

	if (fxq_parse_pair(utf8, len, &base, &quote, &err) != FXQ_OK)
	{
		char		why[FXQUOTE_DESCRIBE_MAX];

		fxq_describe(&err, utf8, len, why);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid currency pair: \"%s\"", text_to_cstring(pair)),
				 errdetail("%s", exr_detail(why)),
				 errhint("Write a pair as two ISO 4217 codes around a slash, such as KGS/USD.")));
	}
	s = fxsnapshot_arg(fcinfo, 0, &local);
	while (snap_next_pair(s, &pos, &p))
	{
		const FxQuote *q = &s->v[p.chosen].quote;

		if (q->rate.base == base && q->rate.quote == quote)
			return fxquote_copy_datum(q);
	}
	PG_RETURN_NULL();
}

/* snapshot_conflicts(fxsnapshot) -> TABLE(pair text, variants fxquote[]), kept quote first */
Datum
snapshot_conflicts(PG_FUNCTION_ARGS)
{
	FxSnapshot	local;
	const FxSnapshot *s = fxsnapshot_arg(fcinfo, 0, &local);
	ExrRows		rows;
	Oid			quote_type;
	uint32		npairs;
	SnapPair   *pairs = pairs_of(s, &npairs);

	exr_rows_start(&rows, fcinfo);
	quote_type = get_element_type(TupleDescAttr(rows.tupdesc, 1)->atttypid);
	if (!OidIsValid(quote_type))
		elog(ERROR, "snapshot_conflicts must return an array of fxquote");
	for (uint32 i = 0; i < npairs; i++)
	{
		const SnapPair *p = &pairs[i];
		Datum	   *elems;
		int			n = 0;
		Datum		values[2];
		bool		nulls[2] = {false, false};

		if (p->count < 2)
			continue;
		exr_row_begin(&rows);
		elems = palloc(p->count * sizeof(Datum));
		elems[n++] = FxQuotePGetDatum(&s->v[p->chosen].quote);
		for (uint32 v = p->start; v < p->start + p->count; v++)
			if (v != p->chosen)
				elems[n++] = FxQuotePGetDatum(&s->v[v].quote);
		values[0] = pair_text(&s->v[p->chosen].quote);
		values[1] = PointerGetDatum(construct_array(elems, n, quote_type, sizeof(FxQuote),
													false, TYPALIGN_DOUBLE));
		exr_row_end(&rows, values, nulls);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}

/* Repeats removed: rows minus distinct quotes. */
Datum
snapshot_duplicates(PG_FUNCTION_ARGS)
{
	FxSnapshot	local;

	PG_RETURN_INT64(snap_duplicates(fxsnapshot_arg(fcinfo, 0, &local)));
}

/* ---- diff ------------------------------------------------------------------- */

/* The pairs of a snapshot in pair order (for lookups). */
static SnapPair *
pairs_by_pair(const FxSnapshot *s, uint32 *npairs)
{
	SnapPair   *pairs = palloc((s->n + 1) * sizeof(SnapPair));
	uint32		pos = 0;
	uint32		n = 0;

	while (snap_next_pair(s, &pos, &pairs[n]))
		n++;
	*npairs = n;
	return pairs;
}

/* The quote s keeps for q's pair, or NULL (binary search over pairs in pair order). */
static const FxQuote *
kept_for_pair(const FxSnapshot *s, const SnapPair *by_pair, uint32 n, const FxQuote *q)
{
	uint32		lo = 0;
	uint32		hi = n;

	while (lo < hi)
	{
		uint32		mid = lo + (hi - lo) / 2;
		int			c = fxq_pair_cmp(&s->v[by_pair[mid].start].quote, q);

		if (c == 0)
			return &s->v[by_pair[mid].chosen].quote;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void
put_diff_row(ExrRows *rows, const FxQuote *old, const FxQuote *new)
{
	Datum		values[4];
	bool		nulls[4] = {false, old == NULL, new == NULL, old == NULL || new == NULL};

	exr_row_begin(rows);
	values[0] = pair_text(new ? new : old);
	values[1] = old ? FxRateGetDatum(&old->rate) : (Datum) 0;
	values[2] = new ? FxRateGetDatum(&new->rate) : (Datum) 0;
	values[3] = (Datum) 0;
	if (old && new)
	{
		dec			pct;

		if (fxr_pct_change(&new->rate, &old->rate, &pct) != FX_OK)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("percent change of %s is out of range", TextDatumGetCString(values[0]))));
		values[3] = exr_dec_to_numeric(pct);
	}
	exr_row_end(rows, values, nulls);
}

/*
 * snapshot_diff(new, old) -> TABLE(pair text, old_rate fxrate, new_rate fxrate, pct numeric):
 * the pairs whose rate changed (by value: 0.0114 and 0.01140 are the same
 * rate) or that appeared, in the new snapshot's order, then the pairs that
 * vanished, in the old snapshot's order.
 */
Datum
snapshot_diff(PG_FUNCTION_ARGS)
{
	FxSnapshot	lnew;
	FxSnapshot	lold;
	const FxSnapshot *new = fxsnapshot_arg(fcinfo, 0, &lnew);
	const FxSnapshot *old = fxsnapshot_arg(fcinfo, 1, &lold);
	ExrRows		rows;
	uint32		nnew;
	uint32		nold;
	uint32		nnew_by_pair;
	uint32		nold_by_pair;
	SnapPair   *new_pairs = pairs_of(new, &nnew);
	SnapPair   *old_pairs = pairs_of(old, &nold);
	SnapPair   *new_by_pair = pairs_by_pair(new, &nnew_by_pair);
	SnapPair   *old_by_pair = pairs_by_pair(old, &nold_by_pair);

	exr_rows_start(&rows, fcinfo);
	for (uint32 i = 0; i < nnew; i++)
	{
		const FxQuote *q = &new->v[new_pairs[i].chosen].quote;
		const FxQuote *was = kept_for_pair(old, old_by_pair, nold_by_pair, q);

		if (was == NULL || fxr_cmp(&was->rate, &q->rate) != 0)
			put_diff_row(&rows, was, q);
	}
	for (uint32 i = 0; i < nold; i++)
	{
		const FxQuote *q = &old->v[old_pairs[i].chosen].quote;

		if (kept_for_pair(new, new_by_pair, nnew_by_pair, q) == NULL)
			put_diff_row(&rows, q, NULL);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}
