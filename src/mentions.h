/*
 * mentions.h (glue) - text in and out of the text-analytics functions
 * (articles.c, mentions.c).  The core scanners read UTF-8: in a UTF8 database
 * the argument is used as it is, after a check that reports the first bad
 * byte (SQLSTATE 22021); in other server encodings it is converted first,
 * and text results are converted back.
 */
#ifndef EXR_GLUE_MENTIONS_H
#define EXR_GLUE_MENTIONS_H

#include "postgres.h"
#include "fmgr.h"

#include "core/decimal.h"

/* The argument's bytes as valid UTF-8; fn names the function in errors. */
extern const char *exr_text_utf8(text *arg, size_t *len, const char *fn);

/* A text Datum from UTF-8 bytes of the core's results. */
extern Datum exr_utf8_text_datum(const char *s, size_t len);

/* A numeric Datum from an exact decimal. */
extern Datum exr_dec_numeric_datum(dec value);

#endif
