/*
 * percent_mentions.c - finding percentages in text; see percent_mentions.h.
 */
#include "percent_mentions.h"

#include <string.h>

#include "ascii.h"
#include "mentions_scan.h"
#include "utf8_text.h"

void
percent_scan_init(PercentScanner *scan, const char *s, size_t len)
{
	scan->s = s;
	scan->len = s != NULL ? len : 0;
	scan->pos = 0;
	scan->cursor.byte = 0;
	scan->cursor.chars = 0;
}

/* Hedges kept in the matched text: one or two words before the number. */
static const char *const hedges[] = {
	"more than", "less than", "fewer than", "up to", "close to", "at least",
	"at most", "just over", "just under", "just above", "just below",
	"nearly", "almost", "about", "around", "approximately", "roughly", "some",
	"over", "under", "above", "below",
	NULL
};

/*
 * Does the hedge end right before pos, separated from it by white space?
 * Returns its start, or pos if not.  Words of the hedge are separated by
 * single white-space characters in the text as in the list.
 */
static size_t
hedge_start(const char *s, size_t pos, const char *hedge)
{
	size_t		hlen = strlen(hedge);
	size_t		i = pos;
	uint32_t	cp;

	/* One white-space character between hedge and number. */
	if (i == 0)
		return pos;
	i = utf8t_prev(s, i, &cp);
	if (!utf8t_is_space(cp))
		return pos;
	while (hlen > 0)
	{
		char		h = hedge[hlen - 1];

		if (i == 0)
			return pos;
		if (h == ' ')
		{
			size_t		prev = utf8t_prev(s, i, &cp);

			if (!utf8t_is_space(cp))
				return pos;
			i = prev;
		}
		else
		{
			if (ascii_lower((unsigned char) s[i - 1]) != h)
				return pos;
			i--;
		}
		hlen--;
	}
	/* The hedge is a whole word: no letter before it. */
	if (i > 0 && (ascii_is_letter(s[i - 1]) || utf8t_is_word_before(s, i)))
		return pos;
	return i;
}

/* Russian hedges ("около 5%", "не менее 10%"), one word before the number or two. */
static const char *const ru_hedges[] = {
	"более", "менее", "около", "почти", "примерно", "приблизительно", "свыше", "порядка",
	"до", "лишь", "всего", NULL
};

/* The word that ends right before pos after one white-space character: its start, or pos. */
static size_t
word_before(const char *s, size_t pos)
{
	uint32_t	cp;
	size_t		i;

	if (pos == 0)
		return pos;
	i = utf8t_prev(s, pos, &cp);
	if (!utf8t_is_space(cp))
		return pos;
	pos = i;
	while (i > 0 && (utf8t_prev(s, i, &cp), utf8t_is_word(cp)))
		i = utf8t_prev(s, i, &cp);
	return i;
}

static size_t
ru_hedge_start(const char *s, size_t pos)
{
	size_t		start = word_before(s, pos);
	size_t		wend = start;
	size_t		ne;

	if (start == pos)
		return pos;
	while (wend < pos && utf8t_is_word_at(s, pos, wend))
		wend += utf8t_decode(s, pos, wend, &(uint32_t) {0});
	if (wend == start)
		return pos;				/* no word: punctuation before the space */
	for (const char *const *h = ru_hedges; *h != NULL; h++)
		if (utf8t_match_folded(s, wend, start, *h) == wend - start)
		{
			/* "не менее", "не более" */
			ne = word_before(s, start);
			if (ne < start && utf8t_match_folded(s, start, ne, "не ") == start - ne)
				return ne;
			return start;
		}
	return pos;
}

static size_t
with_hedge(const char *s, size_t pos)
{
	size_t		ru;

	for (const char *const *h = hedges; *h != NULL; h++)
	{
		size_t		start = hedge_start(s, pos, *h);

		if (start < pos)
			return start;
	}
	ru = ru_hedge_start(s, pos);
	return ru;
}

/* A sign right before the digit at pos ("-0.5%", "−0%"), not a range dash ("10-15%"). */
static size_t
sign_start(const char *s, size_t pos, int *negative)
{
	uint32_t	cp;
	size_t		start;

	*negative = 0;
	if (pos == 0)
		return pos;
	start = utf8t_prev(s, pos, &cp);
	if (cp != '-' && cp != '+' && cp != 0x2212)
		return pos;
	if (start > 0)
	{
		uint32_t	before;

		utf8t_prev(s, start, &before);
		if (utf8t_is_word(before) || before == '.' || before == ',')
			return pos;
	}
	*negative = (cp != '+');
	return start;
}

/* Russian: "процент" in every form, and the abbreviation "проц." */
static const char *const ru_percent_endings[] = {
	"", "а", "ов", "у", "ом", "е", "ы", "ам", "ами", "ах", NULL
};

/* "16,5 процента", "3 процентов", "2 проц.": the end of the word, or 0. */
static size_t
ru_percent_word(const char *s, size_t len, size_t i)
{
	size_t		n = utf8t_match_folded(s, len, i, "процент");

	if (n > 0)
	{
		size_t		wend = i + n;

		while (wend < len && utf8t_is_word_at(s, len, wend))
			wend += utf8t_decode(s, len, wend, &(uint32_t) {0});
		for (const char *const *e = ru_percent_endings; *e != NULL; e++)
			if (utf8t_match_folded(s, wend, i + n, *e) == wend - (i + n))
				return wend;
		return 0;
	}
	n = utf8t_match_folded(s, len, i, "проц.");
	return n > 0 ? i + n : 0;
}

/* "%", "％" (after optional white space), or the words percent / per cent / pct / процент. */
static int
percent_word(const char *s, size_t len, size_t pos, size_t *end)
{
	static const char *const words[] = {"percent", "per cent", "pct", NULL};
	size_t		i = utf8t_skip_space(s, len, pos);
	size_t		ru;

	if (i < len && s[i] == '%')
	{
		*end = i + 1;
		return 1;
	}
	if (i + 3 <= len && memcmp(s + i, "\xef\xbc\x85", 3) == 0)
	{
		*end = i + 3;
		return 1;
	}
	if (i == pos)
		return 0;				/* words need a space: "5percent" is not written */
	if (i < len && (unsigned char) s[i] >= 0x80)
	{
		if ((ru = ru_percent_word(s, len, i)) == 0)
			return 0;
		*end = ru;
		return 1;
	}
	for (const char *const *w = words; *w != NULL; w++)
	{
		size_t		k = 0;
		size_t		j = i;

		while ((*w)[k] != '\0' && j < len &&
			   ((*w)[k] == ' ' ? s[j] == ' ' : ascii_lower((unsigned char) s[j]) == (*w)[k]))
		{
			k++;
			j++;
		}
		if ((*w)[k] == '\0' && !utf8t_is_word_at(s, len, j))
		{
			*end = j;
			return 1;
		}
	}
	return 0;
}

int
percent_scan_next(PercentScanner *scan, PercentMention *out)
{
	const char *s = scan->s;
	size_t		len = scan->len;

	while (scan->pos < len)
	{
		size_t		pos = scan->pos;
		size_t		end;
		size_t		pend;
		size_t		start;
		int			negative;
		dec			value;

		if (!ascii_is_digit(s[pos]))
		{
			scan->pos++;
			continue;
		}
		if (!ms_number_start(s, len, pos))
		{
			scan->pos = ms_word_end(s, len, pos);
			continue;
		}
		if (!ms_number(s, len, pos, &value, &end) || !percent_word(s, len, end, &pend))
		{
			scan->pos = end > pos ? end : pos + 1;
			continue;
		}
		start = sign_start(s, pos, &negative);
		if (negative)
			value.coef = -value.coef;
		start = with_hedge(s, start);
		out->value = value;
		out->start = start;
		out->end = pend;
		out->char_start = utf8t_char_pos(&scan->cursor, s, start);
		scan->pos = pend;
		return 1;
	}
	return 0;
}
