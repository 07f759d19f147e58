/*
 * textstats.c - counting words, sentences and paragraphs; see textstats.h.
 * One pass over the text, token by token; nothing is stored.
 */
#include "textstats.h"

#include "ascii.h"
#include "utf8_text.h"

/* Abbreviations that end in "." without ending a sentence (lower case). */
static const char *const abbreviations[] = {
	"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc",
	"ltd", "co", "corp", "gen", "gov", "sen", "rep", "mt", "ft", "fig",
	"approx", "est", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "eg", "ie",
	NULL
};

static int
is_terminator(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 ||
		cp == 0xFF01 || cp == 0xFF1F;
}

/*
 * Is the "."-ended word s[from..to) (to points at the ".") an initial or an
 * abbreviation?  "U.S", "F", "e.g", "Mr", "Jan".
 */
static int
is_abbreviation(const char *s, size_t from, size_t to)
{
	char		lower[8];
	size_t		n = 0;
	size_t		start = to;

	/* The letters and dots just before the final dot. */
	while (start > from && s[start - 1] != ' ' &&
		   (ascii_is_letter(s[start - 1]) || s[start - 1] == '.'))
		start--;
	if (start == to)
		return 0;
	/* Initials: single letters separated by dots (U.S, e.g, F). */
	{
		int			initials = 1;

		for (size_t i = start; i < to; i++)
		{
			int			letter = s[i] != '.';
			int			at_letter_slot = ((i - start) % 2) == 0;

			if (letter != at_letter_slot)
				initials = 0;
		}
		if (initials)
			return 1;
	}
	if (to - start >= sizeof(lower))
		return 0;
	for (size_t i = start; i < to; i++)
	{
		char		c = s[i];

		if (c == '.')
			continue;
		lower[n++] = (char) (c | 0x20);
	}
	for (const char *const *a = abbreviations; *a != NULL; a++)
	{
		size_t		k = 0;

		while (k < n && (*a)[k] == lower[k])
			k++;
		if (k == n && (*a)[k] == '\0')
			return 1;
	}
	return 0;
}

/* Does the token s[from..to) end a sentence? */
static int
ends_sentence(const char *s, size_t from, size_t to)
{
	size_t		end = to;
	uint32_t	cp = 0;

	while (end > from)
	{
		size_t		prev = utf8t_prev(s, end, &cp);

		if (prev < from)
			break;
		if (!utf8t_is_closing(cp))
			break;
		end = prev;
	}
	if (end == from || !is_terminator(cp))
		return 0;
	if (cp == '.')
	{
		size_t		dot = end - 1;

		/* "..." is an ellipsis, not an abbreviation. */
		if (dot > from && s[dot - 1] == '.')
			return 1;
		return !is_abbreviation(s, from, dot);
	}
	return 1;
}

void
text_stats(const char *s, size_t len, TextStats *out)
{
	size_t		pos = 0;
	int			line_has_text = 0;	/* the current line is not blank */
	int			in_paragraph = 0;
	int			open_sentence = 0;	/* words since the last sentence end */

	out->words = out->sentences = out->paragraphs = 0;
	if (s == NULL)
		return;
	while (pos < len)
	{
		uint32_t	cp;
		size_t		n = utf8t_decode(s, len, pos, &cp);

		if (cp == '\n')
		{
			if (!line_has_text && in_paragraph)
			{
				/* A blank line ends the paragraph. */
				out->sentences += open_sentence;
				open_sentence = 0;
				in_paragraph = 0;
			}
			line_has_text = 0;
			pos += n;
			continue;
		}
		if (utf8t_is_space(cp))
		{
			pos += n;
			continue;
		}
		/* A token: up to the next white space. */
		{
			size_t		start = pos;
			int			has_word = 0;

			while (pos < len)
			{
				n = utf8t_decode(s, len, pos, &cp);
				if (utf8t_is_space(cp))
					break;
				if (utf8t_is_word(cp))
					has_word = 1;
				pos += n;
			}
			if (!line_has_text && !in_paragraph)
			{
				out->paragraphs++;
				in_paragraph = 1;
			}
			line_has_text = 1;
			if (has_word)
			{
				out->words++;
				open_sentence = 1;
			}
			if (open_sentence && ends_sentence(s, start, pos))
			{
				out->sentences++;
				open_sentence = 0;
			}
		}
	}
	out->sentences += open_sentence;
}

dec
text_reading_minutes(int64_t words)
{
	dec			minutes;
	int128_t	tenths = ((int128_t) words * 10 + TEXTSTATS_WORDS_PER_MINUTE / 2) /
		TEXTSTATS_WORDS_PER_MINUTE;

	minutes.coef = (int64_t) tenths;
	minutes.scale = 1;
	return minutes;
}
