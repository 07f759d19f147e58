/*
 * fxcandle.c - the `fxcandle` type and the `candle` aggregates (thin glue
 * over core/fxcandle.h).
 *
 * fxcandle is a fixed 80-byte type passed by reference, and it is the
 * aggregates' transition state itself (not `internal`), so they run in
 * parallel and Citus pushes them down, shipping partial states as text.
 * There is no final function: the state is the result.  Called as an
 * aggregate, the transition function updates its state in place (nodeAgg
 * owns it and has copied it into the aggregate context), so a row costs a
 * few comparisons and no allocation.  Outside an aggregate no argument is
 * ever modified.
 */
#include "compat.h"

#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/timestamp.h"

#include "compare.h"
#include "core/fxcandle.h"
#include "fxquote.h"
#include "fxrate.h"
#include "textio.h"

PG_FUNCTION_INFO_V1(fxcandle_in);
PG_FUNCTION_INFO_V1(fxcandle_out);
PG_FUNCTION_INFO_V1(fxcandle_recv);
PG_FUNCTION_INFO_V1(fxcandle_send);
PG_FUNCTION_INFO_V1(candle_transfn_rate);
PG_FUNCTION_INFO_V1(candle_transfn_quote);
PG_FUNCTION_INFO_V1(candle_merge);
PG_FUNCTION_INFO_V1(fxcandle_open);
PG_FUNCTION_INFO_V1(fxcandle_high);
PG_FUNCTION_INFO_V1(fxcandle_low);
PG_FUNCTION_INFO_V1(fxcandle_close);
PG_FUNCTION_INFO_V1(fxcandle_open_at);
PG_FUNCTION_INFO_V1(fxcandle_high_at);
PG_FUNCTION_INFO_V1(fxcandle_low_at);
PG_FUNCTION_INFO_V1(fxcandle_close_at);
PG_FUNCTION_INFO_V1(fxcandle_n);
PG_FUNCTION_INFO_V1(fxcandle_change_pct);

#define DatumGetFxCandleP(d)    ((const FxCandle *) DatumGetPointer(d))
#define PG_GETARG_FXCANDLE_P(n) DatumGetFxCandleP(PG_GETARG_DATUM(n))

static FxCandle *
candle_copy(const FxCandle *c)
{
	FxCandle   *copy = (FxCandle *) palloc(sizeof(FxCandle));

	*copy = *c;
	return copy;
}

/* ---- errors ---------------------------------------------------------------- */

/* A core status from adding or merging, as an error; the pairs of both sides. */
static void
report_status(FxCandleStatus st, const FxCandle *c, cur_code base, cur_code quote)
{
	char		have[FXR_PAIR_NAME_MAX];
	char		got[FXR_PAIR_NAME_MAX];
	bool		have_first;

	switch (st)
	{
		case FXC_OK:
			return;
		case FXC_PAIR_MISMATCH:
			fxr_pair_name(c->base, c->quote, have);
			fxr_pair_name(base, quote, got);
			/* named in pair order: which one came first depends on the plan */
			have_first = c->base < base || (c->base == base && c->quote < quote);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot make one candle of %s and %s",
							have_first ? have : got, have_first ? got : have),
					 errdetail("A candle follows the rate of one currency pair."),
					 errhint("Make one candle per pair: GROUP BY the pair, such as base(rate), quote(rate).")));
			break;
		case FXC_COUNT_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("candle row count out of range"),
					 errdetail("A candle counts at most %lld rows.", (long long) PG_INT64_MAX)));
			break;
		case FXC_BAD_VERSION:
		case FXC_BAD_FORMAT:
			elog(ERROR, "unexpected candle status %d", (int) st);
	}
}

/* ---- the aggregates ---------------------------------------------------------- */

/* Called as an aggregate (or window aggregate), so the state may change in place? */
static inline bool
called_as_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

/*
 * One row.  The first makes the state (in the current context: nodeAgg
 * copies it into its own); every later one updates the aggregate's state
 * in place.
 */
static pg_attribute_always_inline Datum
accumulate(FunctionCallInfo fcinfo, const FxRate *r, TimestampTz at)
{
	FxCandle   *c;
	FxCandleStatus st;

	if (PG_ARGISNULL(0))
	{
		c = (FxCandle *) palloc(sizeof(FxCandle));
		fxc_init(c, r, at);
		PG_RETURN_POINTER(c);
	}
	if (called_as_aggregate(fcinfo))
		c = (FxCandle *) PG_GETARG_POINTER(0);
	else
		c = candle_copy(PG_GETARG_FXCANDLE_P(0));
	st = fxc_add(c, r, at);
	if (unlikely(st != FXC_OK))
		report_status(st, c, r->base, r->quote);
	PG_RETURN_POINTER(c);
}

/* A row with a NULL rate or time is skipped. */
static Datum
skip_row(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/* candle(rate fxrate, at timestamptz) */
Datum
candle_transfn_rate(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return skip_row(fcinfo);
	return accumulate(fcinfo, PG_GETARG_FXRATE_P(1), PG_GETARG_TIMESTAMPTZ(2));
}

/* candle(quote fxquote, at timestamptz): the quote's rate, as published */
Datum
candle_transfn_quote(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return skip_row(fcinfo);
	return accumulate(fcinfo, &PG_GETARG_FXQUOTE_P(1)->rate, PG_GETARG_TIMESTAMPTZ(2));
}

/*
 * Merge two candles: the combine function of every candle aggregate, the
 * transition function of candle(fxcandle), and a plain function.  STRICT:
 * nodeAgg itself starts the state from the first non-NULL input (a copy)
 * and skips NULL partial states.
 */
Datum
candle_merge(PG_FUNCTION_ARGS)
{
	const FxCandle *other = PG_GETARG_FXCANDLE_P(1);
	FxCandle   *c;
	FxCandleStatus st;

	if (called_as_aggregate(fcinfo))
		c = (FxCandle *) PG_GETARG_POINTER(0);
	else
		c = candle_copy(PG_GETARG_FXCANDLE_P(0));
	st = fxc_merge(c, other);
	if (st != FXC_OK)
		report_status(st, c, other->base, other->quote);
	PG_RETURN_POINTER(c);
}

/* ---- text and binary I/O ---------------------------------------------------------- */

Datum
fxcandle_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	size_t		len;
	const char *utf8 = exr_chars_utf8(s, strlen(s), &len, "candle");
	FxCandle	c;
	FxCandleParseError err;
	FxCandleSyntax syn = fxc_parse(utf8, len, &c, &err);
	char		why[FXC_DESCRIBE_MAX];
	int			code = ERRCODE_INVALID_TEXT_REPRESENTATION;

	if (syn == FXC_SYN_OK)
		PG_RETURN_POINTER(candle_copy(&c));
	fxc_describe(&err, utf8, len, why);
	if (syn == FXC_SYN_RATE_RANGE || syn == FXC_SYN_COUNT_RANGE)
		code = ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
	ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
			(errcode(code),
			 errmsg("invalid input syntax for type %s: \"%s\"", "fxcandle", s),
			 errdetail("%s", exr_detail(why)),
			 errhint("A candle reads like 'KZT/USD open 0.00194 @2025-12-09T03:00:00Z high 0.00196 @2025-12-09T07:00:00Z low 0.00193 @2025-12-09T05:00:00Z close 0.00195 @2025-12-09T15:00:00Z n 6'.")));
}

Datum
fxcandle_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(FXC_FORMAT_MAX);

	fxc_format(PG_GETARG_FXCANDLE_P(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: core/fxcandle.h (version byte first), validated as text input is. */
Datum
fxcandle_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const uint8 *bytes = (const uint8 *) pq_getmsgbytes(buf, len);
	FxCandle	c;
	FxCandleStatus st = fxc_unflatten(bytes, (size_t) len, &c);

	if (st == FXC_BAD_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type fxcandle", bytes[0]),
				 errdetail("This version reads format version %d.", FXC_FORMAT_VERSION)));
	if (st != FXC_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxcandle value"),
				 errdetail("The binary form of a candle is %d bytes, and must be a candle text input would accept.",
						   FXC_FLAT_SIZE)));
	PG_RETURN_POINTER(candle_copy(&c));
}

Datum
fxcandle_send(PG_FUNCTION_ARGS)
{
	uint8		flat[FXC_FLAT_SIZE];
	StringInfoData buf;

	fxc_flatten(PG_GETARG_FXCANDLE_P(0), flat);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) flat, FXC_FLAT_SIZE);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- accessors ------------------------------------------------------------------ */

static Datum
point_rate(FunctionCallInfo fcinfo, int f)
{
	FxRate		r = fxc_rate(PG_GETARG_FXCANDLE_P(0), f);

	return FxRateGetDatum(&r);
}

Datum
fxcandle_open(PG_FUNCTION_ARGS)
{
	return point_rate(fcinfo, FXC_OPEN);
}

Datum
fxcandle_high(PG_FUNCTION_ARGS)
{
	return point_rate(fcinfo, FXC_HIGH);
}

Datum
fxcandle_low(PG_FUNCTION_ARGS)
{
	return point_rate(fcinfo, FXC_LOW);
}

Datum
fxcandle_close(PG_FUNCTION_ARGS)
{
	return point_rate(fcinfo, FXC_CLOSE);
}

Datum
fxcandle_open_at(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(PG_GETARG_FXCANDLE_P(0)->at[FXC_OPEN]);
}

Datum
fxcandle_high_at(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(PG_GETARG_FXCANDLE_P(0)->at[FXC_HIGH]);
}

Datum
fxcandle_low_at(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(PG_GETARG_FXCANDLE_P(0)->at[FXC_LOW]);
}

Datum
fxcandle_close_at(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(PG_GETARG_FXCANDLE_P(0)->at[FXC_CLOSE]);
}

Datum
fxcandle_n(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_FXCANDLE_P(0)->n);
}

/* 100 * (close - open) / open, exactly as pct_change(close, open). */
Datum
fxcandle_change_pct(PG_FUNCTION_ARGS)
{
	const FxCandle *c = PG_GETARG_FXCANDLE_P(0);
	dec			pct;

	if (fxc_change_pct(c, &pct) != FX_OK)
	{
		FxRate		open = fxc_rate(c, FXC_OPEN);
		FxRate		close = fxc_rate(c, FXC_CLOSE);
		char		open_text[FXR_FORMAT_MAX];
		char		close_text[FXR_FORMAT_MAX];

		fxr_format(&open, open_text);
		fxr_format(&close, close_text);
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("candle change out of range"),
				 errdetail("The change from open %s to close %s, in percent, needs more than %d digits before the point.",
						   open_text, close_text, DEC_MAX_DIGITS)));
	}
	return exr_dec_to_numeric(pct);
}

/* ---- comparison and hashing ------------------------------------------------------- */

static int
fxcandle_compare(FunctionCallInfo fcinfo)
{
	return fxc_cmp(PG_GETARG_FXCANDLE_P(0), PG_GETARG_FXCANDLE_P(1));
}

EXR_COMPARISON_FUNCTIONS(fxcandle)

/* Equal candles (rates equal in value) share their canonical form: hash that. */
static FxCandle
fxcandle_hash_key(FunctionCallInfo fcinfo)
{
	return fxc_canonical(PG_GETARG_FXCANDLE_P(0));
}

EXR_HASH_FUNCTIONS(fxcandle, FxCandle)
