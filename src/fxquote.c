/*
 * fxquote.c - the `fxquote` type: one ticker quote, a rate as published and
 * its published change ('TJS/USD = 0.10844 -0.46%').  24 bytes, by
 * reference.  Comparison is exact: every published digit and the sign of a
 * zero change count (see core/fxquote.h).
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "compat.h"
#include "currency.h"
#include "fxquote.h"
#include "fxrate.h"
#include "core/utf8_text.h"

PG_FUNCTION_INFO_V1(fxquote_in);
PG_FUNCTION_INFO_V1(fxquote_out);
PG_FUNCTION_INFO_V1(fxquote_recv);
PG_FUNCTION_INFO_V1(fxquote_send);
PG_FUNCTION_INFO_V1(fxquote_eq);
PG_FUNCTION_INFO_V1(fxquote_ne);
PG_FUNCTION_INFO_V1(fxquote_lt);
PG_FUNCTION_INFO_V1(fxquote_le);
PG_FUNCTION_INFO_V1(fxquote_gt);
PG_FUNCTION_INFO_V1(fxquote_ge);
PG_FUNCTION_INFO_V1(fxquote_cmp);
PG_FUNCTION_INFO_V1(fxquote_hash);
PG_FUNCTION_INFO_V1(fxquote_hash_extended);
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

const char *
exr_text_as_utf8(const char *s, size_t len, size_t *out_len, const char *what)
{
	int			encoding = GetDatabaseEncoding();
	size_t		bad;

	*out_len = len;
	if (encoding == PG_UTF8)
		return s;				/* the server has checked it */
	if (encoding != PG_SQL_ASCII)
	{
		const char *utf8 = pg_server_to_any(s, (int) len, PG_UTF8);

		*out_len = strlen(utf8);	/* converted text never contains NUL */
		return utf8;
	}
	bad = utf8t_validate(s, len);
	if (bad < len)
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("invalid byte sequence for encoding \"UTF8\": 0x%02x",
						(unsigned char) s[bad]),
				 errdetail("The %s is read as UTF-8, and byte %zu is not valid UTF-8.",
						   what, bad + 1)));
	return s;
}

char *
exr_sentence(const char *phrase)
{
	char	   *s = psprintf("%s.", phrase);

	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char) (s[0] - 'a' + 'A');
	return s;
}

Datum
fxquote_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	size_t		len;
	const char *utf8 = exr_text_as_utf8(s, strlen(s), &len, "quote");
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
				 errdetail("%s", exr_sentence(pg_any_to_server(why, (int) strlen(why), PG_UTF8)))));
	ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "fxquote", s),
			 errdetail("%s", exr_sentence(pg_any_to_server(why, (int) strlen(why), PG_UTF8))),
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
	const char *base = pq_getmsgbytes(buf, 3);
	const char *quote = pq_getmsgbytes(buf, 3);

	q->rate.base = cur_pack(base);
	q->rate.quote = cur_pack(quote);
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
	char		code[4];

	pq_begintypsend(&buf);
	cur_unpack(q->rate.base, code);
	pq_sendbytes(&buf, code, 3);
	cur_unpack(q->rate.quote, code);
	pq_sendbytes(&buf, code, 3);
	pq_sendint64(&buf, q->rate.coef);
	pq_sendbyte(&buf, q->rate.scale);
	pq_sendint32(&buf, (uint32) q->change_coef);
	pq_sendbyte(&buf, q->change_scale);
	pq_sendbyte(&buf, (uint8) q->change_zero_sign);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

#define FXQUOTE_CMP_FN(name, test) \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = fxq_cmp(PG_GETARG_FXQUOTE_P(0), PG_GETARG_FXQUOTE_P(1)); \
	PG_RETURN_BOOL(test); \
}

FXQUOTE_CMP_FN(fxquote_lt, c < 0)
FXQUOTE_CMP_FN(fxquote_le, c <= 0)
FXQUOTE_CMP_FN(fxquote_gt, c > 0)
FXQUOTE_CMP_FN(fxquote_ge, c >= 0)

Datum
fxquote_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(fxq_eq(PG_GETARG_FXQUOTE_P(0), PG_GETARG_FXQUOTE_P(1)));
}

Datum
fxquote_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!fxq_eq(PG_GETARG_FXQUOTE_P(0), PG_GETARG_FXQUOTE_P(1)));
}

Datum
fxquote_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(fxq_cmp(PG_GETARG_FXQUOTE_P(0), PG_GETARG_FXQUOTE_P(1)));
}

/*
 * Equality is exact and every value is canonical (padding zero, the sign of
 * zero only on a zero change: input and recv guarantee it), so hashing the
 * bytes agrees with equality.
 */
Datum
fxquote_hash(PG_FUNCTION_ARGS)
{
	return hash_any((const unsigned char *) PG_GETARG_FXQUOTE_P(0), sizeof(FxQuote));
}

Datum
fxquote_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_any_extended((const unsigned char *) PG_GETARG_FXQUOTE_P(0), sizeof(FxQuote),
							 PG_GETARG_INT64(1));
}

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
