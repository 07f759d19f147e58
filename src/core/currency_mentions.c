/*
 * currency_mentions.c - finding currency codes, names, signs and country
 * words in text; see currency_mentions.h.
 */
#include "currency_mentions.h"

#include "ascii.h"
#include "currency_words.h"
#include "mentions_scan.h"

static const char *const via_names[] = {"code", "name", "symbol", "country"};

const char *
mention_via_name(MentionVia via)
{
	if ((unsigned) via >= sizeof(via_names) / sizeof(via_names[0]))
		return "unknown";
	return via_names[via];
}

void
currency_scan_init(CurrencyScanner *scan, const char *s, size_t len)
{
	scan->s = s;
	scan->len = s != NULL ? len : 0;
	scan->pos = 0;
	scan->cursor.byte = 0;
	scan->cursor.chars = 0;
}

/*
 * Is the word at pos preceded by an amount: white space after a number, or
 * after a number and a scale word ("5,000 won", "2 million pounds",
 * "3bn rand", "2 млн вон", "15 тыс. драмов")?
 */
static int
after_amount(const char *s, size_t pos)
{
	size_t		i = utf8t_skip_space_back(s, pos);
	size_t		wstart;
	size_t		wend;
	uint32_t	cp;
	int			exp10;

	if (i == pos || i == 0)
		return 0;
	if (ascii_is_digit(s[i - 1]))
		return 1;
	wend = i;
	if (s[wend - 1] == '.')
		wend--;					/* "тыс." */
	wstart = wend;
	while (wstart > 0 && (utf8t_prev(s, wstart, &cp), utf8t_is_word(cp)) &&
		   !ascii_is_digit(s[wstart - 1]))
		wstart = utf8t_prev(s, wstart, &cp);
	if (wstart == wend || wstart == 0)
		return 0;
	if (ascii_is_digit(s[wstart - 1]))
		return ms_scale_word(s + wstart, wend - wstart, 1, &exp10);	/* "3bn" */
	if (!ms_scale_word(s + wstart, wend - wstart, 0, &exp10))
		return 0;
	i = utf8t_skip_space_back(s, wstart);
	return i < wstart && i > 0 && ascii_is_digit(s[i - 1]);
}

static void
fill(CurrencyScanner *scan, CurrencyMention *out, cur_code currency, MentionVia via,
	 size_t start, size_t end)
{
	out->currency = currency;
	out->via = via;
	out->start = start;
	out->end = end;
	out->char_start = utf8t_char_pos(&scan->cursor, scan->s, start);
	scan->pos = end;
}

/*
 * A word (or phrase) at pos: returns 1 with a mention, or 0 with *next set
 * to where scanning resumes.
 */
static int
word_mention(CurrencyScanner *scan, size_t pos, CurrencyMention *out, size_t *next)
{
	const char *s = scan->s;
	size_t		len = scan->len;
	CurMatch	m;
	CurMatch	name;

	if (ascii_is_upper(s[pos]) && cw_match_sign(s, len, pos, &m))
	{
		/* a sign with a letter prefix: "US$", "HK$" */
		fill(scan, out, m.currency, VIA_SYMBOL, m.start, m.end);
		return 1;
	}
	if (cw_match_code(s, len, pos, &m))
	{
		fill(scan, out, m.currency, VIA_CODE, m.start, m.end);
		return 1;
	}
	if (!cw_match_word(s, len, pos, &m))
	{
		*next = m.end;			/* the end of the word */
		return 0;
	}
	*next = m.end;
	switch (m.kind)
	{
		case CW_NAME:
		case CW_NAME_CAPS:
			fill(scan, out, m.currency, VIA_NAME, m.start, m.end);
			return 1;
		case CW_NAME_AFTER_AMOUNT:
			if (!after_amount(s, pos))
				return 0;
			fill(scan, out, m.currency, VIA_NAME, m.start, m.end);
			return 1;
		case CW_COUNTRY:
		case CW_DEMONYM:
		case CW_COUNTRY_CAPS:
		case CW_AREA:
		case CW_ADJECTIVE:
			{
				size_t		after = utf8t_skip_space(s, len, m.end);

				/* "Kyrgyz som", "Hong Kong dollar": the country's currency, by name */
				if (after > m.end && cw_match_qualified_name(s, len, after, m.kind, &name))
				{
					fill(scan, out, m.currency, VIA_NAME, m.start, name.end);
					return 1;
				}
				fill(scan, out, m.currency, VIA_COUNTRY, m.start, m.end);
				return 1;
			}
		case CW_NAME_AFTER_COUNTRY:
		case CW_NOT_CURRENCY:
			return 0;
	}
	return 0;
}

/*
 * The scanner moves from word to word: it skips a word whole, and a match
 * ends at a word boundary, so a word character met here starts a word.
 */
int
currency_scan_next(CurrencyScanner *scan, CurrencyMention *out)
{
	const char *s = scan->s;
	size_t		len = scan->len;

	while (scan->pos < len)
	{
		size_t		pos = scan->pos;
		unsigned char c = (unsigned char) s[pos];
		uint32_t	cp;
		size_t		n;
		CurMatch	m;

		/* Fast path over ASCII that can start nothing: spaces, punctuation. */
		if (c < 0x80 && c != '$' && !ascii_is_letter(c))
		{
			if (ascii_is_digit(c))
				scan->pos = ms_word_end(s, len, pos);	/* a number or "10cc" */
			else
				scan->pos++;
			continue;
		}
		n = utf8t_decode(s, len, pos, &cp);
		if (utf8t_is_word(cp))
		{
			size_t		next;

			if (word_mention(scan, pos, out, &next))
				return 1;
			if (next < len && s[next] == '$')
				next++;			/* "X$": a prefix we do not know, not a dollar sign */
			scan->pos = next > pos ? next : pos + n;
			continue;
		}
		if (cw_match_sign(s, len, pos, &m))
		{
			fill(scan, out, m.currency, VIA_SYMBOL, m.start, m.end);
			return 1;
		}
		scan->pos = pos + n;
	}
	return 0;
}
