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

/* A snapshot argument, read and indexed by pair. */
typedef struct RateBook
{
	FxSnapshot	local;
	const FxSnapshot *snap;
	ConvIndex	ix;
} RateBook;

static void
book_open(FunctionCallInfo fcinfo, int argno, RateBook *book)
{
	SnapAllocator alloc = fxsnapshot_allocator();

	book->snap = fxsnapshot_arg(fcinfo, argno, &book->local);
	if (conv_index_build(&book->ix, book->snap, &alloc) != CONV_OK)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
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
book_path(const RateBook *book, cur_code base, cur_code quote)
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
book_rate(const RateBook *book, const ConvPath *path)
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
	RateBook	book;
	ConvPath	path;
	AsOf		t;
	FxRate		r;

	book_open(fcinfo, 0, &book);
	if (timed)
		t = as_of_args(fcinfo, 3, &book);
	path = book_path(&book, PG_GETARG_CURRENCY(1), PG_GETARG_CURRENCY(2));
	if (timed)
		check_time(&book, &path, &t);
	r = book_rate(&book, &path);
	PG_RETURN_FXRATE_P(&r);
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
	RateBook	book;
	ConvPath	path;

	book_open(fcinfo, 0, &book);
	path = book_path(&book, PG_GETARG_CURRENCY(1), PG_GETARG_CURRENCY(2));
	PG_RETURN_DATUM(path_array(&book, &path));
}

Datum
snapshot_rate_error_bound(PG_FUNCTION_ARGS)
{
	RateBook	book;
	ConvPath	path;

	book_open(fcinfo, 0, &book);
	path = book_path(&book, PG_GETARG_CURRENCY(1), PG_GETARG_CURRENCY(2));
	PG_RETURN_DATUM(exr_dec_to_numeric(book_error_bound(&book, &path)));
}

/* snapshot_rates(snap) -> TABLE(base currency, quote currency, rate fxrate, path text[]), by base then quote */
Datum
snapshot_rates(PG_FUNCTION_ARGS)
{
	RateBook	book;
	ExrRows		rows;

	book_open(fcinfo, 0, &book);
	exr_rows_start(&rows, fcinfo);
	for (uint32 i = 0; i < book.ix.ncurrencies; i++)
		for (uint32 j = 0; j < book.ix.ncurrencies; j++)
		{
			ConvPath	path;
			FxRate		r;
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			if (conv_find_path(&book.ix, book.ix.currencies[i], book.ix.currencies[j], &path) != CONV_OK)
				continue;
			exr_row_begin(&rows);
			r = book_rate(&book, &path);
			values[0] = CurrencyGetDatum(path.base);
			values[1] = CurrencyGetDatum(path.quote);
			values[2] = FxRateGetDatum(&r);
			values[3] = path_array(&book, &path);
			exr_row_end(&rows, values, nulls);
		}
	exr_rows_done(&rows);
	return (Datum) 0;
}

/* ---- amounts ------------------------------------------------------------------------ */

static FxAmount
converted(const RateBook *book, const ConvPath *path, const FxAmount *amount)
{
	FxRate		r = book_rate(book, path);
	FxAmount	out;

	if (fxa_convert(amount, &r, &out) != FX_OK)
	{
		char		a[FXA_FORMAT_MAX];

		fxa_format(amount, a);
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s in %s is out of range for type fxamount", a, code_text(path->quote))));
	}
	return out;
}

/* convert(amount, to, snap [, as_of, max_age]) */
static Datum
convert_at(FunctionCallInfo fcinfo, bool timed)
{
	const FxAmount *amount = PG_GETARG_FXAMOUNT_P(0);
	cur_code	to = PG_GETARG_CURRENCY(1);
	RateBook	book;
	ConvPath	path;
	AsOf		t;
	FxAmount	out;

	book_open(fcinfo, 2, &book);
	if (timed)
		t = as_of_args(fcinfo, 3, &book);
	if (amount->currency == to)
		PG_RETURN_FXAMOUNT_P(amount);
	path = book_path(&book, amount->currency, to);
	if (timed)
		check_time(&book, &path, &t);
	out = converted(&book, &path, amount);
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
	RateBook	book;
	ConvPath	path;
	FxAmount	in_to;
	FxAmount	out;
	dec			zero = {0, 0};

	if (amount->currency == to)
	{
		if (fxa_make(to, zero, &out) != FX_OK)
			elog(ERROR, "cannot make a zero amount");
		PG_RETURN_FXAMOUNT_P(&out);
	}
	book_open(fcinfo, 2, &book);
	path = book_path(&book, amount->currency, to);
	in_to = converted(&book, &path, amount);
	if (conv_error_amount(&in_to, book_error_bound(&book, &path), &out) != CONV_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("error bound of the conversion is out of range for type fxamount")));
	PG_RETURN_FXAMOUNT_P(&out);
}
