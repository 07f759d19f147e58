/*
 * ticker.c - recognising and parsing ticker lines; see ticker.h.
 */
#include "ticker.h"

#include <string.h>

#include "ascii.h"
#include "utf8_text.h"

/* The bullets scrapers leave before a carousel item. */
static size_t
bullet_length(const char *s, size_t len)
{
	if (len >= 1 && (s[0] == '*' || s[0] == '-'))
		return 1;
	if (len >= 3 && memcmp(s, "\xE2\x80\xA2", 3) == 0)	/* • U+2022 BULLET */
		return 3;
	if (len >= 2 && memcmp(s, "\xC2\xB7", 2) == 0)	/* · U+00B7 MIDDLE DOT */
		return 2;
	return 0;
}

static int
is_upper3(const char *s)
{
	return ascii_is_upper(s[0]) && ascii_is_upper(s[1]) && ascii_is_upper(s[2]);
}

/*
 * Does the body (after indentation and bullet) start with an upper-case
 * pair 'KGS/USD' (spaces allowed around '/') not followed by a letter?
 */
static int
starts_with_upper_pair(const char *s, size_t len)
{
	size_t		at;

	if (len < 7 || !is_upper3(s))
		return 0;
	at = utf8t_skip_space(s, len, 3);
	if (at >= len || s[at] != '/')
		return 0;
	at++;
	at = utf8t_skip_space(s, len, at);
	if (len - at < 3 || !is_upper3(s + at))
		return 0;
	return len - at == 3 || !ascii_is_letter(s[at + 3]);
}

/*
 * Cheap test that turns away almost every article line without a full
 * parse: a quote starts with three ASCII letters and a '/'.
 */
static int
may_be_pair(const char *s, size_t len)
{
	size_t		at;

	if (len < 7 || !ascii_is_letter(s[0]) || !ascii_is_letter(s[1]) ||
		!ascii_is_letter(s[2]))
		return 0;
	at = utf8t_skip_space(s, len, 3);
	return at < len && s[at] == '/';
}

/*
 * '1 USD =' (the unit form): digits, white space, three letters that are
 * not the start of a longer word, white space, '='.  upper: the letters are
 * capitals (a malformed line of this shape is a reject, not prose).
 */
static int
starts_like_unit_quote(const char *s, size_t len, int upper)
{
	size_t		at = 0;

	while (at < len && at < 12 && ascii_is_digit(s[at]))
		at++;
	if (at == 0 || at >= len || !(s[at] == ' ' || s[at] == '\t' || (unsigned char) s[at] >= 0x80))
		return 0;
	at = utf8t_skip_space(s, len, at);
	if (len - at < 4 || !(upper ? is_upper3(s + at) :
						  ascii_is_letter(s[at]) && ascii_is_letter(s[at + 1]) &&
						  ascii_is_letter(s[at + 2])) || ascii_is_letter(s[at + 3]))
		return 0;
	at = utf8t_skip_space(s, len, at + 3);
	return at < len && s[at] == '=';
}

TickerLineKind
ticker_parse_line(const char *line, size_t len, FxQuote *quote, FxQuoteError *err)
{
	size_t		body = utf8t_skip_space(line, len, 0);
	FxQuote		q;
	FxQuoteError e;

	/* Bullets, possibly nested ('• - KGS/USD ...'), each with its spaces. */
	for (size_t b; (b = bullet_length(line + body, len - body)) > 0;)
		body = utf8t_skip_space(line, len, body + b);
	if (!may_be_pair(line + body, len - body) &&
		!starts_like_unit_quote(line + body, len - body, 0))
		return TICKER_NOT;

	if (fxq_parse(line + body, len - body, &q, &e) == FXQ_OK)
	{
		if (quote)
			*quote = q;
		return TICKER_QUOTE;
	}
	if (!starts_with_upper_pair(line + body, len - body) &&
		!starts_like_unit_quote(line + body, len - body, 1))
		return TICKER_NOT;
	if (err)
	{
		*err = e;
		err->off += body;
	}
	return TICKER_REJECT;
}

TickerLineKind
ticker_classify_line(const char *line, size_t len)
{
	return ticker_parse_line(line, len, NULL, NULL);
}

void
ticker_lines_init(TickerLines *it, const char *page, size_t len)
{
	it->page = page;
	it->len = len;
	it->pos = 0;
	it->line_no = 0;
}

int
ticker_lines_next(TickerLines *it, const char **line, size_t *len)
{
	const char *start;
	const char *nl;
	size_t		n;

	if (it->pos >= it->len)
		return 0;
	start = it->page + it->pos;
	nl = memchr(start, '\n', it->len - it->pos);
	n = nl ? (size_t) (nl - start) : it->len - it->pos;
	it->pos += n + (nl ? 1 : 0);
	if (n > 0 && start[n - 1] == '\r')
		n--;
	it->line_no++;
	*line = start;
	*len = n;
	return 1;
}
