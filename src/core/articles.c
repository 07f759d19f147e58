/*
 * articles.c - the blocks and articles of a scraped page; see articles.h for
 * the model (the headline rule is headings.c's, dates dates.c's, list items
 * list_items.c's).
 */
#include "articles.h"

#include <string.h>

#include "list_items.h"
#include "ticker.h"
#include "utf8_text.h"

static const char *const block_kind_names[] = {
	"ticker", "date", "headline", "subheading", "paragraph", "list_item"
};

const char *
articles_block_kind_name(ArticleBlockKind kind)
{
	if ((unsigned) kind >= sizeof(block_kind_names) / sizeof(block_kind_names[0]))
		return "unknown";
	return block_kind_names[kind];
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
 * the scanner
 * ------------------------------------------------------------------- */

typedef struct ScanLine
{
	size_t		start;			/* the raw line, without "\n" or a final "\r" */
	size_t		end;
	size_t		text;			/* the trimmed text */
	size_t		text_end;
	size_t		next;			/* start of the following line */
} ScanLine;

static void
read_line(const char *s, size_t len, size_t pos, ScanLine *line)
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
next_line_breaks(const ArticleScanner *scan)
{
	ScanLine	next;

	if (scan->pos >= scan->len)
		return 1;
	read_line(scan->s, scan->len, scan->pos, &next);
	return next.text == next.text_end ||
		list_is_item(scan->s + next.text, next.text_end - next.text);
}

static void
article_start(ArticleScanner *scan)
{
	article_words_clear(&scan->words);
	scan->article_open = 1;
}

/* The words of an open article's lines, for the headline rule. */
static void
article_remember(ArticleScanner *scan, const char *s, size_t len)
{
	if (scan->article_open)
		article_words_add(&scan->words, s, len);
}

void
articles_scan_init(ArticleScanner *scan, const char *s, size_t len)
{
	memset(scan, 0, sizeof(*scan));
	scan->s = s;
	scan->len = s != NULL ? len : 0;
	scan->after_break = 1;
}

/* A line that is neither blank, ticker, date nor list item. */
static ArticleBlockKind
classify_text(ArticleScanner *scan, const char *text, size_t len)
{
	HeadingShape shape;

	if (scan->after_break && next_line_breaks(scan) && heading_shape(text, len, &shape))
	{
		if (!heading_is_subheading(&shape, scan->article_open, &scan->words, text, len))
		{
			article_start(scan);
			article_remember(scan, text, len);
			return ARTICLE_HEADLINE;
		}
		article_remember(scan, text, len);
		return ARTICLE_SUBHEADING;
	}
	article_remember(scan, text, len);
	return ARTICLE_PARAGRAPH;
}

int
articles_scan_next(ArticleScanner *scan, ArticleBlock *out)
{
	while (scan->pos < scan->len)
	{
		ScanLine	line;
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
			out->kind = ARTICLE_TICKER;
			scan->after_break = 1;
		}
		else if ((date = date_parse_line(text, len, &out->date)) != 0)
		{
			if (date > 0)
			{
				out->kind = ARTICLE_DATE;
				scan->article_open = 0;
				scan->after_break = 1;
			}
			else
			{
				/* "30 February 2025": no date, and no heading either */
				out->kind = ARTICLE_PARAGRAPH;
				article_remember(scan, text, len);
				scan->after_break = 0;
			}
		}
		else if (list_is_item(text, len))
		{
			out->kind = ARTICLE_LIST_ITEM;
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
articles_split(const char *s, size_t len, const ArticleSink *sink)
{
	ArticleScanner scan;
	ArticleBlock	block;
	ArticleHead article;
	int			open = 0;
	int			has_date = 0;
	CalendarDate	date = {0, 0, 0};
	int64_t		ord = 0;
	int64_t		last_line = 0;	/* line of the last body block; 0 = none yet */

	articles_scan_init(&scan, s, len);
	while (articles_scan_next(&scan, &block))
	{
		switch (block.kind)
		{
			case ARTICLE_TICKER:
				break;			/* never part of an article */
			case ARTICLE_DATE:
				if (open)
					sink->end(sink->ctx);
				open = 0;
				has_date = 1;
				date = block.date;
				break;
			case ARTICLE_HEADLINE:
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
			case ARTICLE_SUBHEADING:
			case ARTICLE_PARAGRAPH:
			case ARTICLE_LIST_ITEM:
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
