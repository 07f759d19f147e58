/*
 * articles.c - the blocks and articles of a scraped page; see articles.h for
 * the model (the headline rule is headings.c's, dates dates.c's, list items
 * list_items.c's, bylines, captions and boilerplate noise.c's).
 */
#include "articles.h"

#include <string.h>

#include "list_items.h"
#include "noise.h"
#include "ticker.h"
#include "utf8_text.h"

static const char *const block_kind_names[] = {
	"ticker", "date", "headline", "subheading", "paragraph", "list_item",
	"byline", "caption", "boilerplate"
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

/* Quotes and brackets that close a sentence ("... a third," said ...) */
static int
is_closing_mark(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB;
}

/* The last character of s[0..len) before closing quotes and brackets. */
static uint32_t
last_mark(const char *s, size_t len)
{
	uint32_t	cp = 0;

	while (len > 0)
	{
		len = utf8t_prev(s, len, &cp);
		if (!is_closing_mark(cp))
			break;
	}
	return cp;
}

/* Does s[0..len) end a sentence (. ! ? …, before closing quotes)? */
static int
ends_sentence(const char *s, size_t len)
{
	uint32_t	cp = last_mark(s, len);

	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

/* Does s[0..len) start like a sentence: a capital or a digit, after opening quotes or a dash? */
static int
starts_sentence(const char *s, size_t len)
{
	size_t		pos = 0;
	uint32_t	cp = 0;

	while (pos < len)
	{
		pos += utf8t_decode(s, len, pos, &cp);
		if (!(cp == '"' || cp == '\'' || cp == '(' || cp == 0x201C || cp == 0x00AB ||
			  cp == 0x2014 || cp == 0x2013 || utf8t_is_space(cp)))
			break;
	}
	return utf8t_is_upper(cp) || (cp >= '0' && cp <= '9');
}

/* Is s[0..len) one of the lines the caller gave as sub-headings? */
static int
is_given_subheading(const ArticleOptions *options, const char *s, size_t len)
{
	for (size_t i = 0; i < options->n_subheadings; i++)
	{
		const ArticleText *t = &options->subheadings[i];
		size_t		from = 0,
					to = t->len;

		if (t->s == NULL)
			continue;
		trim_span(t->s, &from, &to);
		if (to > from && to - from == len && memcmp(t->s + from, s, len) == 0)
			return 1;
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * the scanner
 * ------------------------------------------------------------------- */

/*
 * noise_classify of the line whose text starts at s: the scanner asks
 * about a line when it looks ahead from a heading and again when it gets
 * there, so the last answer is kept (the scanner is const where it looks
 * ahead; the cache is not part of its state as the caller sees it).
 */
static NoiseKind
noise_of(const ArticleScanner *scan, const char *s, size_t len, size_t *name_at, size_t *name_len)
{
	ArticleScanner *cache = (ArticleScanner *) scan;

	if (cache->noise_text != s || cache->noise_len != len)
	{
		cache->noise_kind = noise_classify(s, len, &cache->noise_name_at, &cache->noise_name_len);
		cache->noise_text = s;
		cache->noise_len = len;
	}
	if (name_at)
		*name_at = cache->noise_name_at;
	if (name_len)
		*name_len = cache->noise_name_len;
	return cache->noise_kind;
}

/* On a page without blank lines, a heading between two sentences is at most this long. */
#define DENSE_HEADING_MAX_WORDS 12

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

static int
is_blank(const ScanLine *line)
{
	return line->text == line->text_end;
}

/*
 * Does this line end a heading before it: blank, a list item, a date, a
 * ticker line, a byline, caption or boilerplate?
 */
static int
line_breaks(const ArticleScanner *scan, const ScanLine *line)
{
	const char *text = scan->s + line->text;
	size_t		len = line->text_end - line->text;
	CalendarDate date;

	return is_blank(line) || list_is_item(text, len) ||
		date_parse_line(text, len, &date) > 0 ||
		noise_of(scan, text, len, NULL, NULL) != NOISE_NONE ||
		ticker_classify_line(scan->s + line->start, line->end - line->start) != TICKER_NOT;
}

/* Does the line at pos (or the page end) end a heading? */
static int
breaks_at(const ArticleScanner *scan, size_t pos)
{
	ScanLine	line;

	if (pos >= scan->len)
		return 1;
	read_line(scan->s, scan->len, pos, &line);
	return line_breaks(scan, &line);
}

/* Is the line after the current one a whole sentence (a paragraph)? */
static int
next_is_sentence(const ArticleScanner *scan)
{
	ScanLine	line;
	const char *text;
	size_t		len;

	if (scan->pos >= scan->len)
		return 0;
	read_line(scan->s, scan->len, scan->pos, &line);
	text = scan->s + line.text;
	len = line.text_end - line.text;
	return !is_blank(&line) && starts_sentence(text, len) && ends_sentence(text, len);
}

/* The next line with text after the current one, or 0. */
static int
peek_block(const ArticleScanner *scan, ScanLine *line)
{
	size_t		pos = scan->pos;

	while (pos < scan->len)
	{
		read_line(scan->s, scan->len, pos, line);
		if (!is_blank(line))
			return 1;
		pos = line->next;
	}
	return 0;
}

/* What the headline rule wants to know about the blocks after a heading. */
static void
look_ahead(const ArticleScanner *scan, HeadingContext *ctx)
{
	ScanLine	next;
	const char *text;
	size_t		len;
	CalendarDate date;
	HeadingShape shape;
	NoiseKind	noise;

	if (!peek_block(scan, &next))
		return;
	text = scan->s + next.text;
	len = next.text_end - next.text;
	if (ticker_classify_line(scan->s + next.start, next.end - next.start) != TICKER_NOT)
		return;
	if (date_parse_line(text, len, &date) > 0)
	{
		ctx->next_starts_article = 1;
		return;
	}
	noise = noise_of(scan, text, len, NULL, NULL);
	if (noise == NOISE_BYLINE)
		ctx->next_starts_article = 1;
	if (noise != NOISE_NONE || list_is_item(text, len) ||
		is_given_subheading(&scan->options, text, len))
		return;
	/* another heading, standing alone after a blank line */
	ctx->next_is_heading = next.start > scan->pos && breaks_at(scan, next.next) &&
		heading_shape(text, len, &shape);
}

static void
article_start(ArticleScanner *scan, const HeadingShape *shape)
{
	article_words_clear(&scan->words);
	scan->article_open = 1;
	scan->headline_words = shape->words;
	scan->has_byline = 0;
	scan->has_subheading = 0;
	scan->asks = shape->question;
	scan->body_blocks = 0;
}

/* A sub-heading, paragraph or list item: the open article's words and body. */
static void
article_body(ArticleScanner *scan, const char *s, size_t len)
{
	if (!scan->article_open)
		return;
	article_words_add(&scan->words, s, len);
	scan->body_blocks++;
}

void
articles_scan_init(ArticleScanner *scan, const char *s, size_t len,
				   const ArticleOptions *options)
{
	memset(scan, 0, sizeof(*scan));
	scan->s = s;
	scan->len = s != NULL ? len : 0;
	scan->after_break = 1;
	if (options != NULL)
		scan->options = *options;
}

/* Does this line stand as a heading would: alone, or between two sentences? */
static int
stands_apart(const ArticleScanner *scan, const HeadingShape *shape)
{
	if (scan->break_before && breaks_at(scan, scan->pos))
		return 1;
	return (scan->break_before || (scan->prev_adjacent && scan->prev_ends_sentence)) &&
		shape->words <= DENSE_HEADING_MAX_WORDS && next_is_sentence(scan);
}

/* A line that is none of the other kinds: a headline, a sub-heading or a paragraph. */
static ArticleBlockKind
classify_text(ArticleScanner *scan, const char *text, size_t len)
{
	HeadingShape shape;
	HeadingContext ctx;

	if (!heading_shape(text, len, &shape) || !stands_apart(scan, &shape))
	{
		article_body(scan, text, len);
		return ARTICLE_PARAGRAPH;
	}
	memset(&ctx, 0, sizeof(ctx));
	look_ahead(scan, &ctx);
	ctx.article_open = scan->article_open;
	ctx.article_brief = scan->article_open && scan->headline_words <= HEADING_BRIEF_MAX_WORDS &&
		!scan->has_byline && !scan->has_subheading;
	ctx.article_asks = scan->asks;
	ctx.article_signed = scan->article_open && scan->has_byline;
	ctx.headline_words = scan->headline_words;
	ctx.words = &scan->words;
	if (!heading_is_subheading(&shape, &ctx, text, len))
	{
		article_start(scan, &shape);
		article_words_add(&scan->words, text, len);
		return ARTICLE_HEADLINE;
	}
	if (scan->article_open)
	{
		scan->has_subheading = 1;
		scan->asks |= shape.question;
	}
	article_body(scan, text, len);
	return ARTICLE_SUBHEADING;
}

/* A list item, or a line of dialogue that opens with a dash ("— Почему ...?"). */
static ArticleBlockKind
classify_item(ArticleScanner *scan, const char *text, size_t len)
{
	int			continues_list = scan->prev_adjacent && scan->prev_kind == ARTICLE_LIST_ITEM;

	article_body(scan, text, len);
	if (list_may_be_dialogue(text, len) && !continues_list && !scan->prev_ends_colon)
		return ARTICLE_PARAGRAPH;
	return ARTICLE_LIST_ITEM;
}

/* The kind of a line with text; after_break says what the next line sees. */
static ArticleBlockKind
classify(ArticleScanner *scan, const ScanLine *line, ArticleBlock *out)
{
	const char *text = out->text;
	size_t		len = out->len;
	size_t		name_at = 0,
				name_len = 0;
	int			date;
	NoiseKind	noise;
	int			in_box = scan->in_box;

	scan->in_box = 0;
	scan->break_before = scan->after_break;
	scan->after_break = 0;
	if (ticker_classify_line(scan->s + line->start, line->end - line->start) != TICKER_NOT)
	{
		scan->after_break = 1;
		return ARTICLE_TICKER;
	}
	if (is_given_subheading(&scan->options, text, len))
	{
		if (scan->article_open)
			scan->has_subheading = 1;
		article_body(scan, text, len);
		return ARTICLE_SUBHEADING;
	}
	if ((date = date_parse_line(text, len, &out->date)) > 0)
	{
		/* a date line before the article's body dates it; after, it ends it */
		if (scan->body_blocks > 0)
			scan->article_open = 0;
		scan->after_break = 1;
		return ARTICLE_DATE;
	}
	if (date < 0)
	{
		article_body(scan, text, len);	/* "30 February 2025": no date, no heading */
		return ARTICLE_PARAGRAPH;
	}
	if ((noise = noise_of(scan, text, len, &name_at, &name_len)) != NOISE_NONE)
	{
		scan->after_break = 1;
		scan->in_box = noise == NOISE_BOX_LABEL;
		if (noise == NOISE_BYLINE)
		{
			out->author = text + name_at;
			out->author_len = name_len;
			scan->has_byline |= scan->article_open;
			return ARTICLE_BYLINE;
		}
		return noise == NOISE_CAPTION ? ARTICLE_CAPTION : ARTICLE_BOILERPLATE;
	}
	if (list_is_item(text, len))
	{
		if (in_box)
		{
			scan->in_box = 1;	/* the links of a "Most read" box */
			return ARTICLE_BOILERPLATE;
		}
		return classify_item(scan, text, len);
	}
	return classify_text(scan, text, len);
}

int
articles_scan_next(ArticleScanner *scan, ArticleBlock *out)
{
	while (scan->pos < scan->len)
	{
		ScanLine	line;

		read_line(scan->s, scan->len, scan->pos, &line);
		scan->pos = line.next;
		scan->line_no++;
		if (is_blank(&line))
		{
			scan->after_break = 1;
			scan->prev_adjacent = 0;
			continue;
		}
		memset(out, 0, sizeof(*out));
		out->line_no = scan->line_no;
		out->text = scan->s + line.text;
		out->len = line.text_end - line.text;
		out->kind = classify(scan, &line, out);
		scan->prev_adjacent = 1;
		scan->prev_kind = out->kind;
		scan->prev_ends_sentence = ends_sentence(out->text, out->len);
		scan->prev_ends_colon = last_mark(out->text, out->len) == ':';
		return 1;
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * articles
 * ------------------------------------------------------------------- */

void
articles_split(const char *s, size_t len, const ArticleOptions *options,
			   const ArticleSink *sink)
{
	ArticleScanner scan;
	ArticleBlock block;
	ArticleHead article;
	int			open = 0;
	int			has_date = 0;
	CalendarDate date = {0, 0, 0};
	int64_t		ord = 0;
	int64_t		last_line = 0;	/* line of the last body block; 0 = none yet */

	memset(&article, 0, sizeof(article));
	articles_scan_init(&scan, s, len, options);
	while (articles_scan_next(&scan, &block))
	{
		switch (block.kind)
		{
			case ARTICLE_TICKER:
			case ARTICLE_CAPTION:
			case ARTICLE_BOILERPLATE:
				break;			/* never part of an article */
			case ARTICLE_BYLINE:
				if (open && article.author == NULL)
				{
					article.author = block.author;
					article.author_len = block.author_len;
				}
				break;
			case ARTICLE_DATE:
				has_date = 1;
				date = block.date;
				if (open && last_line == 0)
				{
					article.has_date = 1;	/* under the headline: this article's date */
					article.published = date;
					break;
				}
				if (open)
					sink->end(sink->ctx, &article);
				open = 0;
				break;
			case ARTICLE_HEADLINE:
				if (open)
					sink->end(sink->ctx, &article);
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
		sink->end(sink->ctx, &article);
}
