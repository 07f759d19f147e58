/*
 * textio.h (glue) - the one way text and numbers cross between the server
 * and the core.
 *
 * The core reads and writes UTF-8 and exact decimals (core/decimal.h); the
 * server stores text in the database encoding and numbers as numeric.  Every
 * glue file goes through these functions, so every function behaves the same
 * in every encoding and reports the same errors:
 *
 *   - text in: a UTF8 database's text is used as it is (the server has
 *     checked it); any other encoding is converted; SQL_ASCII, which stores
 *     bytes unchecked, is checked here.  Invalid UTF-8 is 22021, and the
 *     detail names the position the way position() and substr() count:
 *     characters, from 1.
 *   - text out: UTF-8 bytes of the core (slices of the input, the core's
 *     phrases, table names) as text or C strings in the database encoding.
 *   - numbers: dec <-> numeric, exactly, or 22003 / 0A000.
 */
#ifndef EXR_TEXTIO_H
#define EXR_TEXTIO_H

#include "compat.h"

#include "core/decimal.h"

/* ---- text in ---------------------------------------------------------------- */

/*
 * The bytes of a text argument as valid UTF-8 (not NUL-terminated; *len
 * receives the length).  `what` names the value in the error detail, as a
 * noun phrase: "page", "argument of currency_mentions()".
 */
extern const char *exr_text_utf8(const text *t, size_t *len, const char *what);

/* The same for len bytes (a cstring's, or part of one) in the database encoding. */
extern const char *exr_chars_utf8(const char *s, size_t len, size_t *out_len, const char *what);

/* ---- text out --------------------------------------------------------------- */

/* A text Datum of UTF-8 bytes, in the database encoding. */
extern Datum exr_utf8_text(const char *s, size_t len);

/* A palloc'd, NUL-terminated C string of UTF-8 bytes, in the database encoding (for messages). */
extern char *exr_utf8_cstring(const char *s, size_t len);

/*
 * A core phrase ("the rate is missing", UTF-8, lower case, no final period)
 * as an errdetail sentence in the database encoding: capitalized, with a
 * final period.
 */
extern char *exr_detail(const char *phrase);

/* ---- numbers ------------------------------------------------------------------ */

/* Exact numeric of a dec; it keeps its scale (87.40 stays 87.40). */
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
