/*
 * ascii.h - ASCII character classes and case folding, independent of the
 * C locale (plain C99, no PostgreSQL headers).
 *
 * <ctype.h> answers by the locale and takes only unsigned char or EOF; the
 * scanners read UTF-8 bytes and must give the same answer on every server,
 * so they use these.  The classes take a byte (a char converts to unsigned
 * char: a byte of a UTF-8 sequence is never a letter, digit or space here;
 * code points are utf8_text.h's business).  unsigned char, not int, also
 * lets the compiler test a byte as the scanners' hand-written tests did.
 */
#ifndef EXR_ASCII_H
#define EXR_ASCII_H

#include <stddef.h>

/* 'A'..'Z' to 'a'..'z'; every other value unchanged. */
static inline int
ascii_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static inline int
ascii_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline int
ascii_is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
ascii_is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static inline int
ascii_is_letter(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline int
ascii_is_alnum(unsigned char c)
{
	return ascii_is_digit(c) || ascii_is_letter(c);
}

/* ' ', '\t', '\n', '\v', '\f', '\r' (C's isspace in the "C" locale). */
static inline int
ascii_is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Shrink [*start, *end) of s past ASCII white space at both ends. */
static inline void
ascii_trim(const char *s, size_t *start, size_t *end)
{
	while (*start < *end && ascii_is_space(s[*start]))
		(*start)++;
	while (*end > *start && ascii_is_space(s[*end - 1]))
		(*end)--;
}

/* Does s[0..len) equal the lower-case ASCII word w, ignoring ASCII case? */
static inline int
ascii_word_is(const char *s, size_t len, const char *w)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (w[i] == '\0' || ascii_lower((unsigned char) s[i]) != w[i])
			return 0;
	}
	return w[i] == '\0';
}

/* Is s[0..len) one of the lower-case words of the NULL-terminated list? */
static inline int
ascii_word_in(const char *s, size_t len, const char *const *list)
{
	for (; *list != NULL; list++)
		if (ascii_word_is(s, len, *list))
			return 1;
	return 0;
}

#endif
