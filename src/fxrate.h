/*
 * fxrate.h (glue) - the fxrate type's Datum conversions, for the other glue
 * files that take or return a rate.
 */
#ifndef EXR_GLUE_FXRATE_H
#define EXR_GLUE_FXRATE_H

#include "compat.h"

#include "core/fxrate.h"

/* fxrate is a 16-byte fixed-length type passed by reference. */
#define DatumGetFxRateP(d)     ((const FxRate *) DatumGetPointer(d))
#define PG_GETARG_FXRATE_P(n)  DatumGetFxRateP(PG_GETARG_DATUM(n))
#define PG_RETURN_FXRATE_P(r)  return FxRateGetDatum(r)

/* A palloc'd 16-byte copy in the current memory context. */
static inline Datum
FxRateGetDatum(const FxRate *r)
{
	FxRate	   *copy = (FxRate *) palloc(sizeof(FxRate));

	*copy = *r;
	return PointerGetDatum(copy);
}

#endif
