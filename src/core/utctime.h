/*
 * utctime.h - timestamps as PostgreSQL stores them (microseconds since
 * 2000-01-01 00:00 UTC), written and read as ISO 8601 in UTC
 * ('2025-12-09T03:00:00Z', '2025-12-09T03:00:00.25Z'), plain C99.
 *
 * The text depends on no session setting (TimeZone, DateStyle), so a value
 * written on one server reads back identically on another.  Years outside
 * 0000..9999 are written with more digits or a '-' (astronomical numbering:
 * 1 BC is 0000); the range is PostgreSQL's, and its infinities are
 * 'infinity' and '-infinity'.
 */
#ifndef EXR_UTCTIME_H
#define EXR_UTCTIME_H

#include <stddef.h>
#include <stdint.h>

#define UTCTIME_MIN       INT64_C(-211813488000000000)		/* 4714-11-24 BC */
#define UTCTIME_END       INT64_C(9223371331200000000)		/* 294277-01-01, exclusive */
#define UTCTIME_NEG_INF   INT64_MIN
#define UTCTIME_POS_INF   INT64_MAX

/* Longest text utctime_format writes, including the NUL. */
#define UTCTIME_FORMAT_MAX 40

/* Is t a finite timestamp in range, or one of the infinities? */
int			utctime_is_valid(int64_t t);

/* Write t (valid) into buf.  Returns the length. */
int			utctime_format(int64_t t, char *buf);

/* Parse exactly s[0..len) as utctime_format writes it; 1 on success. */
int			utctime_parse(const char *s, size_t len, int64_t *out);

#endif
