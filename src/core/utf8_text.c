/*
 * utf8_text.c - UTF-8 validation, decoding and character classes; see
 * utf8_text.h.  Well-formedness follows RFC 3629 (Unicode Table 3-7).
 */
#include "utf8_text.h"

#include <stdio.h>
#include <string.h>

/*
 * Length of the well-formed sequence at s[pos], or 0 if it is ill-formed
 * or truncated; *cp receives the code point when the result is non-zero.
 */
static size_t
utf8t_sequence(const char *s, size_t len, size_t pos, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *) s + pos;
	size_t		avail = len - pos;
	unsigned char b0 = u[0];
	unsigned char lo = 0x80;
	unsigned char hi = 0xBF;
	size_t		need;
	uint32_t	c;

	if (b0 == 0)
		return 0;				/* NUL is not text */
	if (b0 < 0x80)
	{
		*cp = b0;
		return 1;
	}
	if (b0 >= 0xC2 && b0 <= 0xDF)
	{
		need = 2;
		c = b0 & 0x1F;
	}
	else if (b0 >= 0xE0 && b0 <= 0xEF)
	{
		need = 3;
		c = b0 & 0x0F;
		if (b0 == 0xE0)
			lo = 0xA0;			/* no overlong forms */
		else if (b0 == 0xED)
			hi = 0x9F;			/* no surrogates */
	}
	else if (b0 >= 0xF0 && b0 <= 0xF4)
	{
		need = 4;
		c = b0 & 0x07;
		if (b0 == 0xF0)
			lo = 0x90;			/* no overlong forms */
		else if (b0 == 0xF4)
			hi = 0x8F;			/* nothing above U+10FFFF */
	}
	else
		return 0;				/* continuation byte, C0, C1, F5..FF */

	if (avail < need)
		return 0;
	if (u[1] < lo || u[1] > hi)
		return 0;
	c = (c << 6) | (u[1] & 0x3F);
	for (size_t i = 2; i < need; i++)
	{
		if (u[i] < 0x80 || u[i] > 0xBF)
			return 0;
		c = (c << 6) | (u[i] & 0x3F);
	}
	*cp = c;
	return need;
}

/* Are the 8 bytes at s all ASCII and none of them NUL? */
static int
ascii8(const char *s)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t high = UINT64_C(0x8080808080808080);
	uint64_t	x;

	memcpy(&x, s, 8);
	/* no high bit set, and no zero byte (the classic haszero test) */
	return (x & high) == 0 && ((x - ones) & ~x & high) == 0;
}

size_t
utf8t_validate(const char *s, size_t len)
{
	size_t		pos = 0;

	while (pos < len)
	{
		uint32_t	cp;
		size_t		n;

		/* ASCII runs are the common case: skip them 8 bytes at a time. */
		if (pos + 8 <= len && ascii8(s + pos))
		{
			pos += 8;
			continue;
		}
		if ((unsigned char) s[pos] < 0x80 && s[pos] != 0)
		{
			pos++;
			continue;
		}
		n = utf8t_sequence(s, len, pos, &cp);
		if (n == 0)
			return pos;
		pos += n;
	}
	return len;
}

size_t
utf8t_decode_multi(const char *s, size_t len, size_t pos, uint32_t *cp)
{
	size_t		n = utf8t_sequence(s, len, pos, cp);

	if (n == 0)
	{
		*cp = UTF8T_REPLACEMENT;
		return 1;
	}
	return n;
}

size_t
utf8t_prev(const char *s, size_t pos, uint32_t *cp)
{
	size_t		start = pos - 1;

	/* Back over at most three continuation bytes to a lead byte. */
	while (start > 0 && pos - start < 4 &&
		   ((unsigned char) s[start] & 0xC0) == 0x80)
		start--;
	if (utf8t_decode(s, pos, start, cp) != pos - start)
	{
		/* Not one well-formed sequence: step back a single byte. */
		start = pos - 1;
		utf8t_decode(s, pos, start, cp);
	}
	return start;
}

/*
 * Every byte that is not a continuation byte (10xxxxxx) starts a character.
 * Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear,
 * and (x & ~(x << 1)) puts "bit 7 and not bit 6" in bit 7 of each byte.
 */
size_t
utf8t_count(const char *s, size_t from, size_t to)
{
	const uint64_t high = UINT64_C(0x8080808080808080);
	size_t		n = 0;
	size_t		i = from;

	for (; i + 8 <= to; i += 8)
	{
		uint64_t	x;
		uint64_t	cont;

		memcpy(&x, s + i, 8);
		cont = (x & ~(x << 1) & high) >> 7;
		/* sum of the eight 0/1 bytes, by multiplication */
		n += 8 - (size_t) ((cont * UINT64_C(0x0101010101010101)) >> 56);
	}
	for (; i < to; i++)
		n += ((unsigned char) s[i] & 0xC0) != 0x80;
	return n;
}

size_t
utf8t_char_pos(Utf8Cursor *cursor, const char *s, size_t pos)
{
	if (pos < cursor->byte)
	{
		/* Not expected (callers go forward), but stay correct. */
		cursor->byte = 0;
		cursor->chars = 0;
	}
	cursor->chars += utf8t_count(s, cursor->byte, pos);
	cursor->byte = pos;
	return cursor->chars + 1;
}

int
utf8t_is_space_multi(uint32_t cp)
{
	switch (cp)
	{
		case 0x00A0:			/* NO-BREAK SPACE */
		case 0x1680:			/* OGHAM SPACE MARK */
		case 0x202F:			/* NARROW NO-BREAK SPACE */
		case 0x205F:			/* MEDIUM MATHEMATICAL SPACE */
		case 0x3000:			/* IDEOGRAPHIC SPACE */
		case 0xFEFF:			/* BOM / ZERO WIDTH NO-BREAK SPACE */
			return 1;
		default:
			/* EN QUAD .. HAIR SPACE, ZERO WIDTH SPACE, LINE/PARAGRAPH SEPARATOR */
			return (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029;
	}
}

int
utf8t_is_word_multi(uint32_t cp)
{
	if (cp < 0xC0)
		return 0;				/* Latin-1 punctuation and signs, C1 controls */
	if (cp == 0xD7 || cp == 0xF7)
		return 0;				/* multiplication and division signs */
	if (cp >= 0x2000 && cp <= 0x2BFF)
		return 0;				/* punctuation, currency signs, arrows, symbols */
	if (cp >= 0x3000 && cp <= 0x303F)
		return 0;				/* CJK punctuation */
	if (cp >= 0xFE30 && cp <= 0xFE4F)
		return 0;				/* CJK compatibility forms */
	if (cp == 0xFEFF || cp == UTF8T_REPLACEMENT)
		return 0;
	if (cp >= 0xFF00 && cp <= 0xFF0F)
		return 0;				/* fullwidth punctuation (％ among them) */
	if (cp >= 0x1F000)
		return 0;				/* emoji and other pictographs */
	/* Combining marks (U+0300..U+036F) continue a word, as letters do. */
	return 1;
}

int
utf8t_is_upper(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return 1;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return 1;				/* Latin-1 capitals */
	if (cp >= 0x100 && cp <= 0x137)
		return (cp & 1) == 0;	/* Latin Extended-A: capital, small pairs */
	if (cp >= 0x139 && cp <= 0x148)
		return (cp & 1) == 1;
	if (cp >= 0x14A && cp <= 0x177)
		return (cp & 1) == 0;
	if (cp == 0x178)
		return 1;				/* Ÿ */
	if (cp >= 0x179 && cp <= 0x17E)
		return (cp & 1) == 1;
	if (cp >= 0x391 && cp <= 0x3A9)
		return 1;				/* Greek capitals */
	if (cp >= 0x400 && cp <= 0x42F)
		return 1;				/* Cyrillic capitals */
	if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
		(cp >= 0x4D0 && cp <= 0x52F))
		return (cp & 1) == 0;	/* Cyrillic capital, small pairs: Ә Ғ Қ Ң Ө Ұ Ү Һ ... */
	if (cp == 0x4C0)
		return 1;				/* Ӏ */
	if (cp >= 0x4C1 && cp <= 0x4CE)
		return (cp & 1) == 1;
	return 0;
}

uint32_t
utf8t_lower(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 0x20 : cp;
	if (cp >= 0x430 && cp <= 0x45F)
		return cp;				/* Cyrillic small letters: most of a Russian text */
	if (!utf8t_is_upper(cp))
		return cp;
	if (cp == 0x178)
		return 0xFF;			/* Ÿ ÿ */
	if (cp == 0x4C0)
		return 0x4CF;			/* Ӏ ӏ */
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp + 0x20;
	if (cp >= 0x391 && cp <= 0x3A9)
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;		/* Ѐ..Џ: ё, є, і, ї, ў ... */
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 0x20;
	return cp + 1;				/* the capital, small pairs */
}

int
utf8t_word_in_folded(const char *s, size_t n, const char *const *list)
{
	char		first[4] = {0};	/* zeroed: gcc cannot see only k bytes are read */
	size_t		k;
	uint32_t	cp;

	if (n == 0)
		return 0;
	utf8t_decode(s, n, 0, &cp);
	k = utf8t_encode(first, utf8t_lower(cp));
	for (; *list != NULL; list++)
	{
		const char *w = *list;

		if (w[0] != first[0] || (k > 1 && w[1] != first[1]) || (k > 2 && w[2] != first[2]))
			continue;
		if (utf8t_match_folded(s, n, 0, w) == n)
			return 1;
	}
	return 0;
}

size_t
utf8t_match_folded(const char *s, size_t len, size_t pos, const char *lower)
{
	size_t		at = pos;
	size_t		k = 0;
	size_t		lower_len = strlen(lower);

	while (k < lower_len)
	{
		uint32_t	a,
					b;
		size_t		n;

		if (at >= len)
			return 0;
		n = utf8t_decode(s, len, at, &a);
		k += utf8t_decode(lower, lower_len, k, &b);
		if (utf8t_lower(a) != b)
			return 0;
		at += n;
	}
	return at - pos;
}

int
utf8t_is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB;
}

int
utf8t_is_closing(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
		cp == 0x2019 || cp == 0x00BB;
}

size_t
utf8t_skip_space(const char *s, size_t len, size_t pos)
{
	while (pos < len)
	{
		uint32_t	cp;
		size_t		n = utf8t_decode(s, len, pos, &cp);

		if (!utf8t_is_space(cp))
			break;
		pos += n;
	}
	return pos;
}

size_t
utf8t_skip_space_back(const char *s, size_t pos)
{
	uint32_t	cp;

	while (pos > 0)
	{
		size_t		prev = utf8t_prev(s, pos, &cp);

		if (!utf8t_is_space(cp))
			break;
		pos = prev;
	}
	return pos;
}

size_t
utf8t_token_end(const char *s, size_t len, size_t pos)
{
	while (pos < len)
	{
		uint32_t	cp;
		size_t		step = utf8t_decode(s, len, pos, &cp);

		if (utf8t_is_space(cp))
			break;
		pos += step;
	}
	return pos;
}

size_t
utf8t_trim_end(const char *s, size_t len)
{
	size_t		pos = 0;
	size_t		end = 0;		/* end of the last non-space character */

	while (pos < len)
	{
		uint32_t	cp;

		pos += utf8t_decode(s, len, pos, &cp);
		if (!utf8t_is_space(cp))
			end = pos;
	}
	return end;
}

/*
 * s[off..off+len) in double quotes into buf, cut after UTF8T_QUOTE_BYTES
 * bytes at a character boundary with "..." after it: the part of an input
 * an error message shows.  off and len are clamped to the total bytes of s.
 */
int
utf8t_quote_part(char *buf, const char *s, size_t total, size_t off, size_t len)
{
	size_t		n = 0;

	if (off > total)
		off = total;
	if (len > total - off)
		len = total - off;
	while (n < len)
	{
		uint32_t	cp;
		size_t		step = utf8t_decode(s, off + len, off + n, &cp);

		if (n + step > UTF8T_QUOTE_BYTES)
			break;
		n += step;
	}
	return sprintf(buf, "\"%.*s%s\"", (int) n, s + off, n < len ? "..." : "");
}
