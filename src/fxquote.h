/*
 * fxquote.h (glue) - the fxquote type's Datum conversions, for the other
 * glue files that take or return a quote.
 */
#ifndef EXR_GLUE_FXQUOTE_H
#define EXR_GLUE_FXQUOTE_H

#include "compat.h"

#include "core/fxquote.h"

/* fxquote is a fixed 24-byte type passed by reference. */
#define DatumGetFxQuoteP(d)    ((const FxQuote *) DatumGetPointer(d))
#define FxQuotePGetDatum(p)    PointerGetDatum(p)
#define PG_GETARG_FXQUOTE_P(n) DatumGetFxQuoteP(PG_GETARG_DATUM(n))

/* A palloc'd copy as a Datum (for results). */
extern Datum fxquote_copy_datum(const FxQuote *q);

#endif
