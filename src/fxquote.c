/*
 * fxquote.c - the `fxquote` type: one ticker quote, a rate as published and
 * its published change ('TJS/USD = 0.10844 -0.46%').  24 bytes, by
 * reference.  Comparison is exact: every published digit and the sign of a
 * zero change count (see core/fxquote.h).
 */
#include "compat.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "compare.h"
#include "currency.h"
#include "fxquote.h"
#include "fxrate.h"
#include "textio.h"

PG_FUNCTION_INFO_V1(fxquote_in);
PG_FUNCTION_INFO_V1(fxquote_out);
PG_FUNCTION_INFO_V1(fxquote_recv);
PG_FUNCTION_INFO_V1(fxquote_send);
PG_FUNCTION_INFO_V1(fxquote_change_pct);
PG_FUNCTION_INFO_V1(fxquote_change_direction);
PG_FUNCTION_INFO_V1(fxquote_rate);
PG_FUNCTION_INFO_V1(fxquote_previous_rate);

Datum
fxquote_copy_datum(const FxQuote *q)
{
	FxQuote    *copy = palloc(sizeof(FxQuote));

	*copy = *q;
	return FxQuotePGetDatum(copy);
}

Datum
fxquote_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	size_t		len;
	const char *utf8 = exr_chars_utf8(s, strlen(s), &len, "quote");
	FxQuote    *q = palloc(sizeof(FxQuote));
	FxQuoteError err;
	char		why[FXQUOTE_DESCRIBE_MAX];

	if (fxq_parse(utf8, len, q, &err) == FXQ_OK)
		PG_RETURN_POINTER(q);
	fxq_describe(&err, utf8, len, why);
	if (err.status == FXQ_RATE_RANGE || err.status == FXQ_CHANGE_RANGE)
		ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value \"%s\" is out of range for type %s", s, "fxquote"),
				 errdetail("%s", exr_detail(why))));
	ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "fxquote", s),
			 errdetail("%s", exr_detail(why)),
			 errhint("A quote reads like 'TJS/USD = 0.10844 -0.46%%': a pair, a rate and its change in percent.")));
}

Datum
fxquote_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(FXQUOTE_FORMAT_MAX);

	fxq_format(PG_GETARG_FXQUOTE_P(0), buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: base and quote as three ASCII letters each, the rate's
 * coefficient (int8) and decimals (int1), the change's coefficient (int4),
 * decimals (int1) and sign of zero (int1).  recv checks what text input
 * checks.
 */
Datum
fxquote_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	FxQuote    *q = palloc0(sizeof(FxQuote));

	q->rate.base = currency_recv_letters(buf);
	q->rate.quote = currency_recv_letters(buf);
	q->rate.coef = pq_getmsgint64(buf);
	q->rate.scale = (uint8_t) pq_getmsgbyte(buf);
	q->change_coef = (int32_t) pq_getmsgint(buf, 4);
	q->change_scale = (uint8_t) pq_getmsgbyte(buf);
	q->change_zero_sign = (int8_t) pq_getmsgbyte(buf);
	if (q->rate.base == CUR_CODE_INVALID || q->rate.quote == CUR_CODE_INVALID ||
		!fxq_is_valid(q))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxquote value"),
				 errdetail("The bytes are not a quote that text input would accept.")));
	PG_RETURN_POINTER(q);
}

Datum
fxquote_send(PG_FUNCTION_ARGS)
{
	const FxQuote *q = PG_GETARG_FXQUOTE_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	currency_send_letters(&buf, q->rate.base);
	currency_send_letters(&buf, q->rate.quote);
	pq_sendint64(&buf, q->rate.coef);
	pq_sendbyte(&buf, q->rate.scale);
	pq_sendint32(&buf, (uint32) q->change_coef);
	pq_sendbyte(&buf, q->change_scale);
	pq_sendbyte(&buf, (uint8) q->change_zero_sign);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static inline int
fxquote_compare(FunctionCallInfo fcinfo)
{
	return fxq_cmp(PG_GETARG_FXQUOTE_P(0), PG_GETARG_FXQUOTE_P(1));
}

/* Values are canonical (input and recv make them so): equal quotes have equal bytes. */
static inline bool
fxquote_equal(FunctionCallInfo fcinfo)
{
	return fxq_eq(PG_GETARG_FXQUOTE_P(0), PG_GETARG_FXQUOTE_P(1));
}

EXR_ORDER_FUNCTIONS(fxquote)
EXR_EQUALITY_FUNCTIONS(fxquote)

/*
 * Equality is exact and every value is canonical (padding zero, the sign of
 * zero only on a zero change: input and recv guarantee it), so hashing the
 * bytes agrees with equality.
 */
static inline FxQuote
fxquote_hash_key(FunctionCallInfo fcinfo)
{
	return *PG_GETARG_FXQUOTE_P(0);
}

EXR_HASH_FUNCTIONS(fxquote, FxQuote)

/* The change in percent as numeric, with its published digits ('-0%' is 0). */
Datum
fxquote_change_pct(PG_FUNCTION_ARGS)
{
	return exr_dec_to_numeric(fxq_change(PG_GETARG_FXQUOTE_P(0)));
}

/* The rate part, as published. */
Datum
fxquote_rate(PG_FUNCTION_ARGS)
{
	PG_RETURN_FXRATE_P(&PG_GETARG_FXQUOTE_P(0)->rate);
}

/* The rate before the change, rate / (1 + change/100), at full precision. */
Datum
fxquote_previous_rate(PG_FUNCTION_ARGS)
{
	const FxQuote *q = PG_GETARG_FXQUOTE_P(0);
	FxRate		prev;

	if (fxq_previous_rate(q, &prev) != FX_OK)
	{
		char		text[FXQUOTE_FORMAT_MAX];

		fxq_format(q, text);
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("previous rate of \"%s\" is out of range for type fxrate", text),
				 errdetail("A rate has at most %d significant digits and %d decimals.",
						   DEC_MAX_DIGITS, DEC_MAX_SCALE)));
	}
	PG_RETURN_FXRATE_P(&prev);
}

/* -1, 0 or 1; '-0%' is -1: the rate fell by less than the published precision. */
Datum
fxquote_change_direction(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(fxq_direction(PG_GETARG_FXQUOTE_P(0)));
}
