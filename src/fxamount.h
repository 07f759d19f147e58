/*
 * fxamount.h (glue) - the fxamount type's Datum conversions, for the other
 * glue files that take or return an amount.
 */
#ifndef EXR_GLUE_FXAMOUNT_H
#define EXR_GLUE_FXAMOUNT_H

#include "postgres.h"
#include "fmgr.h"

#include "core/fxamount.h"

/* fxamount is a 16-byte fixed-length type passed by reference. */
#define DatumGetFxAmountP(d)     ((const FxAmount *) DatumGetPointer(d))
#define PG_GETARG_FXAMOUNT_P(n)  DatumGetFxAmountP(PG_GETARG_DATUM(n))
#define PG_RETURN_FXAMOUNT_P(a)  return FxAmountGetDatum(a)

/* A palloc'd 16-byte copy in the current memory context. */
static inline Datum
FxAmountGetDatum(const FxAmount *a)
{
	FxAmount   *copy = (FxAmount *) palloc(sizeof(FxAmount));

	*copy = *a;
	return PointerGetDatum(copy);
}

#endif
