/*
 * fxrate.c - the `fxrate` type: the rate of a currency pair, 16 bytes,
 * exact decimal (see core/fxrate.h and core/decimal.h).  This file is the
 * fmgr glue: I/O, comparison and hashing, the functions and operators, and
 * the error reports; the arithmetic is in the core.
 */
#include "compat.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "compare.h"
#include "currency.h"
#include "fxrate.h"
#include "textio.h"

PG_FUNCTION_INFO_V1(fxrate_in);
PG_FUNCTION_INFO_V1(fxrate_from_text);
PG_FUNCTION_INFO_V1(fxrate_out);
PG_FUNCTION_INFO_V1(fxrate_recv);
PG_FUNCTION_INFO_V1(fxrate_send);
PG_FUNCTION_INFO_V1(fxrate_construct);
PG_FUNCTION_INFO_V1(fxrate_base);
PG_FUNCTION_INFO_V1(fxrate_quote);
PG_FUNCTION_INFO_V1(fxrate_rate);
PG_FUNCTION_INFO_V1(fxrate_inverse);
PG_FUNCTION_INFO_V1(fxrate_chain);
PG_FUNCTION_INFO_V1(fxrate_cross);
PG_FUNCTION_INFO_V1(fxrate_pct_change);
PG_FUNCTION_INFO_V1(fxrate_move_pct);
PG_FUNCTION_INFO_V1(fxrate_round);
PG_FUNCTION_INFO_V1(fxrate_scale);
PG_FUNCTION_INFO_V1(fxrate_error_bound);
PG_FUNCTION_INFO_V1(numeric_mul_fxrate);

/* Version byte of the binary format (send/recv). */
#define FXRATE_BINARY_VERSION 1
#define FXRATE_BINARY_SIZE (1 + 3 + 3 + 1 + 8)

/* ---- errors ---------------------------------------------------------------- */

static const char *const fxrate_syntax_hint =
	"Write a rate as BASE/QUOTE RATE, for example 'KGS/USD 0.01144' (1 KGS = 0.01144 USD).";

/* The detail of a parse error; `part` is the offending text. */
static char *
fxrate_parse_detail(FxStatus st, const char *part, int part_len)
{
	switch (st)
	{
		case FX_BAD_FORMAT:
			return psprintf("Expected a currency pair, then white space or \"=\", then the rate.");
		case FX_BAD_BASE:
			return psprintf("The base currency \"%.*s\" is not three letters.", part_len, part);
		case FX_UNKNOWN_BASE:
			return psprintf("The base currency \"%.*s\" is not a known ISO 4217 currency code.", part_len, part);
		case FX_BAD_QUOTE:
			return psprintf("The quote currency \"%.*s\" is not three letters.", part_len, part);
		case FX_UNKNOWN_QUOTE:
			return psprintf("The quote currency \"%.*s\" is not a known ISO 4217 currency code.", part_len, part);
		case FX_SAME_CURRENCY:
			return psprintf("The base and the quote are the same currency.");
		case FX_BAD_NUMBER:
			return psprintf("The rate \"%.*s\" is not a plain decimal number.", part_len, part);
		case FX_NOT_POSITIVE:
			return psprintf("The rate \"%.*s\" is not greater than zero.", part_len, part);
		default:
			return psprintf("The rate \"%.*s\" has more than %d significant digits or %d digits after the point.",
							part_len, part, DEC_MAX_DIGITS, DEC_MAX_SCALE);
	}
}

/*
 * An operation's failure: pairs that do not fit (22023), a result out of
 * range (22003).  `what` names the operation ("chain", "cross", ...).
 */
static void
fxrate_op_error(FxStatus st, const char *what, const FxRate *a, const FxRate *b)
{
	char		pa[FXR_PAIR_NAME_MAX],
				pb[FXR_PAIR_NAME_MAX] = "";

	fxr_pair_name(a->base, a->quote, pa);
	if (b != NULL)
		fxr_pair_name(b->base, b->quote, pb);
	switch (st)
	{
		case FX_OK:
			return;
		case FX_PAIR_MISMATCH:
			if (strcmp(what, "chain") == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("cannot chain rates %s and %s", pa, pb),
						 errdetail("Chaining multiplies A/B by B/C: the quote currency of one rate must be the base currency of the other, and the result must be a pair of two different currencies.")));
			if (strcmp(what, "cross") == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("cannot cross rates %s and %s", pa, pb),
						 errdetail("Crossing divides A/C by B/C (or C/A by C/B): the two rates must share their quote currency or their base currency, and nothing else.")));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot compare rates of %s and %s", pa, pb),
					 errdetail("A percent change needs two rates of the same currency pair.")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("result of %s is out of range for type fxrate", what),
					 errdetail("A rate is greater than zero, has at most %d significant digits and at most %d digits after the point.",
							   DEC_MAX_DIGITS, DEC_MAX_SCALE)));
	}
}

/* ---- I/O ----------------------------------------------------------------------- */

/* Text input of len bytes (not NUL-terminated), soft errors into escontext. */
static Datum
fxrate_from_chars(const char *s, size_t len, ExrErrorContext escontext)
{
	FxRate		r;
	FxSpan		bad;
	FxStatus	st = fxr_parse(s, len, &r, &bad);

	(void) escontext;			/* unused before PostgreSQL 16 (compat.h) */
	if (st == FX_OK)
		PG_RETURN_FXRATE_P(&r);
	if (st == FX_OUT_OF_RANGE)
		ereturn(escontext, (Datum) 0,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value \"%.*s\" is out of range for type %s", (int) len, s, "fxrate"),
				 errdetail("%s", fxrate_parse_detail(st, s + bad.off, (int) bad.len))));
	ereturn(escontext, (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%.*s\"", "fxrate", (int) len, s),
			 errdetail("%s", fxrate_parse_detail(st, s + bad.off, (int) bad.len)),
			 errhint("%s", fxrate_syntax_hint)));
}

Datum
fxrate_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);

	return fxrate_from_chars(s, strlen(s), EXR_ESCONTEXT(fcinfo));
}

/*
 * The text -> fxrate cast: parses the text in place, where an I/O cast
 * would copy it into a cstring first.  Same results and errors as input.
 */
Datum
fxrate_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	return fxrate_from_chars(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), NULL);
}

Datum
fxrate_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(FXR_FORMAT_MAX);

	fxr_format(PG_GETARG_FXRATE_P(0), buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: version byte, base and quote as three ASCII letters each,
 * scale (one byte), coefficient (int8).  Validated exactly like text input.
 */
Datum
fxrate_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	cur_code	base;
	cur_code	quote;
	int			scale;
	dec			value;
	FxRate		r;

	if (buf->len - buf->cursor < FXRATE_BINARY_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxrate value"),
				 errdetail("The binary form of a rate is %d bytes.", FXRATE_BINARY_SIZE)));
	version = pq_getmsgbyte(buf);
	base = currency_recv_letters(buf);
	quote = currency_recv_letters(buf);
	scale = pq_getmsgbyte(buf);
	value.coef = pq_getmsgint64(buf);
	value.scale = scale;
	if (version != FXRATE_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type fxrate", version)));
	if (fxr_make(base, quote, value, &r) != FX_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxrate value"),
				 errdetail("The currencies must be two different known ISO 4217 codes and the rate a positive value of at most %d digits and %d decimals.",
						   DEC_MAX_DIGITS, DEC_MAX_SCALE)));
	PG_RETURN_FXRATE_P(&r);
}

Datum
fxrate_send(PG_FUNCTION_ARGS)
{
	const FxRate *r = PG_GETARG_FXRATE_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, FXRATE_BINARY_VERSION);
	currency_send_letters(&buf, r->base);
	currency_send_letters(&buf, r->quote);
	pq_sendbyte(&buf, r->scale);
	pq_sendint64(&buf, r->coef);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- comparison and hashing ------------------------------------------------- */

static inline int
fxrate_compare(FunctionCallInfo fcinfo)
{
	return fxr_cmp(PG_GETARG_FXRATE_P(0), PG_GETARG_FXRATE_P(1));
}

EXR_COMPARISON_FUNCTIONS(fxrate)

/* Equal rates (0.0114 and 0.01140) share their canonical form: hash that. */
static inline FxRate
fxrate_hash_key(FunctionCallInfo fcinfo)
{
	return fxr_canonical(PG_GETARG_FXRATE_P(0));
}

EXR_HASH_FUNCTIONS(fxrate, FxRate)

/* ---- functions ------------------------------------------------------------------ */

/* fxrate(base currency, quote currency, rate numeric) */
Datum
fxrate_construct(PG_FUNCTION_ARGS)
{
	cur_code	base = PG_GETARG_CURRENCY(0);
	cur_code	quote = PG_GETARG_CURRENCY(1);
	dec			value = exr_numeric_to_dec(PG_GETARG_DATUM(2), "type fxrate");
	FxRate		r;
	FxStatus	st = fxr_make(base, quote, value, &r);
	char		letters[4];

	cur_unpack(base, letters);
	if (st == FX_SAME_CURRENCY)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a rate needs two different currencies, got %s twice", letters)));
	if (st == FX_NOT_POSITIVE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a rate must be greater than zero"),
				 errdetail("The rate given is %s.",
						   DatumGetCString(DirectFunctionCall1(numeric_out, PG_GETARG_DATUM(2))))));
	if (st != FX_OK)
		elog(ERROR, "fxrate: unexpected status %d", (int) st);	/* currencies came validated */
	PG_RETURN_FXRATE_P(&r);
}

Datum
fxrate_base(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY(PG_GETARG_FXRATE_P(0)->base);
}

Datum
fxrate_quote(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY(PG_GETARG_FXRATE_P(0)->quote);
}

/* rate(fxrate) and fxrate::numeric: exact, with the published digits. */
Datum
fxrate_rate(PG_FUNCTION_ARGS)
{
	return exr_dec_to_numeric(fxrate_value(PG_GETARG_FXRATE_P(0)));
}

Datum
fxrate_inverse(PG_FUNCTION_ARGS)
{
	const FxRate *a = PG_GETARG_FXRATE_P(0);
	FxRate		r;

	fxrate_op_error(fxr_inverse(a, &r), "inverse", a, NULL);
	PG_RETURN_FXRATE_P(&r);
}

/* fxrate * fxrate: A/B * B/C -> A/C */
Datum
fxrate_chain(PG_FUNCTION_ARGS)
{
	const FxRate *a = PG_GETARG_FXRATE_P(0);
	const FxRate *b = PG_GETARG_FXRATE_P(1);
	FxRate		r;

	fxrate_op_error(fxr_chain(a, b, &r), "chain", a, b);
	PG_RETURN_FXRATE_P(&r);
}

/* fxrate / fxrate: A/C / B/C -> A/B */
Datum
fxrate_cross(PG_FUNCTION_ARGS)
{
	const FxRate *a = PG_GETARG_FXRATE_P(0);
	const FxRate *b = PG_GETARG_FXRATE_P(1);
	FxRate		r;

	fxrate_op_error(fxr_cross(a, b, &r), "cross", a, b);
	PG_RETURN_FXRATE_P(&r);
}

/* pct_change(new, old) and new -% old: 100 * (new - old) / old, numeric */
Datum
fxrate_pct_change(PG_FUNCTION_ARGS)
{
	const FxRate *a = PG_GETARG_FXRATE_P(0);
	const FxRate *b = PG_GETARG_FXRATE_P(1);
	dec			pct = {0, 0};

	fxrate_op_error(fxr_pct_change(a, b, &pct), "percent change", a, b);
	return exr_dec_to_numeric(pct);
}

/* fxrate +% numeric: the rate moved by that percent */
Datum
fxrate_move_pct(PG_FUNCTION_ARGS)
{
	const FxRate *a = PG_GETARG_FXRATE_P(0);
	dec			pct = exr_numeric_to_dec(PG_GETARG_DATUM(1), "a percent move");
	FxRate		r;
	FxStatus	st = fxr_move_pct(a, pct, &r);

	if (st == FX_NOT_POSITIVE)
	{
		char		buf[DEC_FORMAT_MAX];

		dec_format(pct, buf);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot move a rate by %s percent", buf),
				 errdetail("A rate stays greater than zero, so the percent must be greater than -100.")));
	}
	fxrate_op_error(st, "a percent move", a, NULL);
	PG_RETURN_FXRATE_P(&r);
}

/* round(fxrate, integer): half-even; a rate that rounds to zero is an error */
Datum
fxrate_round(PG_FUNCTION_ARGS)
{
	const FxRate *a = PG_GETARG_FXRATE_P(0);
	int32		scale = PG_GETARG_INT32(1);
	FxRate		r;
	FxStatus	st = fxr_round(a, scale, &r);

	if (st != FX_OK)
	{
		char		buf[FXR_FORMAT_MAX];

		fxr_format(a, buf);
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rate %s rounded to %d decimals is out of range", buf, scale),
				 errdetail("A rate must stay greater than zero and below 10^18.")));
	}
	PG_RETURN_FXRATE_P(&r);
}

/* rate_scale(fxrate): the digits published after the point */
Datum
fxrate_scale(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_FXRATE_P(0)->scale);
}

/* rate_error_bound(fxrate): half a unit of the last digit, relative to the rate */
Datum
fxrate_error_bound(PG_FUNCTION_ARGS)
{
	const FxRate *a = PG_GETARG_FXRATE_P(0);
	dec			bound = {0, 0};

	fxrate_op_error(fxr_error_bound(a, &bound), "rate_error_bound", a, NULL);
	return exr_dec_to_numeric(bound);
}

/* numeric * fxrate -> numeric: a plain number times the rate, exact */
Datum
numeric_mul_fxrate(PG_FUNCTION_ARGS)
{
	Datum		rate = exr_dec_to_numeric(fxrate_value(PG_GETARG_FXRATE_P(1)));

	return DirectFunctionCall2(numeric_mul, PG_GETARG_DATUM(0), rate);
}
