/*
 * list_items.c - bullets and numbered items; see list_items.h.
 */
#include "list_items.h"

#include "ascii.h"
#include "utf8_text.h"

/* "1. text" .. "999. text": longer numbers are figures, not item numbers. */
#define LIST_NUMBER_MAX_DIGITS 3

static int
is_bullet(uint32_t cp)
{
	switch (cp)
	{
		case '-':
		case '*':
		case '+':
		case 0x00B7:			/* · */
		case 0x2013:			/* – */
		case 0x2014:			/* — */
		case 0x2022:			/* • */
		case 0x2023:			/* ‣ */
		case 0x2043:			/* ⁃ */
		case 0x25A0:			/* ■ */
		case 0x25AA:			/* ▪ */
		case 0x25CF:			/* ● */
		case 0x25E6:			/* ◦ */
			return 1;
		default:
			return 0;
	}
}

int
list_is_item(const char *s, size_t len)
{
	uint32_t	cp;
	size_t		pos = 0;

	if (len == 0)
		return 0;
	if (ascii_is_digit(s[0]))
	{
		while (pos < len && pos < LIST_NUMBER_MAX_DIGITS && ascii_is_digit(s[pos]))
			pos++;
		if (pos >= len || (s[pos] != '.' && s[pos] != ')'))
			return 0;
		pos++;
	}
	else
	{
		pos = utf8t_decode(s, len, 0, &cp);
		if (!is_bullet(cp))
			return 0;
	}
	/* The marker is followed by white space and then by the item's text. */
	if (pos >= len)
		return 0;
	utf8t_decode(s, len, pos, &cp);
	return utf8t_is_space(cp);
}

int
list_may_be_dialogue(const char *s, size_t len)
{
	uint32_t	cp;

	if (len < 4 || !list_is_item(s, len))
		return 0;
	utf8t_decode(s, len, 0, &cp);
	if (cp != 0x2014 && cp != 0x2013)
		return 0;				/* dialogue opens with a dash */
	utf8t_prev(s, len, &cp);
	return cp == '.' || cp == '?' || cp == '!' || cp == ':' || cp == 0x2026 ||
		cp == 0x00BB || cp == '"' || cp == 0x201D;
}
