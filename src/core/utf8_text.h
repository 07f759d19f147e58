/*
 * utf8_text.h - the UTF-8 primitives the text analytics need (plain C99).
 *
 * Validation that reports where the text goes wrong, decoding one code
 * point at a time, character counting, and the classes of code points the
 * scanners care about: white space (NBSP included), letters and digits
 * ("word" characters), upper case.  None of these reads past len or relies
 * on a NUL terminator, and none allocates.
 *
 * The one UTF-8 module of the core: the ticker and quote parsers use it as
 * the text analytics do.
 */
#ifndef EXR_UTF8_TEXT_H
#define EXR_UTF8_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* U+FFFD, what utf8t_decode reports for a byte that starts no valid sequence. */
#define UTF8T_REPLACEMENT 0xFFFDu

/*
 * Byte offset of the first byte that is not part of a well-formed UTF-8
 * sequence (overlong forms, surrogates, code points above U+10FFFF and NUL
 * bytes are ill-formed), or len if all len bytes are valid UTF-8.
 */
size_t		utf8t_validate(const char *s, size_t len);

/*
 * The part s[off..off+len) of an input, in double quotes and cut after
 * UTF8T_QUOTE_BYTES bytes at a character boundary ("..." marks the cut),
 * into buf (room for UTF8T_QUOTE_MAX bytes); its length.  For error messages.
 */
#define UTF8T_QUOTE_BYTES 40
#define UTF8T_QUOTE_MAX (UTF8T_QUOTE_BYTES + 6)
int			utf8t_quote_part(char *buf, const char *s, size_t total, size_t off, size_t len);

/* The non-ASCII halves of the inline functions below. */
size_t		utf8t_decode_multi(const char *s, size_t len, size_t pos, uint32_t *cp);
int			utf8t_is_space_multi(uint32_t cp);
int			utf8t_is_word_multi(uint32_t cp);

/*
 * Decode the code point starting at s[pos] (pos < len) into *cp and return
 * its length in bytes (1..4).  An ill-formed or truncated sequence decodes
 * as UTF8T_REPLACEMENT with length 1, so a scanner always makes progress.
 * (Inline: pages are mostly ASCII, and scanners decode every character.)
 */
static inline size_t
utf8t_decode(const char *s, size_t len, size_t pos, uint32_t *cp)
{
	unsigned char c = (unsigned char) s[pos];

	if (c < 0x80 && c != 0)
	{
		*cp = c;
		return 1;
	}
	/* Two bytes (Latin-1 .. Cyrillic, most of a Russian text), well-formed. */
	if (c >= 0xC2 && c <= 0xDF && pos + 1 < len && ((unsigned char) s[pos + 1] & 0xC0) == 0x80)
	{
		*cp = ((uint32_t) (c & 0x1F) << 6) | ((unsigned char) s[pos + 1] & 0x3F);
		return 2;
	}
	return utf8t_decode_multi(s, len, pos, cp);
}

/*
 * Start of the code point that ends just before s[pos] (0 < pos <= len),
 * for looking one character back; *cp receives it.
 */
size_t		utf8t_prev(const char *s, size_t pos, uint32_t *cp);

/* Number of characters (code points) in s[from .. to). */
size_t		utf8t_count(const char *s, size_t from, size_t to);

/*
 * Incremental character offsets: scanners report matches in increasing
 * byte order, so counting from the previous position keeps the total work
 * linear in the text.
 */
typedef struct Utf8Cursor
{
	size_t		byte;			/* a byte offset already counted ... */
	size_t		chars;			/* ... and the characters before it */
} Utf8Cursor;

/* 1-based character position of byte offset pos (pos >= cursor->byte). */
size_t		utf8t_char_pos(Utf8Cursor *cursor, const char *s, size_t pos);

/* ASCII white space, NBSP, the Unicode space separators, BOM / ZWNBSP. */
static inline int
utf8t_is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return utf8t_is_space_multi(cp);
}

/*
 * Letters and digits: ASCII alphanumerics, and non-ASCII code points outside
 * the punctuation, symbol and space blocks (Latin-1 punctuation, General
 * Punctuation, currency signs, arrows and other symbols, CJK punctuation).
 */
static inline int
utf8t_is_word(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	if (cp >= 0x400 && cp <= 0x52F)
		return 1;				/* Cyrillic (as utf8t_is_word_multi says, without the call) */
	return utf8t_is_word_multi(cp);
}

/* Is s[pos] a letter or digit (0 when pos >= len)? */
static inline int
utf8t_is_word_at(const char *s, size_t len, size_t pos)
{
	uint32_t	cp;

	if (pos >= len)
		return 0;
	utf8t_decode(s, len, pos, &cp);
	return utf8t_is_word(cp);
}

/* Is the character just before pos a letter or digit (0 when pos is 0)? */
static inline int
utf8t_is_word_before(const char *s, size_t pos)
{
	uint32_t	cp;

	if (pos == 0)
		return 0;
	utf8t_prev(s, pos, &cp);
	return utf8t_is_word(cp);
}

/* The first position at or after pos that is not white space (utf8t_is_space), or len. */
size_t		utf8t_skip_space(const char *s, size_t len, size_t pos);

/* Back from pos over white space: where the white space ending at pos starts (pos if none). */
size_t		utf8t_skip_space_back(const char *s, size_t pos);

/* The end of the token starting at pos: the next white space (utf8t_is_space), or len. */
size_t		utf8t_token_end(const char *s, size_t len, size_t pos);

/* Length of s[0..len) without its trailing white space. */
size_t		utf8t_trim_end(const char *s, size_t len);

/*
 * Capitals: ASCII A-Z, Latin-1 and Latin Extended-A ("Ö", "Ý"), Greek, and
 * Cyrillic with the letters of Kazakh, Kyrgyz, Tajik, Uzbek ("Ә", "Ө", "Ү").
 */
int			utf8t_is_upper(uint32_t cp);

/* The small letter of a capital utf8t_is_upper knows; any other cp unchanged. */
uint32_t	utf8t_lower(uint32_t cp);

/*
 * Does s[pos..len) start with `lower` (a NUL-terminated UTF-8 string in
 * small letters) ignoring case, as utf8t_lower folds it?  The number of
 * bytes of s matched (the two may differ in length: "İ"), or 0.
 */
size_t		utf8t_match_folded(const char *s, size_t len, size_t pos, const char *lower);

/*
 * Is the word s[0..n) exactly one of the small-letter UTF-8 words of the
 * NULL-terminated list, ignoring case?  (Entries whose first letter
 * differs cost one memcmp.)
 */
int			utf8t_word_in_folded(const char *s, size_t n, const char *const *list);

/* An apostrophe: ' ’ ʼ ʻ ‘ (so'm, Tajikistan’s). */
int			utf8t_is_apostrophe(uint32_t cp);

/* A closing quote or bracket: " ' ) ] ” ’ » (what may follow a sentence's end). */
int			utf8t_is_closing(uint32_t cp);

/*
 * Write cp in UTF-8 into out (room for 4 bytes); its length in bytes (1..4).
 * (Inline: the word scanners fold every letter through it.)
 */
static inline size_t
utf8t_encode(char *out, uint32_t cp)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

#endif
