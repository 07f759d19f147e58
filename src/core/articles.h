/*
 * articles.h - splitting a scraped news page into blocks and articles
 * (plain C99, no PostgreSQL headers).
 *
 * A page is UTF-8 text, one block per line: the currency ticker, date lines
 * ("09 December 2025", "December 9, 2025", "2025-12-09"), headlines,
 * sub-headings, paragraphs and list items ("  • Kazakhstan – close to
 * 70,000").  Blank lines (white space only, NBSP included) separate blocks
 * and are not blocks themselves.
 *
 * The scanner streams over the text: it keeps the current line, one line of
 * look-ahead and a fixed-size summary of the current article's words, so its
 * memory does not depend on the size of the page.
 *
 * Each concern has its own module: ticker lines are ticker.h's, date lines
 * dates.h's, list items list_items.h's, and whether a heading is a headline
 * or a sub-heading is the headline rule of headings.h.  This module reads
 * the lines, classifies them with those, and assembles the articles.
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
	ARTICLE_LIST_ITEM
} ArticleBlockKind;

/* "ticker", "date", "headline", "subheading", "paragraph", "list_item" */
const char *articles_block_kind_name(ArticleBlockKind kind);

typedef struct ArticleBlock
{
	int64_t		line_no;		/* 1-based line number in the page */
	ArticleBlockKind kind;
	const char *text;			/* the line without surrounding white space */
	size_t		len;
	CalendarDate date;			/* kind == ARTICLE_DATE only */
} ArticleBlock;

typedef struct ArticleScanner
{
	const char *s;
	size_t		len;
	size_t		pos;			/* start of the next unread line */
	int64_t		line_no;		/* number of the last line read */
	int			after_break;	/* last line was blank, ticker, date, or none */
	int			article_open;	/* a headline was seen in this date section */
	ArticleWords words;			/* the open article's words (headline rule) */
} ArticleScanner;

void		articles_scan_init(ArticleScanner *scan, const char *s, size_t len);

/* Next block, or 0 at the end of the page. */
int			articles_scan_next(ArticleScanner *scan, ArticleBlock *out);

/*
 * Articles: each headline starts one; it runs until the next headline,
 * date line or the end of the page.  Its body is its sub-headings,
 * paragraphs and list items, each trimmed, separated by "\n" where they
 * were on consecutive lines and by "\n\n" where blank lines (or skipped
 * ticker lines) came between.  Text before the first headline belongs to
 * no article.  The sink's begin() gets the article's head: its ordinal,
 * date, title and line; append() its body, piece by piece; end() closes it.
 */
typedef struct ArticleHead
{
	int64_t		ord;			/* 1, 2, ... in page order */
	int			has_date;		/* a date line came before the headline */
	CalendarDate published;
	const char *title;
	size_t		title_len;
	int64_t		line_no;		/* the headline's line */
} ArticleHead;

typedef struct ArticleSink
{
	void	   *ctx;
	void		(*begin) (void *ctx, const ArticleHead *article);
	void		(*append) (void *ctx, const char *text, size_t len);	/* body text */
	void		(*end) (void *ctx);
} ArticleSink;

/* Split the page s[0..len) into articles, handing each to the sink. */
void		articles_split(const char *s, size_t len, const ArticleSink *sink);

#endif
