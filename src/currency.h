/*
 * currency.h (glue) - the currency type's Datum conversions, for the other
 * glue files (fxrate.c, fxamount.c, ...) that take or return a currency.
 */
#ifndef EXR_GLUE_CURRENCY_H
#define EXR_GLUE_CURRENCY_H

#include "postgres.h"
#include "fmgr.h"

#include "core/currency.h"

/* currency is a 2-byte pass-by-value type holding the packed code. */
#define DatumGetCurrency(d)    ((cur_code) DatumGetUInt16(d))
#define CurrencyGetDatum(c)    UInt16GetDatum(c)
#define PG_GETARG_CURRENCY(n)  DatumGetCurrency(PG_GETARG_DATUM(n))
#define PG_RETURN_CURRENCY(c)  return CurrencyGetDatum(c)

/* Parse a code or raise 22P02 naming `type_name` (e.g. "currency"). */
extern cur_code currency_parse_or_error(const char *s, size_t len, const char *type_name);

#endif
