/*
 * utf8.h - UTF-8 helpers shared by the page parsers (plain C99).
 *
 * Every function takes an explicit length and never reads past it, so it is
 * safe on any bytes (invalid sequences, truncated input, embedded NULs).
 */
#ifndef EXR_UTF8_H
#define EXR_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The code point substituted for an invalid or truncated sequence. */
#define UTF8_INVALID ((uint32_t) 0xFFFFFFFF)

/*
 * Is s[0..len) well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF)?  If not and bad_offset is not NULL,
 * *bad_offset is set to the offset of the first byte of the first bad
 * sequence.
 */
int			utf8_validate(const char *s, size_t len, size_t *bad_offset);

/*
 * Decode the code point starting at s[0] (len > 0 bytes available).
 * Returns the number of bytes it occupies (1..4) and sets *cp; for an
 * invalid or truncated sequence returns 1 and sets *cp to UTF8_INVALID, so
 * a caller walking a string always makes progress.
 */
int			utf8_decode(const char *s, size_t len, uint32_t *cp);

/*
 * White space as scraped pages use it: ASCII space, tab, CR, LF, VT, FF,
 * NO-BREAK SPACE U+00A0, the Unicode space separators (U+1680,
 * U+2000..U+200A, U+202F, U+205F, U+3000), and the byte order mark U+FEFF
 * (which editors and scrapers leave at the start of a page).
 */
int			utf8_is_space(uint32_t cp);

/* Number of leading bytes of s[0..len) that are white space. */
size_t		utf8_skip_space(const char *s, size_t len);

/* Length of s[0..len) without its trailing white space. */
size_t		utf8_trim_end(const char *s, size_t len);

#endif
