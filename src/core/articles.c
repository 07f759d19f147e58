/*
 * articles.c - blocks, dates and articles of a scraped page; see articles.h for
 * the model and the headline rule.
 */
#include "articles.h"

#include <string.h>

#include "ticker.h"
#include "utf8_text.h"

static const char *const block_kind_names[] = {
	"ticker", "date", "headline", "subheading", "paragraph", "list_item"
};

const char *
page_block_kind_name(PageBlockKind kind)
{
	if ((unsigned) kind >= sizeof(block_kind_names) / sizeof(block_kind_names[0]))
		return "unknown";
	return block_kind_names[kind];
}

/* ---------------------------------------------------------------------
 * small helpers
 * ------------------------------------------------------------------- */

static int
ascii_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* Does s[0..len) equal the lower-case ASCII word w, ignoring ASCII case? */
static int
word_is(const char *s, size_t len, const char *w)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (w[i] == '\0' || ascii_lower((unsigned char) s[i]) != w[i])
			return 0;
	}
	return w[i] == '\0';
}

static int
word_in(const char *s, size_t len, const char *const *list)
{
	for (; *list != NULL; list++)
		if (word_is(s, len, *list))
			return 1;
	return 0;
}

/* Shrink [*from, *to) past white space (NBSP and the other Unicode spaces too). */
static void
trim_span(const char *s, size_t *from, size_t *to)
{
	uint32_t	cp;

	while (*from < *to)
	{
		size_t		n = utf8t_decode(s, *to, *from, &cp);

		if (!utf8t_is_space(cp))
			break;
		*from += n;
	}
	while (*to > *from)
	{
		size_t		start = utf8t_prev(s, *to, &cp);

		if (start < *from || !utf8t_is_space(cp))
			break;
		*to = start;
	}
}

/* ---------------------------------------------------------------------
 * dates
 * ------------------------------------------------------------------- */

typedef struct DateCursor
{
	const char *s;
	size_t		len;
	size_t		pos;
} DateCursor;

static const char *const month_names[12][3] = {
	{"january", "jan", NULL}, {"february", "feb", NULL}, {"march", "mar", NULL},
	{"april", "apr", NULL}, {"may", NULL, NULL}, {"june", "jun", NULL},
	{"july", "jul", NULL}, {"august", "aug", NULL}, {"september", "sep", "sept"},
	{"october", "oct", NULL}, {"november", "nov", NULL}, {"december", "dec", NULL}
};

static const char *const weekday_names[] = {
	"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday",
	"thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
	NULL
};

static const char *const ordinal_suffixes[] = {"st", "nd", "rd", "th", NULL};

/* Skip white space and at most one comma; return whether anything was skipped. */
static int
date_separator(DateCursor *c)
{
	size_t		before = c->pos;
	int			commas = 0;

	while (c->pos < c->len)
	{
		uint32_t	cp;
		size_t		n = utf8t_decode(c->s, c->len, c->pos, &cp);

		if (cp == ',' && commas == 0)
			commas++;
		else if (!utf8t_is_space(cp))
			break;
		c->pos += n;
	}
	return c->pos > before;
}

/* A run of min..max ASCII digits; *value receives it. */
static int
date_number(DateCursor *c, int min, int max, int *value)
{
	int			n = 0;
	int			v = 0;

	while (c->pos < c->len && c->s[c->pos] >= '0' && c->s[c->pos] <= '9')
	{
		if (++n > max)
			return 0;
		v = v * 10 + (c->s[c->pos] - '0');
		c->pos++;
	}
	*value = v;
	return n >= min;
}

/* A run of ASCII letters: its start and length (0 if none). */
static size_t
date_letters(DateCursor *c, size_t *start)
{
	*start = c->pos;
	while (c->pos < c->len &&
		   ((c->s[c->pos] >= 'a' && c->s[c->pos] <= 'z') ||
			(c->s[c->pos] >= 'A' && c->s[c->pos] <= 'Z')))
		c->pos++;
	return c->pos - *start;
}

/* An English month name or abbreviation (an abbreviation may end in "."). */
static int
date_month(DateCursor *c, int *month)
{
	size_t		start;
	size_t		n = date_letters(c, &start);

	for (int m = 0; m < 12 && n > 0; m++)
	{
		for (int k = 0; k < 3 && month_names[m][k] != NULL; k++)
		{
			if (word_is(c->s + start, n, month_names[m][k]))
			{
				if (k > 0 && c->pos < c->len && c->s[c->pos] == '.')
					c->pos++;
				*month = m + 1;
				return 1;
			}
		}
	}
	return 0;
}

/* A day of the month, with an optional ordinal suffix (9th, 1st). */
static int
date_day(DateCursor *c, int *day)
{
	size_t		start;
	size_t		n;

	if (!date_number(c, 1, 2, day))
		return 0;
	n = date_letters(c, &start);
	return n == 0 || word_in(c->s + start, n, ordinal_suffixes);
}

static int
days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

/* 1: a date; -1: shaped like one but not in the calendar; 0: not a date. */
static int
date_finish(DateCursor *c, int year, int month, int day, PageDate *out)
{
	if (c->pos != c->len)
		return 0;
	if (year < 1000 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
		return -1;
	out->year = year;
	out->month = month;
	out->day = day;
	return 1;
}

/* "Tuesday, " before a date: skipped if present. */
static void
date_weekday(DateCursor *c)
{
	size_t		save = c->pos;
	size_t		start;
	size_t		n = date_letters(c, &start);

	if (n > 0 && word_in(c->s + start, n, weekday_names) && date_separator(c))
		return;
	c->pos = save;
}

/* Longer than any date line ("Wednesday, 30 September 2025" with spaces to spare). */
#define DATE_MAX_BYTES 64

int
page_parse_date(const char *s, size_t len, PageDate *out)
{
	DateCursor	c = {s, len, 0};
	int			year,
				month,
				day;

	if (len > DATE_MAX_BYTES)
		return 0;

	date_weekday(&c);
	if (c.pos < len && s[c.pos] >= '0' && s[c.pos] <= '9')
	{
		size_t		save = c.pos;

		/* 2025-12-09 */
		if (date_number(&c, 4, 4, &year) && c.pos < len && s[c.pos] == '-')
		{
			c.pos++;
			if (!date_number(&c, 1, 2, &month) || c.pos >= len || s[c.pos] != '-')
				return 0;
			c.pos++;
			if (!date_number(&c, 1, 2, &day))
				return 0;
			return date_finish(&c, year, month, day, out);
		}
		/* 09 December 2025 */
		c.pos = save;
		if (!(date_day(&c, &day) && date_separator(&c) && date_month(&c, &month) &&
			  date_separator(&c) && date_number(&c, 4, 4, &year)))
			return 0;
		return date_finish(&c, year, month, day, out);
	}
	/* December 9, 2025 */
	if (!(date_month(&c, &month) && date_separator(&c) && date_day(&c, &day) &&
		  date_separator(&c) && date_number(&c, 4, 4, &year)))
		return 0;
	return date_finish(&c, year, month, day, out);
}

/* ---------------------------------------------------------------------
 * list items
 * ------------------------------------------------------------------- */

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

/* "• text", "- text", "1. text", "2) text" (text already trimmed). */
static int
is_list_item(const char *s, size_t len)
{
	uint32_t	cp;
	size_t		pos = 0;

	if (len == 0)
		return 0;
	if (s[0] >= '0' && s[0] <= '9')
	{
		while (pos < len && pos < 3 && s[pos] >= '0' && s[pos] <= '9')
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

/* ---------------------------------------------------------------------
 * words of the current article: a fixed-size hashed set of word stems
 * ------------------------------------------------------------------- */

#define STEM_CHARS 6
#define STEM_MIN_CHARS 4

/* Function words that say nothing about a topic (lower case, 4+ letters). */
static const char *const function_words[] = {
	"about", "after", "against", "also", "among", "because", "been", "before",
	"being", "between", "both", "could", "does", "during", "each", "even",
	"from", "have", "here", "into", "just", "like", "made", "make", "many",
	"more", "most", "much", "only", "over", "said", "says", "should", "some",
	"such", "than", "that", "their", "them", "then", "there", "these", "they",
	"this", "those", "through", "under", "very", "were", "what", "when",
	"where", "which", "while", "whose", "will", "with", "within", "without",
	"would", "your",
	NULL
};

/* One word of a text, and the hash of its stem. */
typedef struct WordStem
{
	size_t		start;
	size_t		end;
	uint64_t	hash;			/* 0: too short or all digits to say anything about a topic */
} WordStem;

/*
 * The next word (maximal run of letters and digits) of s[0..len) from *pos,
 * with the hash of its stem: its first STEM_CHARS characters, ASCII folded
 * to lower case.  Apostrophes split words, so "Kyrgyzstan’s" gives
 * "Kyrgyzstan" and "s".  Returns 0 when no word is left.
 */
static int
next_word(const char *s, size_t len, size_t *pos, WordStem *w)
{
	size_t		i = *pos;
	uint32_t	cp;
	size_t		n;
	uint64_t	stem = 0;		/* the stem's bytes, packed (the first 8 of them) */
	size_t		stem_bytes = 0;
	size_t		chars = 0;
	int			letters = 0;

	while (i < len && (n = utf8t_decode(s, len, i, &cp), !utf8t_is_word(cp)))
		i += n;
	if (i >= len)
	{
		*pos = len;
		return 0;
	}
	w->start = i;
	while (i < len && (n = utf8t_decode(s, len, i, &cp), utf8t_is_word(cp)))
	{
		if (chars < STEM_CHARS)
		{
			for (size_t k = 0; k < n && stem_bytes < 8; k++, stem_bytes++)
				stem = stem << 8 | (unsigned char) ascii_lower((unsigned char) s[i + k]);
		}
		letters |= !(cp >= '0' && cp <= '9');
		chars++;
		i += n;
	}
	w->end = i;
	/* A multiplicative mix of the packed stem: the bloom takes 2 x 15 bits of it. */
	stem = (stem ^ (stem >> 29)) * UINT64_C(0xBF58476D1CE4E5B9);
	stem ^= stem >> 32;
	w->hash = (chars >= STEM_MIN_CHARS && letters) ? (stem | 1) : 0;
	*pos = i;
	return 1;
}

static void
bloom_positions(uint64_t h, uint32_t *a, uint32_t *b)
{
	*a = (uint32_t) (h % PAGE_BLOOM_BITS);
	*b = (uint32_t) ((h >> 32) % PAGE_BLOOM_BITS);
}

/*
 * Set one bit, remembering which 64-bit words were touched while they are
 * few, so that starting the next article clears only those (a page of
 * nothing but one-line articles stays linear).
 */
static void
bloom_set(PageScanner *scan, uint32_t bit)
{
	uint64_t   *word = &scan->article_words[bit / 64];

	if (*word == 0 && scan->n_touched <= PAGE_BLOOM_TOUCHED)
	{
		if (scan->n_touched < PAGE_BLOOM_TOUCHED)
			scan->touched[scan->n_touched] = (uint16_t) (bit / 64);
		scan->n_touched++;
	}
	*word |= UINT64_C(1) << (bit % 64);
}

static void
bloom_add(PageScanner *scan, uint64_t h)
{
	uint32_t	a,
				b;

	bloom_positions(h, &a, &b);
	bloom_set(scan, a);
	bloom_set(scan, b);
}

static void
bloom_clear(PageScanner *scan)
{
	if (scan->n_touched > PAGE_BLOOM_TOUCHED)
		memset(scan->article_words, 0, sizeof(scan->article_words));
	else
		for (int i = 0; i < scan->n_touched; i++)
			scan->article_words[scan->touched[i]] = 0;
	scan->n_touched = 0;
}

static int
bloom_has(const PageScanner *scan, uint64_t h)
{
	uint32_t	a,
				b;

	bloom_positions(h, &a, &b);
	return (scan->article_words[a / 64] >> (a % 64) & 1) &&
		(scan->article_words[b / 64] >> (b % 64) & 1);
}

static void
article_remember(PageScanner *scan, const char *s, size_t len)
{
	size_t		pos = 0;
	WordStem	w;

	if (!scan->article_open)
		return;
	while (next_word(s, len, &pos, &w))
		if (w.hash != 0)
			bloom_add(scan, w.hash);
}

/* Does a topic word of s[0..len) occur in the article so far? */
static int
article_shares_word(const PageScanner *scan, const char *s, size_t len)
{
	size_t		pos = 0;
	WordStem	w;

	while (next_word(s, len, &pos, &w))
	{
		if (w.hash != 0 && !word_in(s + w.start, w.end - w.start, function_words) &&
			bloom_has(scan, w.hash))
			return 1;
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * headings
 * ------------------------------------------------------------------- */

typedef struct HeadingShape
{
	int			words;			/* white-space separated tokens with a letter or digit */
	int			question;		/* ends with "?" */
	int			colon;			/* a colon followed by white space ("Opinion: ...") */
	int			label_start;	/* begins with The/A/An or a question word */
	int			conjunction;	/* contains the word "and" or "&" */
} HeadingShape;

static const char *const label_first_words[] = {
	"the", "a", "an", "what", "where", "why", "how", "when", "who", "which", NULL
};

static int
is_opening_mark(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
		cp == 0x201C || cp == 0x2018 || cp == 0x00AB;
}

static int
is_closing_mark(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
		cp == 0x201D || cp == 0x2019 || cp == 0x00BB;
}

/* Sentence-ending or clause punctuation that a heading never ends with. */
static int
is_sentence_end(uint32_t cp)
{
	return cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' ||
		cp == 0x2026 || cp == 0xFF0C || cp == 0xFF1A || cp == 0x3002;
}

/* Word counts, first word and the "and" test, in one pass over the tokens. */
static void
heading_tokens(const char *s, size_t len, HeadingShape *shape)
{
	size_t		pos = 0;

	while (pos < len)
	{
		uint32_t	cp;
		size_t		start,
					wstart = 0,
					wend = 0;
		int			has_word = 0;

		while (pos < len && (utf8t_decode(s, len, pos, &cp), utf8t_is_space(cp)))
			pos += utf8t_decode(s, len, pos, &cp);
		start = pos;
		while (pos < len)
		{
			size_t		n = utf8t_decode(s, len, pos, &cp);

			if (utf8t_is_space(cp))
				break;
			if (cp == ':' && pos + n < len)
				shape->colon = 1;	/* a colon followed by more text */
			if (utf8t_is_word(cp))
			{
				if (!has_word)
					wstart = pos;
				has_word = 1;
				wend = pos + n;
			}
			pos += n;
		}
		if (pos == start)
			break;
		if (pos - start == 1 && s[start] == '&')
			shape->conjunction = 1;
		if (!has_word)
			continue;
		if (word_is(s + wstart, wend - wstart, "and"))
			shape->conjunction = 1;
		if (shape->words == 0 && word_in(s + wstart, wend - wstart, label_first_words))
			shape->label_start = 1;
		shape->words++;
	}
}

/*
 * Could s[0..len) (trimmed, non-empty) be a heading?  Short, starting with
 * a capital letter or a digit, not ending like a sentence.
 */
static int
heading_shape(const char *s, size_t len, HeadingShape *shape)
{
	uint32_t	cp = 0;
	size_t		pos = 0;
	size_t		end = len;

	memset(shape, 0, sizeof(*shape));
	if (len > PAGE_HEADING_MAX_BYTES)
		return 0;

	/* First character after opening quotes: a capital or a digit. */
	while (pos < len)
	{
		pos += utf8t_decode(s, len, pos, &cp);
		if (!is_opening_mark(cp))
			break;
	}
	if (!utf8t_is_upper(cp) && !(cp >= '0' && cp <= '9'))
		return 0;

	/* Last character before closing quotes: not a sentence end. */
	while (end > 0)
	{
		end = utf8t_prev(s, end, &cp);
		if (!is_closing_mark(cp))
			break;
	}
	if (is_sentence_end(cp))
		return 0;
	shape->question = (cp == '?' || cp == 0xFF1F);

	heading_tokens(s, len, shape);
	return shape->words >= 1 && shape->words <= PAGE_HEADING_MAX_WORDS;
}

/* The headline rule of articles.h: is this heading a sub-heading? */
static int
is_subheading(const PageScanner *scan, const char *s, size_t len, const HeadingShape *shape)
{
	if (!scan->article_open)
		return 0;				/* the first heading of a date section opens an article */
	if (shape->question || shape->colon)
		return 0;				/* headline forms */
	if (shape->words <= 3)
		return 1;				/* a short label */
	if (shape->label_start || shape->conjunction)
		return article_shares_word(scan, s, len);
	return 0;
}

/* ---------------------------------------------------------------------
 * the scanner
 * ------------------------------------------------------------------- */

typedef struct PageLine
{
	size_t		start;			/* the raw line, without "\n" or a final "\r" */
	size_t		end;
	size_t		text;			/* the trimmed text */
	size_t		text_end;
	size_t		next;			/* start of the following line */
} PageLine;

static void
read_line(const char *s, size_t len, size_t pos, PageLine *line)
{
	const char *nl = memchr(s + pos, '\n', len - pos);

	line->start = pos;
	line->end = nl != NULL ? (size_t) (nl - s) : len;
	line->next = nl != NULL ? line->end + 1 : len;
	if (line->end > line->start && s[line->end - 1] == '\r')
		line->end--;
	line->text = line->start;
	line->text_end = line->end;
	trim_span(s, &line->text, &line->text_end);
}

/* Does the line after the current one end a heading: blank, a list, or none? */
static int
next_line_breaks(const PageScanner *scan)
{
	PageLine	next;

	if (scan->pos >= scan->len)
		return 1;
	read_line(scan->s, scan->len, scan->pos, &next);
	return next.text == next.text_end ||
		is_list_item(scan->s + next.text, next.text_end - next.text);
}

static void
article_start(PageScanner *scan)
{
	bloom_clear(scan);
	scan->article_open = 1;
}

void
page_scan_init(PageScanner *scan, const char *s, size_t len)
{
	memset(scan, 0, sizeof(*scan));
	scan->s = s;
	scan->len = s != NULL ? len : 0;
	scan->after_break = 1;
}

/* A line that is neither blank, ticker, date nor list item. */
static PageBlockKind
classify_text(PageScanner *scan, const char *text, size_t len)
{
	HeadingShape shape;

	if (scan->after_break && next_line_breaks(scan) && heading_shape(text, len, &shape))
	{
		if (!is_subheading(scan, text, len, &shape))
		{
			article_start(scan);
			article_remember(scan, text, len);
			return PAGE_HEADLINE;
		}
		article_remember(scan, text, len);
		return PAGE_SUBHEADING;
	}
	article_remember(scan, text, len);
	return PAGE_PARAGRAPH;
}

int
page_scan_next(PageScanner *scan, PageBlock *out)
{
	while (scan->pos < scan->len)
	{
		PageLine	line;
		const char *text;
		size_t		len;
		int			date;

		read_line(scan->s, scan->len, scan->pos, &line);
		scan->pos = line.next;
		scan->line_no++;
		if (line.text == line.text_end)
		{
			scan->after_break = 1;
			continue;
		}
		text = scan->s + line.text;
		len = line.text_end - line.text;
		memset(out, 0, sizeof(*out));
		out->line_no = scan->line_no;
		out->text = text;
		out->len = len;

		if (ticker_classify_line(scan->s + line.start, line.end - line.start) != TICKER_NOT)
		{
			out->kind = PAGE_TICKER;
			scan->after_break = 1;
		}
		else if ((date = page_parse_date(text, len, &out->date)) != 0)
		{
			if (date > 0)
			{
				out->kind = PAGE_DATE;
				scan->article_open = 0;
				scan->after_break = 1;
			}
			else
			{
				/* "30 February 2025": no date, and no heading either */
				out->kind = PAGE_PARAGRAPH;
				article_remember(scan, text, len);
				scan->after_break = 0;
			}
		}
		else if (is_list_item(text, len))
		{
			out->kind = PAGE_LIST_ITEM;
			article_remember(scan, text, len);
			scan->after_break = 0;
		}
		else
		{
			out->kind = classify_text(scan, text, len);
			scan->after_break = 0;
		}
		return 1;
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * articles
 * ------------------------------------------------------------------- */

void
page_articles(const char *s, size_t len, const PageArticleSink *sink)
{
	PageScanner scan;
	PageBlock	block;
	PageArticle article;
	int			open = 0;
	int			has_date = 0;
	PageDate	date = {0, 0, 0};
	int64_t		ord = 0;
	int64_t		last_line = 0;	/* line of the last body block; 0 = none yet */

	page_scan_init(&scan, s, len);
	while (page_scan_next(&scan, &block))
	{
		switch (block.kind)
		{
			case PAGE_TICKER:
				break;			/* never part of an article */
			case PAGE_DATE:
				if (open)
					sink->end(sink->ctx);
				open = 0;
				has_date = 1;
				date = block.date;
				break;
			case PAGE_HEADLINE:
				if (open)
					sink->end(sink->ctx);
				memset(&article, 0, sizeof(article));
				article.ord = ++ord;
				article.has_date = has_date;
				article.published = date;
				article.title = block.text;
				article.title_len = block.len;
				article.line_no = block.line_no;
				sink->begin(sink->ctx, &article);
				open = 1;
				last_line = 0;
				break;
			case PAGE_SUBHEADING:
			case PAGE_PARAGRAPH:
			case PAGE_LIST_ITEM:
				if (!open)
					break;		/* text before the first headline */
				if (last_line != 0)
				{
					if (block.line_no == last_line + 1)
						sink->append(sink->ctx, "\n", 1);
					else
						sink->append(sink->ctx, "\n\n", 2);
				}
				sink->append(sink->ctx, block.text, block.len);
				last_line = block.line_no;
				break;
		}
	}
	if (open)
		sink->end(sink->ctx);
}
