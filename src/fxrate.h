/*
 * fxrate.h (glue) - the fxrate type's Datum conversions, and the exact
 * numeric <-> dec conversions that every fx glue file uses.
 */
#ifndef EXR_GLUE_FXRATE_H
#define EXR_GLUE_FXRATE_H

#include "postgres.h"
#include "fmgr.h"

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

/* "KGS/USD" into buf[8], for error messages. */
extern void fxrate_pair_name(const FxRate *r, char buf[8]);

/* Exact numeric of a dec (keeps its scale: 87.40 stays 87.40). */
extern Datum exr_dec_to_numeric(dec v);

/*
 * A numeric as a dec, exactly, or 22003 if it needs more than 18 significant
 * digits or 30 decimals (trailing zeros past those are dropped first:
 * numeric arithmetic pads with them).  NaN and infinities are 0A000, as in
 * core's numeric -> bigint.  `what` ends the error message: "value 1e19 is
 * out of range for <what>" ("type fxrate", "a percent move", ...).
 */
extern dec	exr_numeric_to_dec(Datum num, const char *what);

#endif
