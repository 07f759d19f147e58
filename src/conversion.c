/*
 * conversion.c - rates and conversions at a snapshot (core/conversion.h):
 *   snapshot_rate(snap, base, quote [, as_of, max_age])  the rate, by its path
 *   snapshot_rate_path(snap, base, quote)                the quoted pairs used
 *   snapshot_rates(snap)                                 every pair the snapshot implies
 *   snapshot_rate_error_bound(snap, base, quote)         how far off the published figures allow
 *   convert(amount, to, snap [, as_of, max_age])         amount * the rate
 *   convert_error_bound(amount, to, snap)                that bound as an amount in `to`
 */
#include "compat.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "currency.h"
#include "fxamount.h"
#include "fxrate.h"
#include "fxsnapshot.h"
#include "srf.h"
#include "textio.h"
#include "core/conversion.h"

PG_FUNCTION_INFO_V1(snapshot_rate);
PG_FUNCTION_INFO_V1(snapshot_rate_as_of);
PG_FUNCTION_INFO_V1(snapshot_rate_path);
PG_FUNCTION_INFO_V1(snapshot_rates);
PG_FUNCTION_INFO_V1(snapshot_rate_error_bound);
PG_FUNCTION_INFO_V1(snapshot_convert);
PG_FUNCTION_INFO_V1(snapshot_convert_as_of);
PG_FUNCTION_INFO_V1(snapshot_convert_error_bound);

/*
 * A snapshot argument, read and indexed by pair, with the paths and rates
 * asked of it so far.  Kept across calls in fn_extra and rebuilt only when
 * the snapshot changes (its bytes are compared), so that converting a
 * column of amounts at one snapshot reads and indexes it once, and finds
 * each pair's path and rate once.
 */
#define BOOK_PAIRS 8

typedef struct BookPair
{
	ConvPath	path;			/* path.base and path.quote: the pair asked for */
	bool		has_rate;
	FxRate		rate;
} BookPair;

typedef struct RateBook
{
	MemoryContext cxt;			/* holds what follows; reset when the snapshot changes */
	Size		len;			/* the snapshot argument's bytes this book was read from */
	char	   *bytes;
	FxSnapshot	local;
	const FxSnapshot *snap;
	ConvIndex	ix;
	uint32		npairs;			/* pairs[] in use, and the next to replace when full */
	uint32		next;
	BookPair	pairs[BOOK_PAIRS];
} RateBook;

static RateBook *
book_of(FunctionCallInfo fcinfo, int argno)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(argno));
	const char *data = VARDATA_ANY(v);
	Size		len = VARSIZE_ANY_EXHDR(v);
	RateBook   *book = fcinfo->flinfo ? (RateBook *) fcinfo->flinfo->fn_extra : NULL;
	SnapAllocator alloc;
	MemoryContext old;

	if (book != NULL && book->len == len && memcmp(book->bytes, data, len) == 0)
		return book;
	if (book == NULL)
	{
		MemoryContext parent = fcinfo->flinfo ? fcinfo->flinfo->fn_mcxt : CurrentMemoryContext;

		book = MemoryContextAllocZero(parent, sizeof(RateBook));
		book->cxt = AllocSetContextCreate(parent, "exchange_rates snapshot rates", ALLOCSET_SMALL_SIZES);
		if (fcinfo->flinfo)
			fcinfo->flinfo->fn_extra = book;	/* else a book for this call only */
	}
	MemoryContextReset(book->cxt);
	book->len = 0;
	book->npairs = book->next = 0;
	old = MemoryContextSwitchTo(book->cxt);
	alloc = fxsnapshot_allocator();
	book->snap = fxsnapshot_arg(fcinfo, argno, &book->local);
	if (conv_index_build(&book->ix, book->snap, &alloc) != CONV_OK)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
	book->bytes = palloc(len);
	memcpy(book->bytes, data, len);
	book->len = len;			/* valid from here on */
	MemoryContextSwitchTo(old);
	return book;
}

static const char *
code_text(cur_code c)
{
	char	   *buf = palloc(4);

	cur_unpack(c, buf);
	return buf;
}

static const char *
pair_text(cur_code base, cur_code quote)
{
	char	   *buf = palloc(FXR_PAIR_NAME_MAX);

	fxr_pair_name(base, quote, buf);
	return buf;
}

/* "KGS, KZT, USD and UZS": the currencies the snapshot quotes. */
static const char *
known_currencies(const ConvIndex *ix)
{
	StringInfoData buf;

	initStringInfo(&buf);
	for (uint32 i = 0; i < ix->ncurrencies; i++)
		appendStringInfo(&buf, "%s%s", i == 0 ? "" : i + 1 == ix->ncurrencies ? " and " : ", ",
						 code_text(ix->currencies[i]));
	return buf.data;
}

/* The path of base in quote, or the error saying why there is none. */
static ConvPath
find_path(const RateBook *book, cur_code base, cur_code quote)
{
	ConvPath	path;

	switch (conv_find_path(&book->ix, base, quote, &path))
	{
		case CONV_OK:
			break;
		case CONV_SAME_CURRENCY:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("no rate from %s to itself", code_text(base)),
					 errdetail("A rate relates two different currencies.")));
			break;
		default:
			if (book->ix.ncurrencies == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("the snapshot has no rate for %s", pair_text(base, quote)),
						 errdetail("The snapshot is empty.")));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the snapshot has no rate for %s", pair_text(base, quote)),
					 errdetail("The snapshot quotes %s; a rate needs the pair, its inverse, or both currencies quoted against one same currency.",
							   known_currencies(&book->ix)),
					 errhint("snapshot_rates(snapshot) lists every pair a snapshot implies.")));
	}
	return path;
}

/* The book's entry for base in quote: its path, found once. */
static BookPair *
book_pair(RateBook *book, cur_code base, cur_code quote)
{
	BookPair   *entry;

	for (uint32 i = 0; i < book->npairs; i++)
		if (book->pairs[i].path.base == base && book->pairs[i].path.quote == quote)
			return &book->pairs[i];
	entry = &book->pairs[book->npairs < BOOK_PAIRS ? book->npairs++ : book->next++ % BOOK_PAIRS];
	entry->has_rate = false;
	entry->path.base = entry->path.quote = CUR_CODE_INVALID;	/* until found */
	entry->path = find_path(book, base, quote);
	return entry;
}

/* The quoted pairs of a path: {KZT/USD,KGS/USD}. */
static Datum
path_array(const RateBook *book, const ConvPath *path)
{
	Datum		elems[CONV_MAX_LEGS];

	for (uint32 i = 0; i < path->nlegs; i++)
	{
		const FxRate *r = &conv_leg_variant(&book->ix, &path->legs[i])->quote.rate;

		elems[i] = CStringGetTextDatum(pair_text(r->base, r->quote));
	}
	return PointerGetDatum(construct_array(elems, (int) path->nlegs, TEXTOID, -1, false, TYPALIGN_INT));
}

static const char *
path_text(const RateBook *book, const ConvPath *path)
{
	StringInfoData buf;

	initStringInfo(&buf);
	for (uint32 i = 0; i < path->nlegs; i++)
	{
		const FxRate *r = &conv_leg_variant(&book->ix, &path->legs[i])->quote.rate;

		appendStringInfo(&buf, "%s%s", i ? " and " : "", pair_text(r->base, r->quote));
	}
	return buf.data;
}

static FxRate
path_rate(const RateBook *book, const ConvPath *path)
{
	FxRate		r;

	if (conv_path_rate(&book->ix, path, &r) != CONV_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rate %s is out of range", pair_text(path->base, path->quote)),
				 errdetail("Derived from %s, it falls outside fxrate's range (above 0 with at most 30 decimals, below 10^18).",
						   path_text(book, path))));
	return r;
}

/* The rate of a book's pair, computed once. */
static const FxRate *
book_rate(const RateBook *book, BookPair *entry)
{
	if (!entry->has_rate)
	{
		entry->rate = path_rate(book, &entry->path);
		entry->has_rate = true;
	}
	return &entry->rate;
}

static dec
book_error_bound(const RateBook *book, const ConvPath *path)
{
	dec			bound;

	if (conv_path_error_bound(&book->ix, path, &bound) != CONV_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("error bound of %s is out of range", pair_text(path->base, path->quote))));
	return bound;
}

/* ---- time: as_of and max_age ------------------------------------------------------ */

typedef struct AsOf
{
	TimestampTz as_of;
	TimestampTz oldest;			/* as_of - max_age */
	Interval   *max_age;
} AsOf;

static const char *
time_text(TimestampTz t)
{
	return DatumGetCString(DirectFunctionCall1(timestamptz_out, TimestampTzGetDatum(t)));
}

/*
 * A duration for messages, whatever the session's IntervalStyle:
 * "13 hours", "1 day 2 hours 30 minutes", "0.000001 seconds".
 */
static const char *
duration_text(int128 us)
{
	static const struct
	{
		int64		unit;
		const char *name;
	}			parts[] = {{USECS_PER_DAY, "day"}, {USECS_PER_HOUR, "hour"}, {USECS_PER_MINUTE, "minute"}};
	StringInfoData buf;
	const char *sep = "";

	initStringInfo(&buf);
	if (us < 0)
	{
		appendStringInfoString(&buf, "minus ");
		us = -us;
	}
	for (size_t i = 0; i < lengthof(parts); i++)
	{
		int128		n = us / parts[i].unit;

		if (n == 0)
			continue;
		appendStringInfo(&buf, "%s%lld %s%s", sep, (long long) n, parts[i].name, n == 1 ? "" : "s");
		us -= n * parts[i].unit;
		sep = " ";
	}
	if (us != 0 || *sep == '\0')
	{
		char		secs[48];
		int			n = snprintf(secs, sizeof(secs), "%lld.%06lld", (long long) (us / USECS_PER_SEC),
								 (long long) (us % USECS_PER_SEC));

		while (secs[n - 1] == '0')
			secs[--n] = '\0';
		if (secs[n - 1] == '.')
			secs[--n] = '\0';
		appendStringInfo(&buf, "%s%s second%s", sep, secs, strcmp(secs, "1") == 0 ? "" : "s");
	}
	return buf.data;
}

static const char *
kind_phrase(SnapKeyKind kind)
{
	return kind == SNAP_KEY_POSITION ? "by position (a line number or sequence)" : "by nothing";
}

/*
 * max_age in microseconds, its days taken as 24 hours and its months as 30
 * days, as interval comparison takes them (so the refusal does not depend
 * on the session's time zone); saturated, never wrapped.
 */
static int128
interval_usecs(const Interval *i)
{
	return (int128) i->time + (int128) i->day * USECS_PER_DAY +
		(int128) i->month * DAYS_PER_MONTH * USECS_PER_DAY;
}

/* as_of and max_age from arguments argno and argno + 1, checked against the snapshot. */
static AsOf
as_of_args(FunctionCallInfo fcinfo, int argno, const RateBook *book)
{
	AsOf		t;
	int128		max_age;
	int128		oldest;

	t.as_of = PG_GETARG_TIMESTAMPTZ(argno);
	t.max_age = PG_GETARG_INTERVAL_P(argno + 1);
	max_age = interval_usecs(t.max_age);
	if (TIMESTAMP_NOT_FINITE(t.as_of))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of must be a finite time")));
	if (max_age < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_age must not be negative")));
	if (book->snap->n > 0 && book->snap->kind != SNAP_KEY_TIME)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of needs a snapshot keyed by time"),
				 errdetail("This snapshot is keyed %s, so it does not know when its quotes were seen.",
						   kind_phrase(book->snap->kind)),
				 errhint("Build it with snapshot_agg(quote, seen_at), seen_at being when the page was scraped.")));
	oldest = (int128) t.as_of - max_age;
	t.oldest = oldest < PG_INT64_MIN ? PG_INT64_MIN : (TimestampTz) oldest;
	return t;
}

/* Refuse a path with a quote first seen after as_of, or last seen before as_of - max_age. */
static void
check_time(const RateBook *book, const ConvPath *path, const AsOf *t)
{
	uint32		leg = 0;
	ConvStatus	st = conv_path_check_time(&book->ix, path, t->as_of, t->oldest, &leg);
	const SnapVariant *v;
	char		quote[FXQUOTE_FORMAT_MAX];

	if (st == CONV_OK)
		return;
	v = conv_leg_variant(&book->ix, &path->legs[leg]);
	fxq_format(&v->quote, quote);
	if (st == CONV_SEEN_AFTER)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("quote %s was first seen after as_of", quote),
				 errdetail("It was first seen at %s, %s after as_of (%s): using it would look ahead.",
						   time_text(v->first_key), duration_text((int128) v->first_key - t->as_of),
						   time_text(t->as_of)),
				 errhint("Build the snapshot from the scrapes up to as_of (WHERE scraped_at <= as_of).")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("quote %s is %s old at as_of", quote, duration_text((int128) t->as_of - v->last_key)),
			 errdetail("It was last seen at %s, and max_age allows %s before as_of (%s).",
					   time_text(v->last_key), duration_text(interval_usecs(t->max_age)), time_text(t->as_of)),
			 errhint("Allow a larger max_age, or use a snapshot with a more recent scrape of this pair.")));
}

/* ---- rates ------------------------------------------------------------------------ */

/* snapshot_rate(snap, base, quote [, as_of, max_age]) */
static Datum
rate_at(FunctionCallInfo fcinfo, bool timed)
{
	RateBook   *book = book_of(fcinfo, 0);
	BookPair   *pair;
	AsOf		t;

	if (timed)
		t = as_of_args(fcinfo, 3, book);
	pair = book_pair(book, PG_GETARG_CURRENCY(1), PG_GETARG_CURRENCY(2));
	if (timed)
		check_time(book, &pair->path, &t);
	PG_RETURN_FXRATE_P(book_rate(book, pair));
}

Datum
snapshot_rate(PG_FUNCTION_ARGS)
{
	return rate_at(fcinfo, false);
}

Datum
snapshot_rate_as_of(PG_FUNCTION_ARGS)
{
	return rate_at(fcinfo, true);
}

Datum
snapshot_rate_path(PG_FUNCTION_ARGS)
{
	RateBook   *book = book_of(fcinfo, 0);
	BookPair   *pair = book_pair(book, PG_GETARG_CURRENCY(1), PG_GETARG_CURRENCY(2));

	PG_RETURN_DATUM(path_array(book, &pair->path));
}

Datum
snapshot_rate_error_bound(PG_FUNCTION_ARGS)
{
	RateBook   *book = book_of(fcinfo, 0);
	BookPair   *pair = book_pair(book, PG_GETARG_CURRENCY(1), PG_GETARG_CURRENCY(2));

	PG_RETURN_DATUM(exr_dec_to_numeric(book_error_bound(book, &pair->path)));
}

/* snapshot_rates(snap) -> TABLE(base currency, quote currency, rate fxrate, path text[]), by base then quote */
Datum
snapshot_rates(PG_FUNCTION_ARGS)
{
	RateBook   *book = book_of(fcinfo, 0);
	ExrRows		rows;

	exr_rows_start(&rows, fcinfo);
	for (uint32 i = 0; i < book->ix.ncurrencies; i++)
		for (uint32 j = 0; j < book->ix.ncurrencies; j++)
		{
			ConvPath	path;
			FxRate		r;
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			if (conv_find_path(&book->ix, book->ix.currencies[i], book->ix.currencies[j], &path) != CONV_OK)
				continue;
			exr_row_begin(&rows);
			r = path_rate(book, &path);
			values[0] = CurrencyGetDatum(path.base);
			values[1] = CurrencyGetDatum(path.quote);
			values[2] = FxRateGetDatum(&r);
			values[3] = path_array(book, &path);
			exr_row_end(&rows, values, nulls);
		}
	exr_rows_done(&rows);
	return (Datum) 0;
}

/* ---- amounts ------------------------------------------------------------------------ */

static FxAmount
converted(const RateBook *book, BookPair *pair, const FxAmount *amount)
{
	FxAmount	out;

	if (fxa_convert(amount, book_rate(book, pair), &out) != FX_OK)
	{
		char		a[FXA_FORMAT_MAX];

		fxa_format(amount, a);
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s in %s is out of range for type fxamount", a, code_text(pair->path.quote))));
	}
	return out;
}

/* convert(amount, to, snap [, as_of, max_age]) */
static Datum
convert_at(FunctionCallInfo fcinfo, bool timed)
{
	const FxAmount *amount = PG_GETARG_FXAMOUNT_P(0);
	cur_code	to = PG_GETARG_CURRENCY(1);
	RateBook   *book = book_of(fcinfo, 2);
	BookPair   *pair;
	AsOf		t;
	FxAmount	out;

	if (timed)
		t = as_of_args(fcinfo, 3, book);
	if (amount->currency == to)
		PG_RETURN_FXAMOUNT_P(amount);
	pair = book_pair(book, amount->currency, to);
	if (timed)
		check_time(book, &pair->path, &t);
	out = converted(book, pair, amount);
	PG_RETURN_FXAMOUNT_P(&out);
}

Datum
snapshot_convert(PG_FUNCTION_ARGS)
{
	return convert_at(fcinfo, false);
}

Datum
snapshot_convert_as_of(PG_FUNCTION_ARGS)
{
	return convert_at(fcinfo, true);
}

/* convert_error_bound(amount, to, snap): |convert(amount, to, snap)| * the rate's error bound */
Datum
snapshot_convert_error_bound(PG_FUNCTION_ARGS)
{
	const FxAmount *amount = PG_GETARG_FXAMOUNT_P(0);
	cur_code	to = PG_GETARG_CURRENCY(1);
	RateBook   *book;
	BookPair   *pair;
	FxAmount	in_to;
	FxAmount	out;
	dec			zero = {0, 0};

	if (amount->currency == to)
	{
		if (fxa_make(to, zero, &out) != FX_OK)
			elog(ERROR, "cannot make a zero amount");
		PG_RETURN_FXAMOUNT_P(&out);
	}
	book = book_of(fcinfo, 2);
	pair = book_pair(book, amount->currency, to);
	in_to = converted(book, pair, amount);
	if (conv_error_amount(&in_to, book_error_bound(book, &pair->path), &out) != CONV_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("error bound of the conversion is out of range for type fxamount")));
	PG_RETURN_FXAMOUNT_P(&out);
}
