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

/* A space that separates thousands: ' ', NBSP, NARROW NBSP, THIN SPACE. */
static size_t
group_space(const char *s, size_t len, size_t i)
{
	if (i < len && s[i] == ' ')
		return 1;
	if (i + 1 < len && (unsigned char) s[i] == 0xC2 && (unsigned char) s[i + 1] == 0xA0)
		return 2;
	if (i + 2 < len && (unsigned char) s[i] == 0xE2 && (unsigned char) s[i + 1] == 0x80 &&
		((unsigned char) s[i + 2] == 0xAF || (unsigned char) s[i + 2] == 0x89))
		return 3;
	return 0;
}

/* A space and three digits at s[i], followed by no further digit: its length, or 0. */
static size_t
space_group(const char *s, size_t len, size_t i)
{
	size_t		sp = group_space(s, len, i);

	if (sp == 0 || i + sp + 3 > len)
		return 0;
	i += sp;
	if (!(ascii_is_digit(s[i]) && ascii_is_digit(s[i + 1]) && ascii_is_digit(s[i + 2])))
		return 0;
	if (i + 3 < len && (ascii_is_digit(s[i + 3]) ||
						((s[i + 3] == ',' || s[i + 3] == '.') && i + 4 < len &&
						 ascii_is_digit(s[i + 4]) && is_group(s, len, i + 3))))
		return 0;				/* "1 2345", or "1 500,000": no clean grouping */
	return sp + 3;
}

int
ms_number(const char *s, size_t len, size_t pos, dec *value, size_t *end)
{
	char		buf[MS_NUMBER_MAX_BYTES];
	size_t		n = 0;
	size_t		i = pos;
	size_t		lead = 0;
	int			ok = 1;
	int			zero = 1;
	size_t		g;

	while (i < len && ascii_is_digit(s[i]))
	{
		zero &= s[i] == '0';
		number_put(buf, sizeof(buf), &n, s[i++]);
		lead++;
	}
	if (is_group(s, len, i) && !(zero && lead == 1))
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
	else if (lead <= 3 && (g = space_group(s, len, i)) > 0)
	{
		/* "1 500", "10 000 000" (space, NBSP or thin space between thousands) */
		while ((g = space_group(s, len, i)) > 0)
		{
			for (size_t k = g - 3; k < g; k++)
				number_put(buf, sizeof(buf), &n, s[i + k]);
			i += g;
		}
	}
	if (i + 1 < len && (s[i] == '.' || s[i] == ',') && ascii_is_digit(s[i + 1]))
	{
		/* a decimal point, or a decimal comma ("3,5", "0,52"; "1,500" was a group) */
		number_put(buf, sizeof(buf), &n, '.');
		i++;
		while (i < len && ascii_is_digit(s[i]))
			number_put(buf, sizeof(buf), &n, s[i++]);
	}
	*end = i;
	/* "1.2.3", "1,5,6", "1,500.5,2": not one number. */
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

/*
 * Russian scale words: abbreviations ("тыс.", "млн", "млрд", "трлн"; a
 * final "." belongs to them) and the full words in every form ("тысяча",
 * "тысяч", "миллиона", "миллиардов" ...), matched by stem and ending.
 */
static const ScaleWord ru_scale_abbreviations[] = {
	{"тыс", 3, 0}, {"млн", 6, 0}, {"млрд", 9, 0}, {"трлн", 12, 0},
};

static const ScaleWord ru_scale_stems[] = {
	{"тысяч", 3, 0}, {"миллион", 6, 0}, {"миллиард", 9, 0}, {"триллион", 12, 0},
};

static const char *const ru_scale_endings[] = {
	"", "а", "и", "е", "у", "ей", "ам", "ами", "ах", "ы", "ов", "ом", NULL
};

/* Does the word s[0..n) fold to exactly `lower`? */
static int
folds_to(const char *s, size_t n, const char *lower)
{
	return utf8t_match_folded(s, n, 0, lower) == n;
}

static int
ru_scale_word(const char *w, size_t wlen, int *exp10)
{
	for (size_t k = 0; k < sizeof(ru_scale_abbreviations) / sizeof(ru_scale_abbreviations[0]); k++)
		if (folds_to(w, wlen, ru_scale_abbreviations[k].word))
		{
			*exp10 = ru_scale_abbreviations[k].exp10;
			return 1;
		}
	for (size_t k = 0; k < sizeof(ru_scale_stems) / sizeof(ru_scale_stems[0]); k++)
	{
		size_t		n = utf8t_match_folded(w, wlen, 0, ru_scale_stems[k].word);

		if (n == 0)
			continue;
		for (const char *const *e = ru_scale_endings; *e != NULL; e++)
			if (folds_to(w + n, wlen - n, *e))
			{
				*exp10 = ru_scale_stems[k].exp10;
				return 1;
			}
	}
	return 0;
}

int
ms_scale_word(const char *w, size_t wlen, int attached, int *exp10)
{
	if (wlen > 0 && (unsigned char) w[0] >= 0x80)
		return ru_scale_word(w, wlen, exp10);
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
	/* "тыс.", "млн.": the abbreviation's point (a Russian word before it) */
	if ((unsigned char) s[wstart] >= 0x80 && wend < len && s[wend] == '.')
		wend++;
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
