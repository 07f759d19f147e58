/*
 * fxamount.c - the `fxamount` type: an amount of one currency, 8 bytes by value,
 * exact decimal (see core/fxamount.h).  fmgr glue: I/O, comparison and
 * hashing, arithmetic and conversion operators, and the sum/avg/min/max
 * aggregates with their support functions and fxamount_acc, the state type
 * of sum and avg.
 */
#include "compat.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "aggregate.h"
#include "compare.h"
#include "currency.h"
#include "fxamount.h"
#include "fxrate.h"
#include "textio.h"

PG_FUNCTION_INFO_V1(fxamount_in);
PG_FUNCTION_INFO_V1(fxamount_out);
PG_FUNCTION_INFO_V1(fxamount_recv);
PG_FUNCTION_INFO_V1(fxamount_send);
PG_FUNCTION_INFO_V1(fxamount_construct);
PG_FUNCTION_INFO_V1(fxamount_amount);
PG_FUNCTION_INFO_V1(fxamount_currency);
PG_FUNCTION_INFO_V1(fxamount_add);
PG_FUNCTION_INFO_V1(fxamount_sub);
PG_FUNCTION_INFO_V1(fxamount_neg);
PG_FUNCTION_INFO_V1(fxamount_abs);
PG_FUNCTION_INFO_V1(fxamount_mul_numeric);
PG_FUNCTION_INFO_V1(numeric_mul_fxamount);
PG_FUNCTION_INFO_V1(fxamount_mul_int4);
PG_FUNCTION_INFO_V1(int4_mul_fxamount);
PG_FUNCTION_INFO_V1(fxamount_div_numeric);
PG_FUNCTION_INFO_V1(fxamount_div_int4);
PG_FUNCTION_INFO_V1(fxamount_convert);
PG_FUNCTION_INFO_V1(fxrate_convert_fxamount);
PG_FUNCTION_INFO_V1(fxamount_round_minor);
PG_FUNCTION_INFO_V1(fxamount_round);
PG_FUNCTION_INFO_V1(fxamount_smaller);
PG_FUNCTION_INFO_V1(fxamount_larger);
PG_FUNCTION_INFO_V1(fxamount_sum_trans);
PG_FUNCTION_INFO_V1(fxamount_sum_combine);
PG_FUNCTION_INFO_V1(fxamount_sum_serialize);
PG_FUNCTION_INFO_V1(fxamount_sum_deserialize);
PG_FUNCTION_INFO_V1(fxamount_sum_final);
PG_FUNCTION_INFO_V1(fxamount_avg_final);
PG_FUNCTION_INFO_V1(fxamount_acc_in);
PG_FUNCTION_INFO_V1(fxamount_acc_out);
PG_FUNCTION_INFO_V1(fxamount_acc_recv);
PG_FUNCTION_INFO_V1(fxamount_acc_send);

/* fxamount is an int64 Datum: PASSEDBYVALUE needs 8-byte Datums (64-bit servers). */
#if SIZEOF_DATUM != 8
#error "fxamount is passed by value and needs a 64-bit server (SIZEOF_DATUM = 8)"
#endif

#define FXAMOUNT_BINARY_VERSION 1
#define FXAMOUNT_BINARY_SIZE (1 + 3 + 1 + 8)
#define FXAMOUNT_STATE_VERSION 1
#define FXAMOUNT_ACC_BINARY_VERSION 1

/* fxamount_acc is FxAmountAcc as it is in memory: INTERNALLENGTH in SQL. */
#define FXAMOUNT_ACC_SIZE 56
StaticAssertDecl(sizeof(FxAmountAcc) == FXAMOUNT_ACC_SIZE, "fxamount_acc's INTERNALLENGTH is 56");

/* ---- errors ---------------------------------------------------------------- */

static const char *const fxamount_syntax_hint =
	"Write an amount as a number and a currency code, for example '70000 KZT' or 'USD -12.50'.";

static char *
fxamount_parse_detail(FxStatus st, const char *part, int part_len)
{
	switch (st)
	{
		case FX_BAD_FORMAT:
			return psprintf("Expected a number and a currency code separated by white space.");
		case FX_BAD_BASE:
			return psprintf("The currency \"%.*s\" is not three letters.", part_len, part);
		case FX_UNKNOWN_BASE:
			return psprintf("The currency \"%.*s\" is not a known ISO 4217 currency code.", part_len, part);
		case FX_BAD_NUMBER:
			return psprintf("The amount \"%.*s\" is not a plain decimal number.", part_len, part);
		default:
			return psprintf("The amount \"%.*s\" has more than %d significant digits or %d digits after the point.",
							part_len, part, FXA_MAX_DIGITS, DEC_MAX_SCALE);
	}
}

/*
 * A known currency that amounts cannot hold: a withdrawn code without a
 * storage id (every active code has one, and the withdrawn codes of the
 * former Soviet Union; see core/currency.c).  The parenthesized error
 * fields, for ereport and ereturn.
 */
#define FXAMOUNT_NOT_STORABLE(currency) \
	(errcode(ERRCODE_FEATURE_NOT_SUPPORTED), \
	 errmsg("type fxamount cannot hold amounts in %s", currency_letters(currency)), \
	 errdetail("%s", fxamount_not_storable_detail(currency)), \
	 errhint("Keep such amounts as numeric beside a currency column: currency, fxrate and fxquote accept %s.", \
			 currency_letters(currency)))

static char *
currency_letters(cur_code currency)
{
	char	   *letters = palloc(4);

	cur_unpack(currency, letters);
	return letters;
}

static char *
fxamount_not_storable_detail(cur_code currency)
{
	const CurrencyInfo *info = cur_info(currency);

	if (info == NULL || info->withdrawn_in == 0)
		elog(ERROR, "fxamount: currency %u has no storage id", (unsigned) currency);
	return psprintf("%s (%s) was withdrawn from ISO 4217 in %d. An amount stores its currency in 8 bits: "
					"they hold every active code and the withdrawn codes of the former Soviet Union, not the others.",
					info->code, exr_utf8_cstring(info->name, strlen(info->name)), info->withdrawn_in);
}

/*
 * Report a failed operation: `verb` says what could not be done across
 * currencies ("add", "subtract", "compare").
 */
static void
fxamount_error(FxStatus st, const char *verb, const FxAmount *a, const FxAmount *b)
{
	char		ca[4],
				cb[4];

	switch (st)
	{
		case FX_OK:
			return;
		case FX_PAIR_MISMATCH:
			cur_unpack(a->currency, ca);
			cur_unpack(b->currency, cb);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot %s amounts in %s and %s", verb, ca, cb),
					 errhint("Convert one of them with a rate first (amount * fxrate), or group by amount_currency().")));
			break;
		case FX_DIV_ZERO:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("division by zero")));
			break;
		case FX_NOT_STORABLE:
			/* only a new currency can be one: callers that make one report it */
			elog(ERROR, "fxamount: cannot %s into a currency without a storage id", verb);
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("fxamount out of range"),
					 errdetail("An amount has at most %d significant digits and at most %d digits after the point.",
							   FXA_MAX_DIGITS, DEC_MAX_SCALE)));
	}
}

/* The hot paths (conversion, the sum transition) only pay for a compare. */
static inline void
fxamount_check(FxStatus st, const char *verb, const FxAmount *a, const FxAmount *b)
{
	if (unlikely(st != FX_OK))
		fxamount_error(st, verb, a, b);
}

/* ---- I/O ----------------------------------------------------------------------- */

Datum
fxamount_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	FxAmount	a;
	FxSpan		bad;
	FxStatus	st = fxa_parse(s, strlen(s), &a, &bad);

	if (st == FX_OK)
		PG_RETURN_FXAMOUNT_P(&a);
	if (st == FX_NOT_STORABLE)
	{
		cur_code	currency = CUR_CODE_INVALID;

		(void) cur_parse(s + bad.off, bad.len, &currency);		/* bad spans the currency */
		ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0, FXAMOUNT_NOT_STORABLE(currency));
	}
	if (st == FX_OUT_OF_RANGE)
		ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value \"%s\" is out of range for type %s", s, "fxamount"),
				 errdetail("%s", fxamount_parse_detail(st, s + bad.off, (int) bad.len))));
	ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "fxamount", s),
			 errdetail("%s", fxamount_parse_detail(st, s + bad.off, (int) bad.len)),
			 errhint("%s", fxamount_syntax_hint)));
}

Datum
fxamount_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(FXA_FORMAT_MAX);

	fxa_format(PG_GETARG_FXAMOUNT_P(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: version byte, currency letters, scale byte, coefficient (int8). */
Datum
fxamount_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	cur_code	currency;
	dec			value;
	FxAmount	a;
	FxStatus	st;

	if (buf->len - buf->cursor < FXAMOUNT_BINARY_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxamount value"),
				 errdetail("The binary form of an amount is %d bytes.", FXAMOUNT_BINARY_SIZE)));
	version = pq_getmsgbyte(buf);
	currency = currency_recv_letters(buf);
	value.scale = pq_getmsgbyte(buf);
	value.coef = pq_getmsgint64(buf);
	if (version != FXAMOUNT_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type fxamount", version)));
	st = fxa_make(currency, value, &a);
	if (st == FX_NOT_STORABLE)
		ereport(ERROR, FXAMOUNT_NOT_STORABLE(currency));
	if (st != FX_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxamount value"),
				 errdetail("The currency must be a known ISO 4217 code and the amount a value of at most %d digits and %d decimals.",
						   FXA_MAX_DIGITS, DEC_MAX_SCALE)));
	PG_RETURN_FXAMOUNT_P(&a);
}

Datum
fxamount_send(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, FXAMOUNT_BINARY_VERSION);
	currency_send_letters(&buf, a->currency);
	pq_sendbyte(&buf, a->scale);
	pq_sendint64(&buf, a->coef);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- comparison and hashing ------------------------------------------------- */

static inline int
fxamount_compare(FunctionCallInfo fcinfo)
{
	return fxa_cmp(PG_GETARG_FXAMOUNT_P(0), PG_GETARG_FXAMOUNT_P(1));
}

EXR_COMPARISON_FUNCTIONS(fxamount)

/* Equal amounts (12.5 and 12.50) share their canonical form: hash that. */
static inline FxAmount
fxamount_hash_key(FunctionCallInfo fcinfo)
{
	return fxa_canonical(PG_GETARG_FXAMOUNT_P(0));
}

EXR_HASH_FUNCTIONS(fxamount, FxAmount)

/* ---- parts ---------------------------------------------------------------------- */

/* fxamount(amount numeric, currency currency) */
Datum
fxamount_construct(PG_FUNCTION_ARGS)
{
	dec			value = exr_numeric_to_dec(PG_GETARG_DATUM(0), "type fxamount");
	FxAmount	a;
	FxStatus	st = fxa_make(PG_GETARG_CURRENCY(1), value, &a);

	if (st == FX_UNKNOWN_BASE)
		elog(ERROR, "fxamount: invalid currency code %u", (unsigned) PG_GETARG_CURRENCY(1));
	if (st == FX_NOT_STORABLE)
		ereport(ERROR, FXAMOUNT_NOT_STORABLE(PG_GETARG_CURRENCY(1)));
	fxamount_check(st, "construct", &a, &a);
	PG_RETURN_FXAMOUNT_P(&a);
}

/* amount(fxamount): exact numeric with the published digits */
Datum
fxamount_amount(PG_FUNCTION_ARGS)
{
	return exr_dec_to_numeric(fxamount_value(PG_GETARG_FXAMOUNT_P(0)));
}

Datum
fxamount_currency(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY(PG_GETARG_FXAMOUNT_P(0)->currency);
}

/* ---- arithmetic ------------------------------------------------------------------- */

Datum
fxamount_add(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	const FxAmount *b = PG_GETARG_FXAMOUNT_P(1);
	FxAmount	r;

	fxamount_check(fxa_add(a, b, &r), "add", a, b);
	PG_RETURN_FXAMOUNT_P(&r);
}

Datum
fxamount_sub(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	const FxAmount *b = PG_GETARG_FXAMOUNT_P(1);
	FxAmount	r;

	fxamount_check(fxa_sub(a, b, &r), "subtract", a, b);
	PG_RETURN_FXAMOUNT_P(&r);
}

Datum
fxamount_neg(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	FxAmount	r;

	fxamount_check(fxa_neg(a, &r), "negate", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

Datum
fxamount_abs(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	FxAmount	r;

	fxamount_check(fxa_abs(a, &r), "take the absolute value of", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

static Datum
mul_numeric(const FxAmount *a, Datum n)
{
	FxAmount	r;

	fxamount_check(fxa_mul(a, exr_numeric_to_dec(n, "an fxamount multiplier"), &r), "multiply", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

Datum
fxamount_mul_numeric(PG_FUNCTION_ARGS)
{
	return mul_numeric(PG_GETARG_FXAMOUNT_P(0), PG_GETARG_DATUM(1));
}

Datum
numeric_mul_fxamount(PG_FUNCTION_ARGS)
{
	return mul_numeric(PG_GETARG_FXAMOUNT_P(1), PG_GETARG_DATUM(0));
}

static Datum
mul_int(const FxAmount *a, int64 n)
{
	FxAmount	r;

	fxamount_check(fxa_mul_i64(a, n, &r), "multiply", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

Datum
fxamount_mul_int4(PG_FUNCTION_ARGS)
{
	return mul_int(PG_GETARG_FXAMOUNT_P(0), PG_GETARG_INT32(1));
}

Datum
int4_mul_fxamount(PG_FUNCTION_ARGS)
{
	return mul_int(PG_GETARG_FXAMOUNT_P(1), PG_GETARG_INT32(0));
}

Datum
fxamount_div_numeric(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	FxAmount	r;

	fxamount_check(fxa_div(a, exr_numeric_to_dec(PG_GETARG_DATUM(1), "an fxamount divisor"), &r),
				   "divide", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

Datum
fxamount_div_int4(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	FxAmount	r;

	fxamount_check(fxa_div_i64(a, PG_GETARG_INT32(1), &r), "divide", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

/* ---- conversion ------------------------------------------------------------------- */

static pg_attribute_always_inline Datum
convert(const FxAmount *a, const FxRate *rate)
{
	FxAmount	r;
	FxStatus	st = fxa_convert(a, rate, &r);

	if (st == FX_PAIR_MISMATCH)
	{
		char		cur[4];
		char		pair[FXR_PAIR_NAME_MAX];

		cur_unpack(a->currency, cur);
		fxr_pair_name(rate->base, rate->quote, pair);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot convert an amount in %s with a %s rate", cur, pair),
				 errdetail("A rate converts amounts in its base currency to its quote currency, and back.")));
	}
	if (st == FX_NOT_STORABLE)
		ereport(ERROR, FXAMOUNT_NOT_STORABLE(a->currency == rate->base ? rate->quote : rate->base));
	fxamount_check(st, "convert", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

/* fxamount * fxrate */
Datum
fxamount_convert(PG_FUNCTION_ARGS)
{
	return convert(PG_GETARG_FXAMOUNT_P(0), PG_GETARG_FXRATE_P(1));
}

/* fxrate * fxamount */
Datum
fxrate_convert_fxamount(PG_FUNCTION_ARGS)
{
	return convert(PG_GETARG_FXAMOUNT_P(1), PG_GETARG_FXRATE_P(0));
}

/* ---- rounding --------------------------------------------------------------------- */

/* round(fxamount): to the currency's ISO 4217 minor units (unchanged where ISO has none) */
Datum
fxamount_round_minor(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	FxAmount	r;

	fxamount_check(fxa_round_minor(a, &r), "round", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

Datum
fxamount_round(PG_FUNCTION_ARGS)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	FxAmount	r;

	fxamount_check(fxa_round(a, PG_GETARG_INT32(1), &r), "round", a, a);
	PG_RETURN_FXAMOUNT_P(&r);
}

/* ---- min and max ------------------------------------------------------------------ */

/* The transition (and combine) functions of min/max: one currency only. */
static Datum
pick(FunctionCallInfo fcinfo, int want)
{
	const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);
	const FxAmount *b = PG_GETARG_FXAMOUNT_P(1);

	if (a->currency != b->currency)
		fxamount_check(FX_PAIR_MISMATCH, "compare", a, b);
	return PG_GETARG_DATUM(fxa_cmp(b, a) * want > 0 ? 1 : 0);
}

Datum
fxamount_smaller(PG_FUNCTION_ARGS)
{
	return pick(fcinfo, -1);
}

Datum
fxamount_larger(PG_FUNCTION_ARGS)
{
	return pick(fcinfo, 1);
}

/* ---- sum and avg ----------------------------------------------------------------- */

static MemoryContext
aggregate_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "%s called in non-aggregate context", fn);
	return aggcontext;
}

static void
check_sum(FxStatus st, const FxAmountAcc *state, const FxAmount *a)
{
	if (st == FX_PAIR_MISMATCH)
	{
		FxAmount	seen = *a;

		seen.currency = state->currency;
		fxamount_check(st, "add", &seen, a);
	}
	fxamount_check(st, "add", a, a);
}

/*
 * The state sum and avg update.  Since 1.1 it is an fxamount_acc value (1.0
 * declared it internal; the C functions serve both): as an aggregate, the
 * state is the aggregate's own and is updated in place; called directly from
 * SQL, the argument is someone else's value and a copy is updated.  A NULL
 * state (1.0's first row) is a new empty one, in the aggregate's memory.
 */
static FxAmountAcc *
acc_for_update(FunctionCallInfo fcinfo)
{
	bool		in_aggregate = exr_called_as_aggregate(fcinfo);
	FxAmountAcc *state;

	if (!PG_ARGISNULL(0))
	{
		state = (FxAmountAcc *) PG_GETARG_POINTER(0);
		if (likely(in_aggregate))
			return state;
		return memcpy(palloc(sizeof(FxAmountAcc)), state, sizeof(FxAmountAcc));
	}
	state = in_aggregate ? MemoryContextAlloc(aggregate_context(fcinfo, "fxamount_sum_trans"), sizeof(FxAmountAcc))
		: palloc(sizeof(FxAmountAcc));
	fxa_acc_init(state);
	return state;
}

/* sum/avg transition. */
Datum
fxamount_sum_trans(PG_FUNCTION_ARGS)
{
	FxAmountAcc *state = acc_for_update(fcinfo);

	if (!PG_ARGISNULL(1))
	{
		const FxAmount *a = PG_GETARG_FXAMOUNT_P(1);

		check_sum(fxa_acc_add(state, a), state, a);
	}
	PG_RETURN_POINTER(state);
}

Datum
fxamount_sum_combine(PG_FUNCTION_ARGS)
{
	FxAmountAcc *state;
	FxAmountAcc *other = PG_ARGISNULL(1) ? NULL : (FxAmountAcc *) PG_GETARG_POINTER(1);
	FxStatus	st;

	if (other == NULL)
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	/* Never return the second argument: it is not ours to keep. */
	state = acc_for_update(fcinfo);
	st = fxa_acc_merge(state, other);
	if (st == FX_PAIR_MISMATCH)
	{
		FxAmount	a,
					b;

		memset(&a, 0, sizeof(a));
		b = a;
		a.currency = state->currency;
		b.currency = other->currency;
		fxamount_check(st, "add", &a, &b);
	}
	fxamount_check(st, "add", NULL, NULL);
	PG_RETURN_POINTER(state);
}

/* Parallel workers hand their states to the leader as bytea (1.0: internal state). */
Datum
fxamount_sum_serialize(PG_FUNCTION_ARGS)
{
	const FxAmountAcc *state = (const FxAmountAcc *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	uint128		hi = (uint128) state->acc.hi;
	uint128		lo = (uint128) state->acc.lo;

	aggregate_context(fcinfo, "fxamount_sum_serialize");
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, FXAMOUNT_STATE_VERSION);
	pq_sendint16(&buf, state->currency);
	pq_sendint64(&buf, state->count);
	pq_sendint32(&buf, state->acc.scale);
	pq_sendint64(&buf, (uint64) (hi >> 64));
	pq_sendint64(&buf, (uint64) hi);
	pq_sendint64(&buf, (uint64) (lo >> 64));
	pq_sendint64(&buf, (uint64) lo);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
fxamount_sum_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	FxAmountAcc *state;
	uint128		hi,
				lo;
	int			version;

	aggregate_context(fcinfo, "fxamount_sum_deserialize");
	state = palloc(sizeof(FxAmountAcc));
	fxa_acc_init(state);
	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes));
	version = pq_getmsgbyte(&buf);
	state->currency = (cur_code) pq_getmsgint(&buf, 2);
	state->count = pq_getmsgint64(&buf);
	state->acc.scale = pq_getmsgint(&buf, 4);
	hi = (uint128) (uint64) pq_getmsgint64(&buf) << 64;
	hi |= (uint64) pq_getmsgint64(&buf);
	lo = (uint128) (uint64) pq_getmsgint64(&buf) << 64;
	lo |= (uint64) pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	state->acc.hi = (int128) hi;
	state->acc.lo = (int128) lo;
	if (version != FXAMOUNT_STATE_VERSION || !fxa_acc_is_valid(state))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid fxamount sum state")));
	PG_RETURN_POINTER(state);
}

/* ---- fxamount_acc: the state of sum and avg as a type ------------------------- */

/*
 * A real type, not internal, so that Citus pushes sum and avg down to its
 * workers (worker_partial_agg) and ships partial states as text: the text
 * form is exact ("1180874.00 KZT / 240", "empty") and reads back to a state
 * with the same results.
 */
Datum
fxamount_acc_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	FxAmountAcc *state = palloc(sizeof(FxAmountAcc));
	FxStatus	st = fxa_acc_parse(s, strlen(s), state);

	if (st == FX_OK)
		PG_RETURN_POINTER(state);
	if (st == FX_NOT_STORABLE)
		ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0, FXAMOUNT_NOT_STORABLE(state->currency));
	if (st == FX_OUT_OF_RANGE)
		ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value \"%s\" is out of range for type %s", s, "fxamount_acc"),
				 errdetail("The sum's whole part is below 2^127, it has at most %d digits after the point, and the count is at most %lld.",
						   DEC_MAX_SCALE, (long long) PG_INT64_MAX)));
	ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "fxamount_acc", s),
			 errdetail("%s", st == FX_UNKNOWN_BASE ? "The currency is not a known ISO 4217 currency code."
					   : st == FX_BAD_BASE ? "The currency is not three letters."
					   : st == FX_BAD_NUMBER ? "The sum is not a plain decimal number."
					   : "Expected a sum, a currency code, \"/\" and a count of at least 1, or \"empty\"."),
			 errhint("A state reads like '1180874.00 KZT / 240': the exact sum of 240 amounts in KZT.")));
}

Datum
fxamount_acc_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(FXA_ACC_FORMAT_MAX);

	if (fxa_acc_format((const FxAmountAcc *) PG_GETARG_POINTER(0), buf) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("fxamount_acc out of range"),
				 errdetail("The sum has more than 38 digits before the point.")));
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: version byte, count (int8); then, when the count is not 0,
 * the currency letters, the scale (int4) and the two 128-bit parts of the
 * sum (whole units, then units of 10^-scale), each as two int8.
 */
static void
send_i128(StringInfo buf, int128 v)
{
	uint128		u = (uint128) v;

	pq_sendint64(buf, (uint64) (u >> 64));
	pq_sendint64(buf, (uint64) u);
}

static int128
recv_i128(StringInfo buf)
{
	uint128		u = (uint128) (uint64) pq_getmsgint64(buf) << 64;

	u |= (uint64) pq_getmsgint64(buf);
	return (int128) u;
}

Datum
fxamount_acc_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	FxAmountAcc *state = palloc(sizeof(FxAmountAcc));
	int			version = pq_getmsgbyte(buf);

	if (version != FXAMOUNT_ACC_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type fxamount_acc", version)));
	fxa_acc_init(state);
	state->count = pq_getmsgint64(buf);
	if (state->count > 0)
	{
		state->currency = currency_recv_letters(buf);
		state->acc.scale = pq_getmsgint(buf, 4);
		state->acc.hi = recv_i128(buf);
		state->acc.lo = recv_i128(buf);
	}
	if (!fxa_acc_is_valid(state))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxamount_acc value"),
				 errdetail("The count must not be negative, the currency must be an ISO 4217 code and the sum's scale at most %d.",
						   DEC_MAX_SCALE)));
	PG_RETURN_POINTER(state);
}

Datum
fxamount_acc_send(PG_FUNCTION_ARGS)
{
	const FxAmountAcc *state = (const FxAmountAcc *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, FXAMOUNT_ACC_BINARY_VERSION);
	pq_sendint64(&buf, state->count);
	if (state->count != 0)
	{
		currency_send_letters(&buf, state->currency);
		pq_sendint32(&buf, state->acc.scale);
		send_i128(&buf, state->acc.hi);
		send_i128(&buf, state->acc.lo);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
fxamount_sum_final(PG_FUNCTION_ARGS)
{
	const FxAmountAcc *state = (const FxAmountAcc *) PG_GETARG_POINTER(0);
	FxAmount	r;

	if (state->count == 0)
		PG_RETURN_NULL();
	fxamount_check(fxa_acc_sum(state, &r), "add", NULL, NULL);
	PG_RETURN_FXAMOUNT_P(&r);
}

Datum
fxamount_avg_final(PG_FUNCTION_ARGS)
{
	const FxAmountAcc *state = (const FxAmountAcc *) PG_GETARG_POINTER(0);
	FxAmount	r;

	if (state->count == 0)
		PG_RETURN_NULL();
	fxamount_check(fxa_acc_avg(state, &r), "average", NULL, NULL);
	PG_RETURN_FXAMOUNT_P(&r);
}
