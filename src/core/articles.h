/*
 * articles.h - splitting a scraped news page into blocks and articles
 * (plain C99, no PostgreSQL headers).
 *
 * A page is UTF-8 text, one block per line: the currency ticker, date lines
 * ("09 December 2025", "10 декабря 2025 г.", "10.12.2025"), headlines,
 * sub-headings, paragraphs, list items ("  • Kazakhstan – close to
 * 70,000"), and the scrape's noise: bylines ("By …", "Автор: …"), photo
 * captions ("Photo: …", "Фото: …") and boilerplate ("Advertisement",
 * "Read more: …", share and subscribe lines).  Blank lines (white space
 * only, NBSP included) separate blocks and are not blocks themselves.
 *
 * The scanner streams over the text: it keeps the current line, a look at
 * the next lines and a fixed-size summary of the current article's words,
 * so its memory does not depend on the size of the page.
 *
 * Each concern has its own module: ticker lines are ticker.h's, date lines
 * dates.h's, list items list_items.h's, bylines, captions and boilerplate
 * noise.h's, and whether a heading is a headline or a sub-heading is the
 * headline rule of headings.h.  This module reads the lines, classifies
 * them with those, and assembles the articles.
 *
 * A heading stands alone: a blank line, the page start, a ticker, date or
 * noise line before it, and a blank line, a list, a date or noise line or
 * the page end after it.  On a page scraped without blank lines, a heading
 * may also stand between two full sentences: the line before ends one, the
 * line after is one.
 */
#ifndef EXR_ARTICLES_H
#define EXR_ARTICLES_H

#include <stddef.h>
#include <stdint.h>

#include "dates.h"
#include "headings.h"

typedef enum ArticleBlockKind
{
	ARTICLE_TICKER = 0,
	ARTICLE_DATE,
	ARTICLE_HEADLINE,
	ARTICLE_SUBHEADING,
	ARTICLE_PARAGRAPH,
	ARTICLE_LIST_ITEM,
	ARTICLE_BYLINE,
	ARTICLE_CAPTION,
	ARTICLE_BOILERPLATE
} ArticleBlockKind;

#define ARTICLE_KIND_COUNT (ARTICLE_BOILERPLATE + 1)

/*
 * "ticker", "date", "headline", "subheading", "paragraph", "list_item",
 * "byline", "caption", "boilerplate"
 */
const char *articles_block_kind_name(ArticleBlockKind kind);

typedef struct ArticleBlock
{
	int64_t		line_no;		/* 1-based line number in the page */
	ArticleBlockKind kind;
	const char *text;			/* the line without surrounding white space */
	size_t		len;
	CalendarDate date;			/* kind == ARTICLE_DATE only */
	const char *author;			/* kind == ARTICLE_BYLINE: the byline without */
	size_t		author_len;		/* its lead-in ("By ", "Автор: ") */
} ArticleBlock;

/* A line of text given by the caller (not NUL-terminated). */
typedef struct ArticleText
{
	const char *s;
	size_t		len;
} ArticleText;

/*
 * What the caller can tell the splitter about one page: lines that are
 * sub-headings, never headlines (compared with each line's text after
 * trimming both; empty entries match nothing).  The arrays must outlive
 * the scan.
 */
typedef struct ArticleOptions
{
	const ArticleText *subheadings;
	size_t		n_subheadings;
} ArticleOptions;

typedef struct ArticleScanner
{
	const char *s;
	size_t		len;
	size_t		pos;			/* start of the next unread line */
	int64_t		line_no;		/* number of the last line read */
	ArticleOptions options;
	/* the line before the current one */
	int			after_break;	/* blank, ticker, date, noise, or none */
	int			break_before;	/* after_break as the current line found it */
	int			prev_adjacent;	/* ... was a block on the previous line */
	ArticleBlockKind prev_kind;	/* the last block's kind */
	int			prev_ends_sentence; /* the last block ends like a sentence */
	int			prev_ends_colon;	/* the last block ends with ':' */
	int			in_box;			/* after a box label ("Most read"): its links */
	/* the open article, for the headline rule */
	int			article_open;	/* a headline was seen in this date section */
	int			headline_words;
	int			has_byline;
	int			has_subheading;
	int			asks;			/* a question headline or sub-heading */
	int64_t		body_blocks;	/* sub-headings, paragraphs and list items so far */
	ArticleWords words;			/* its words so far */
	/* the last line noise.h classified (looking ahead, then arriving) */
	const char *noise_text;
	size_t		noise_len;
	int			noise_kind;
	size_t		noise_name_at;
	size_t		noise_name_len;
} ArticleScanner;

/* options may be NULL (no sub-headings given). */
void		articles_scan_init(ArticleScanner *scan, const char *s, size_t len,
							   const ArticleOptions *options);

/* Next block, or 0 at the end of the page. */
int			articles_scan_next(ArticleScanner *scan, ArticleBlock *out);

/*
 * Articles: each headline starts one; it runs until the next headline, a
 * date line after its body has begun, or the end of the page.  A date line
 * between the headline and its body (bylines may come between) dates that
 * article; otherwise an article is dated by the last date line before its
 * headline.  Its author is its first byline, wherever it stands in the
 * article.  Its body is its sub-headings, paragraphs and list items, each
 * trimmed, separated by "\n" where they were on consecutive lines and by
 * "\n\n" where anything else came between (blank lines, tickers, bylines,
 * captions, boilerplate).  Text before the first headline belongs to no
 * article.
 *
 * The sink's begin() says an article starts (with its ordinal, title and
 * line; its date as known so far); append() gives its body, piece by piece;
 * end() closes it with its complete head (date and author included).
 */
typedef struct ArticleHead
{
	int64_t		ord;			/* 1, 2, ... in page order */
	int			has_date;		/* the article has a date line */
	CalendarDate published;
	const char *title;
	size_t		title_len;
	int64_t		line_no;		/* the headline's line */
	const char *author;			/* NULL: no byline */
	size_t		author_len;
} ArticleHead;

typedef struct ArticleSink
{
	void	   *ctx;
	void		(*begin) (void *ctx, const ArticleHead *article);
	void		(*append) (void *ctx, const char *text, size_t len);	/* body text */
	void		(*end) (void *ctx, const ArticleHead *article);
} ArticleSink;

/* Split the page s[0..len) into articles, handing each to the sink. */
void		articles_split(const char *s, size_t len, const ArticleOptions *options,
						   const ArticleSink *sink);

#endif
