/*
 * fxamount.h (glue) - the fxamount type's Datum conversions, for the other
 * glue files that take or return an amount.
 */
#ifndef EXR_GLUE_FXAMOUNT_H
#define EXR_GLUE_FXAMOUNT_H

#include "compat.h"

#include "core/fxamount.h"

/*
 * fxamount is 8 bytes passed by value (core/fxamount.h, fxa_pack): a result
 * packs without palloc.  PG_GETARG_FXAMOUNT_P unpacks an argument into a
 * compound literal, which lives until the end of the enclosing block, and
 * gives its address, so `const FxAmount *a = PG_GETARG_FXAMOUNT_P(0);` at
 * the top of a function is valid for the whole function.
 */
#define PG_GETARG_FXAMOUNT_P(n)  DatumGetFxAmountInto(PG_GETARG_DATUM(n), &(FxAmount) {.coef = 0})
#define PG_RETURN_FXAMOUNT_P(a)  return FxAmountGetDatum(a)

static inline const FxAmount *
DatumGetFxAmountInto(Datum d, FxAmount *dst)
{
	fxa_unpack_into(DatumGetInt64(d), dst);
	return dst;
}

static inline Datum
FxAmountGetDatum(const FxAmount *a)
{
	return Int64GetDatum(fxa_pack(a));
}

#endif
