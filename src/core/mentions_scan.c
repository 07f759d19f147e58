/*
 * mentions_scan.c - numbers, scale words and white space for the mention
 * scanners; see mentions_scan.h.
 */
#include "mentions_scan.h"

#include <string.h>

#include "ascii.h"
#include "utf8_text.h"

int
ms_number_start(const char *s, size_t len, size_t pos)
{
	if (pos >= len || !ascii_is_digit(s[pos]))
		return 0;
	if (pos == 0)
		return 1;
	if (s[pos - 1] == '.' || s[pos - 1] == ',')
		return 0;
	return !utf8t_is_word_before(s, pos);
}

/* Append c to buf (cap bytes); n counts what does not fit too, so the caller can reject it. */
static void
number_put(char *buf, size_t cap, size_t *n, char c)
{
	if (*n < cap)
		buf[*n] = c;
	(*n)++;
}

/* ",ddd" at s[i], followed by no further digit? */
static int
is_group(const char *s, size_t len, size_t i)
{
	return i + 3 < len && s[i] == ',' && ascii_is_digit(s[i + 1]) && ascii_is_digit(s[i + 2]) &&
		ascii_is_digit(s[i + 3]) && (i + 4 >= len || !ascii_is_digit(s[i + 4]));
}

int
ms_number(const char *s, size_t len, size_t pos, dec *value, size_t *end)
{
	char		buf[MS_NUMBER_MAX_BYTES];
	size_t		n = 0;
	size_t		i = pos;
	size_t		lead = 0;
	int			ok = 1;

	while (i < len && ascii_is_digit(s[i]))
	{
		number_put(buf, sizeof(buf), &n, s[i++]);
		lead++;
	}
	if (is_group(s, len, i))
	{
		if (lead > 3)
			ok = 0;				/* "1234,567" is no grouping */
		while (is_group(s, len, i))
		{
			for (int k = 1; k <= 3; k++)
				number_put(buf, sizeof(buf), &n, s[i + k]);
			i += 4;
		}
	}
	if (i + 1 < len && s[i] == '.' && ascii_is_digit(s[i + 1]))
	{
		number_put(buf, sizeof(buf), &n, '.');
		i++;
		while (i < len && ascii_is_digit(s[i]))
			number_put(buf, sizeof(buf), &n, s[i++]);
	}
	*end = i;
	/* "1,5", "12,34", "1.2.3": not one number as English news writes it. */
	if (i + 1 < len && (s[i] == ',' || s[i] == '.') && ascii_is_digit(s[i + 1]))
	{
		while (i < len && (ascii_is_digit(s[i]) || s[i] == ',' || s[i] == '.'))
			i++;
		*end = i;
		return 0;
	}
	if (!ok || n > sizeof(buf))
		return 0;
	return dec_parse(buf, n, value) == DEC_OK;
}

typedef struct ScaleWord
{
	const char *word;
	int			exp10;
	int			attached_only;	/* single letters: "3.5m" but not "3.5 m" */
} ScaleWord;

static const ScaleWord scale_words[] = {
	{"thousand", 3, 0}, {"million", 6, 0}, {"billion", 9, 0}, {"trillion", 12, 0},
	{"mn", 6, 0}, {"mln", 6, 0}, {"bn", 9, 0}, {"bln", 9, 0}, {"tn", 12, 0},
	{"trn", 12, 0}, {"k", 3, 1}, {"m", 6, 1}, {"b", 9, 1},
};

int
ms_scale_word(const char *w, size_t wlen, int attached, int *exp10)
{
	for (size_t k = 0; k < sizeof(scale_words) / sizeof(scale_words[0]); k++)
	{
		if (scale_words[k].attached_only && !attached)
			continue;
		if (ascii_word_is(w, wlen, scale_words[k].word))
		{
			*exp10 = scale_words[k].exp10;
			return 1;
		}
	}
	return 0;
}

MsScale
ms_scale(const char *s, size_t len, size_t pos, int *exp10, size_t *end)
{
	size_t		wstart = pos;
	size_t		wend;
	int			attached = 1;

	if (!utf8t_is_word_at(s, len, pos))
	{
		wstart = utf8t_skip_space(s, len, pos);
		if (wstart == pos || !utf8t_is_word_at(s, len, wstart))
			return MS_SCALE_NONE;
		attached = 0;
	}
	wend = ms_word_end(s, len, wstart);
	if (!ms_scale_word(s + wstart, wend - wstart, attached, exp10))
		return attached ? MS_SCALE_JUNK : MS_SCALE_NONE;
	*end = wend;
	return MS_SCALE_FOUND;
}

int
ms_scale_value(dec value, int exp10, dec *out)
{
	int128_t	coef = value.coef;
	int			scale = value.scale;

	while (exp10 > 0 && scale > 0)
	{
		exp10--;
		scale--;
	}
	while (exp10-- > 0)
	{
		coef *= 10;
		if (coef > DEC_MAX_COEF || coef < -DEC_MAX_COEF)
			return 0;
	}
	out->coef = (int64_t) coef;
	out->scale = scale;
	return 1;
}

size_t
ms_word_end(const char *s, size_t len, size_t pos)
{
	while (pos < len)
	{
		unsigned char c = (unsigned char) s[pos];
		uint32_t	cp;
		size_t		n;

		if (c < 0x80)
		{
			if (!ascii_is_alnum(c))
				break;
			pos++;
			continue;
		}
		n = utf8t_decode(s, len, pos, &cp);
		if (!utf8t_is_word(cp))
			break;
		pos += n;
	}
	return pos;
}
