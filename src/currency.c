/*
 * currency.c - the `currency` type: a known ISO 4217 alphabetic code
 * (active, or withdrawn and kept: see core/currency.c), 2 bytes, passed by
 * value.  The packed code orders alphabetically (see
 * core/currency.h), so comparison is integer comparison.
 */
#include "compat.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "compare.h"
#include "currency.h"
#include "srf.h"
#include "textio.h"

PG_FUNCTION_INFO_V1(currency_in);
PG_FUNCTION_INFO_V1(currency_from_text);
PG_FUNCTION_INFO_V1(currency_out);
PG_FUNCTION_INFO_V1(currency_recv);
PG_FUNCTION_INFO_V1(currency_send);
PG_FUNCTION_INFO_V1(currency_hash);
PG_FUNCTION_INFO_V1(currency_hash_extended);
PG_FUNCTION_INFO_V1(currency_name);
PG_FUNCTION_INFO_V1(currency_minor_units);
PG_FUNCTION_INFO_V1(currency_numeric_code);
PG_FUNCTION_INFO_V1(currency_is_active);
PG_FUNCTION_INFO_V1(currencies);

static const char *const currency_hint =
	"Use an ISO 4217 alphabetic code such as USD or KZT; SELECT * FROM currencies() lists the active and withdrawn codes the extension knows.";

/*
 * Shared by every type whose text contains a code.  Raises a hard error:
 * callers that support soft errors check cur_parse themselves.
 */
cur_code
currency_parse_or_error(const char *s, size_t len, const char *type_name)
{
	cur_code	code;

	switch (cur_parse(s, len, &code))
	{
		case CUR_OK:
			return code;
		case CUR_UNKNOWN:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%.*s\"", type_name, (int) len, s),
					 errdetail("\"%.*s\" is not a known ISO 4217 currency code.", (int) len, s),
					 errhint("%s", currency_hint)));
			break;
		case CUR_BAD_SYNTAX:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%.*s\"", type_name, (int) len, s),
					 errdetail("A currency code is three letters."),
					 errhint("%s", currency_hint)));
			break;
	}
	return CUR_CODE_INVALID;	/* not reached */
}

Datum
currency_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	size_t		len = strlen(s);
	cur_code	code;
	CurParseStatus st = cur_parse(s, len, &code);

	if (st == CUR_OK)
		PG_RETURN_CURRENCY(code);
	ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "currency", s),
			 st == CUR_UNKNOWN
			 ? errdetail("\"%s\" is not a known ISO 4217 currency code.", s)
			 : errdetail("A currency code is three letters."),
			 errhint("%s", currency_hint)));
}

/*
 * The text -> currency cast: reads the text in place, where an I/O cast
 * would copy it into a cstring first.  Same results and errors as input.
 */
Datum
currency_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_CURRENCY(currency_parse_or_error(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), "currency"));
}

Datum
currency_out(PG_FUNCTION_ARGS)
{
	char	   *out = palloc(4);

	cur_unpack(PG_GETARG_CURRENCY(0), out);
	PG_RETURN_CSTRING(out);
}

void
currency_send_letters(StringInfo buf, cur_code code)
{
	char		letters[4];

	cur_unpack(code, letters);
	pq_sendbytes(buf, letters, 3);
}

cur_code
currency_recv_letters(StringInfo buf)
{
	return cur_pack(pq_getmsgbytes(buf, 3));
}

/* Binary form: the three ASCII letters, validated like text input (a withdrawn code reads back). */
Datum
currency_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	cur_code	code = currency_recv_letters(buf);

	if (code == CUR_CODE_INVALID || !cur_is_valid(code))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external currency value"),
				 errdetail("The bytes are not a known ISO 4217 currency code.")));
	PG_RETURN_CURRENCY(code);
}

Datum
currency_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	currency_send_letters(&buf, PG_GETARG_CURRENCY(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* The packed code orders alphabetically: comparison is integer comparison. */
static inline int
currency_compare(FunctionCallInfo fcinfo)
{
	cur_code	a = PG_GETARG_CURRENCY(0);
	cur_code	b = PG_GETARG_CURRENCY(1);

	return (a > b) - (a < b);
}

EXR_COMPARISON_FUNCTIONS(currency)

Datum
currency_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_CURRENCY(0));
}

Datum
currency_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_CURRENCY(0), PG_GETARG_INT64(1));
}

/* Every code that passed input or recv is in the table. */
static const CurrencyInfo *
currency_info_checked(cur_code code)
{
	const CurrencyInfo *info = cur_info(code);

	if (info == NULL)
		elog(ERROR, "currency code %u is not in the table", (unsigned) code);
	return info;
}

/* The table's names are UTF-8 (Pa’anga, Bolívar), as text in the database encoding. */
static Datum
currency_name_datum(const CurrencyInfo *info)
{
	return exr_utf8_text(info->name, strlen(info->name));
}

Datum
currency_name(PG_FUNCTION_ARGS)
{
	return currency_name_datum(currency_info_checked(PG_GETARG_CURRENCY(0)));
}

/* NULL where ISO 4217 gives no minor unit (XAU, XDR, ...). */
Datum
currency_minor_units(PG_FUNCTION_ARGS)
{
	const CurrencyInfo *info = currency_info_checked(PG_GETARG_CURRENCY(0));

	if (info->minor_units < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(info->minor_units);
}

Datum
currency_numeric_code(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(currency_info_checked(PG_GETARG_CURRENCY(0))->numeric);
}

/* Not withdrawn from ISO 4217 (a withdrawn code is still a currency here). */
Datum
currency_is_active(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(currency_info_checked(PG_GETARG_CURRENCY(0))->withdrawn_in == 0);
}

/*
 * currencies() -> TABLE(code currency, numeric_code int, minor_units int,
 * name text, active boolean, withdrawn_in int).  A 1.0 database (before
 * ALTER EXTENSION UPDATE) declares only the first four columns: fill as many
 * as the caller's row type has.
 */
Datum
currencies(PG_FUNCTION_ARGS)
{
	ExrRows		rows;

	exr_rows_start(&rows, fcinfo);
	if (rows.tupdesc->natts != 4 && rows.tupdesc->natts != 6)
		elog(ERROR, "currencies() returns 4 or 6 columns, not %d", rows.tupdesc->natts);
	for (size_t i = 0; i < cur_count(); i++)
	{
		const CurrencyInfo *info = cur_at(i);
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		exr_row_begin(&rows);
		values[0] = CurrencyGetDatum(cur_pack(info->code));
		values[1] = Int32GetDatum(info->numeric);
		values[2] = Int32GetDatum(info->minor_units);
		nulls[2] = info->minor_units < 0;
		values[3] = currency_name_datum(info);
		values[4] = BoolGetDatum(info->withdrawn_in == 0);
		values[5] = Int32GetDatum(info->withdrawn_in);
		nulls[5] = info->withdrawn_in == 0;
		exr_row_end(&rows, values, nulls);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}
