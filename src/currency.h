/*
 * currency.h (glue) - the currency type's Datum conversions, for the other
 * glue files (fxrate.c, fxamount.c, ...) that take or return a currency.
 */
#ifndef EXR_GLUE_CURRENCY_H
#define EXR_GLUE_CURRENCY_H

#include "compat.h"

#include "lib/stringinfo.h"

#include "core/currency.h"

/* currency is a 2-byte pass-by-value type holding the packed code. */
#define DatumGetCurrency(d)    ((cur_code) DatumGetUInt16(d))
#define CurrencyGetDatum(c)    UInt16GetDatum(c)
#define PG_GETARG_CURRENCY(n)  DatumGetCurrency(PG_GETARG_DATUM(n))
#define PG_RETURN_CURRENCY(c)  return CurrencyGetDatum(c)

/*
 * A code in the binary form of this and other types (send/recv): its three
 * ASCII letters.  recv gives CUR_CODE_INVALID for bytes that are not three
 * letters; whether the code is a known currency is the caller's check.
 */
extern void currency_send_letters(StringInfo buf, cur_code code);
extern cur_code currency_recv_letters(StringInfo buf);

/* Parse a code or raise 22P02 naming `type_name` (e.g. "currency"). */
extern cur_code currency_parse_or_error(const char *s, size_t len, const char *type_name);

#endif
