/*
 * fxquote.h (glue) - the fxquote type's Datum conversions and the text
 * helpers shared by the glue files that read pages and snapshots.
 */
#ifndef EXR_GLUE_FXQUOTE_H
#define EXR_GLUE_FXQUOTE_H

#include "postgres.h"
#include "fmgr.h"

#include "core/fxquote.h"

/* fxquote is a fixed 24-byte type passed by reference. */
#define DatumGetFxQuoteP(d)    ((const FxQuote *) DatumGetPointer(d))
#define FxQuotePGetDatum(p)    PointerGetDatum(p)
#define PG_GETARG_FXQUOTE_P(n) DatumGetFxQuoteP(PG_GETARG_DATUM(n))

/* A palloc'd copy as a Datum (for results). */
extern Datum fxquote_copy_datum(const FxQuote *q);

/*
 * Text from the database as UTF-8 (the core parsers read UTF-8): returned
 * as is in a UTF8 database, converted from any other server encoding, and
 * checked in SQL_ASCII, where any bytes can be stored (22021 if invalid;
 * `what` names the value in the message, e.g. "page").
 */
extern const char *exr_text_as_utf8(const char *s, size_t len, size_t *out_len, const char *what);

/* A core phrase as an errdetail sentence: capitalized, with a final period. */
extern char *exr_sentence(const char *phrase);

#endif
