/*
 * utf8.c - UTF-8 validation, decoding and white space; see utf8.h.
 */
#include "utf8.h"

int
utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	c = u[0];
	uint32_t	min;
	int			n;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 2;
		c &= 0x1F;
		min = 0x80;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		c &= 0x0F;
		min = 0x800;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		c &= 0x07;
		min = 0x10000;
	}
	else
	{
		*cp = UTF8_INVALID;		/* continuation byte, C0/C1, F5..FF */
		return 1;
	}
	if ((size_t) n > len)
	{
		*cp = UTF8_INVALID;
		return 1;
	}
	for (int i = 1; i < n; i++)
	{
		if ((u[i] & 0xC0) != 0x80)
		{
			*cp = UTF8_INVALID;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
	{
		*cp = UTF8_INVALID;		/* overlong, beyond Unicode, or a surrogate */
		return 1;
	}
	*cp = c;
	return n;
}

int
utf8_validate(const char *s, size_t len, size_t *bad_offset)
{
	size_t		i = 0;

	while (i < len)
	{
		uint32_t	cp;

		/* Pages are mostly ASCII: skip it a byte at a time without decoding. */
		if ((unsigned char) s[i] < 0x80)
		{
			i++;
			continue;
		}
		i += (size_t) utf8_decode(s + i, len - i, &cp);
		if (cp == UTF8_INVALID)
		{
			if (bad_offset)
				*bad_offset = i - 1;
			return 0;
		}
	}
	return 1;
}

int
utf8_is_space(uint32_t cp)
{
	switch (cp)
	{
		case ' ':
		case '\t':
		case '\n':
		case '\r':
		case '\v':
		case '\f':
		case 0x00A0:			/* NO-BREAK SPACE */
		case 0x1680:			/* OGHAM SPACE MARK */
		case 0x202F:			/* NARROW NO-BREAK SPACE */
		case 0x205F:			/* MEDIUM MATHEMATICAL SPACE */
		case 0x3000:			/* IDEOGRAPHIC SPACE */
		case 0xFEFF:			/* BYTE ORDER MARK */
			return 1;
		default:
			return cp >= 0x2000 && cp <= 0x200A;	/* EN QUAD .. HAIR SPACE */
	}
}

size_t
utf8_skip_space(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		uint32_t	cp;
		int			n = utf8_decode(s + i, len - i, &cp);

		if (!utf8_is_space(cp))
			break;
		i += (size_t) n;
	}
	return i;
}

size_t
utf8_trim_end(const char *s, size_t len)
{
	size_t		i = 0;
	size_t		end = 0;		/* end of the last non-space character */

	while (i < len)
	{
		uint32_t	cp;
		int			n = utf8_decode(s + i, len - i, &cp);

		i += (size_t) n;
		if (!utf8_is_space(cp))
			end = i;
	}
	return end;
}
