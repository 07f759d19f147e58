/*
 * money_mentions.c - finding amounts of money in text; see money_mentions.h.
 */
#include "money_mentions.h"

#include "ascii.h"
#include "currency_words.h"
#include "fxamount.h"
#include "mentions_scan.h"
#include "utf8_text.h"

void
money_scan_init(MoneyScanner *scan, const char *s, size_t len)
{
	scan->s = s;
	scan->len = s != NULL ? len : 0;
	scan->pos = 0;
	scan->cursor.byte = 0;
	scan->cursor.chars = 0;
}

/* A number with its optional scale word at pos; *end past both. */
static int
scaled_number(const char *s, size_t len, size_t pos, dec *value, size_t *end)
{
	dec			raw;
	int			exp10 = 0;
	size_t		scale_end;

	if (!ms_number(s, len, pos, &raw, end))
		return 0;
	switch (ms_scale(s, len, *end, &exp10, &scale_end))
	{
		case MS_SCALE_JUNK:
			return 0;			/* "10cc", "2nd" */
		case MS_SCALE_FOUND:
			*end = scale_end;
			break;
		case MS_SCALE_NONE:
			break;
	}
	if (!ms_scale_value(raw, exp10, value))
		return 0;
	/* What fxamount holds: 15 digits (trailing zeros go only if that makes it fit). */
	if (!fxa_value_fits(*value))
		*value = dec_normalize(*value);
	return fxa_value_fits(*value);
}

/*
 * The currency named after an amount, at pos: a sign, a code, a name, or a
 * country word and a name ("Kazakh tenge").  *end past it.
 */
static int
currency_after(const char *s, size_t len, size_t pos, int spaced, cur_code *currency,
			   size_t *end)
{
	CurMatch	m;
	CurMatch	name;

	if (cw_match_sign(s, len, pos, &m) || cw_match_code(s, len, pos, &m))
	{
		*currency = m.currency;
		*end = m.end;
		return 1;
	}
	if (!spaced || !cw_match_word(s, len, pos, &m))
		return 0;
	switch (m.kind)
	{
		case CW_NAME:
		case CW_NAME_CAPS:
		case CW_NAME_AFTER_AMOUNT:
			*currency = m.currency;
			*end = m.end;
			return 1;
		case CW_COUNTRY:
		case CW_DEMONYM:
		case CW_COUNTRY_CAPS:
		case CW_AREA:
		case CW_ADJECTIVE:
			{
				size_t		after = utf8t_skip_space(s, len, m.end);

				if (after > m.end && cw_match_qualified_name(s, len, after, m.kind, &name))
				{
					*currency = m.currency;
					*end = name.end;
					return 1;
				}
				return 0;
			}
		default:
			return 0;
	}
}

static void
fill(MoneyScanner *scan, MoneyMention *out, dec amount, cur_code currency, size_t start,
	 size_t end)
{
	out->amount = amount;
	out->currency = currency;
	out->start = start;
	out->end = end;
	out->char_start = utf8t_char_pos(&scan->cursor, scan->s, start);
	scan->pos = end;
}

/* "70,000 tenge": a number first.  *next: where to go on if it is not an amount. */
static int
number_first(MoneyScanner *scan, size_t pos, MoneyMention *out, size_t *next)
{
	const char *s = scan->s;
	size_t		len = scan->len;
	dec			value;
	size_t		end;
	size_t		cur_start;
	size_t		cur_end;
	cur_code	currency;

	if (!scaled_number(s, len, pos, &value, &end))
	{
		*next = end > pos ? end : pos + 1;
		return 0;
	}
	*next = end;
	cur_start = utf8t_skip_space(s, len, end);
	if (!currency_after(s, len, cur_start, cur_start > end, &currency, &cur_end))
		return 0;
	fill(scan, out, value, currency, pos, cur_end);
	return 1;
}

/* "$10 billion", "USD 5 million": a sign or code first, at m. */
static int
currency_first(MoneyScanner *scan, const CurMatch *m, MoneyMention *out)
{
	const char *s = scan->s;
	size_t		len = scan->len;
	size_t		num = utf8t_skip_space(s, len, m->end);
	dec			value;
	size_t		end;

	if (num >= len || !ascii_is_digit(s[num]))
		return 0;
	if (!scaled_number(s, len, num, &value, &end))
		return 0;
	fill(scan, out, value, m->currency, m->start, end);
	return 1;
}

int
money_scan_next(MoneyScanner *scan, MoneyMention *out)
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

		if (ascii_is_digit(c))
		{
			size_t		next;

			if (ms_number_start(s, len, pos) && number_first(scan, pos, out, &next))
				return 1;
			scan->pos = ms_number_start(s, len, pos) ? next : ms_word_end(s, len, pos);
			continue;
		}
		if (c < 0x80 && c != '$' && !ascii_is_alnum(c))
		{
			scan->pos++;		/* spaces and punctuation */
			continue;
		}
		n = utf8t_decode(s, len, pos, &cp);
		if (utf8t_is_word(cp))
		{
			/* A word: only a code or a prefixed sign ("US$") can start an amount. */
			if (!utf8t_is_word_before(s, pos) &&
				(cw_match_sign(s, len, pos, &m) || cw_match_code(s, len, pos, &m)) &&
				currency_first(scan, &m, out))
				return 1;
			scan->pos = ms_word_end(s, len, pos);
			if (scan->pos < len && s[scan->pos] == '$')
				scan->pos++;	/* "X$" with an unknown prefix: not a dollar sign */
			continue;
		}
		if (cw_match_sign(s, len, pos, &m) && currency_first(scan, &m, out))
			return 1;
		scan->pos = pos + n;
	}
	return 0;
}
