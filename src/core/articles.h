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
 * Headline or sub-heading?  A "heading" is a line that stands alone between
 * blank lines, has at most PAGE_HEADING_MAX_WORDS words, starts with a
 * capital letter or a digit and does not end like a sentence (. , ; : ! …).
 * A heading is a HEADLINE (it starts an article) unless an article is
 * already open in the current date section and the heading reads like a
 * section label:
 *   - it is not a question (no final "?") and has no colon ("Opinion: ..."),
 *     the two forms news headlines use and section labels avoid; and
 *   - it has at most three words ("Shifting Migration Trends"), or
 *   - it begins with The/A/An or a question word (What, Where, Why, How,
 *     When, Who, Which) or joins phrases with "and"/"&" -- forms the
 *     telegraphic style of headlines avoids -- AND it repeats a word of the
 *     article so far (same first six letters, four letters or more, not a
 *     function word): a section continues its article's topic.
 * Everything else is a headline.  README ("How a page is split") has the
 * rule with examples.
 */
#ifndef EXR_ARTICLES_H
#define EXR_ARTICLES_H

#include <stddef.h>
#include <stdint.h>

#define PAGE_HEADING_MAX_WORDS 20
#define PAGE_HEADING_MAX_BYTES 300
#define PAGE_BLOOM_BITS 32768
#define PAGE_BLOOM_TOUCHED 64

typedef enum PageBlockKind
{
	PAGE_TICKER = 0,
	PAGE_DATE,
	PAGE_HEADLINE,
	PAGE_SUBHEADING,
	PAGE_PARAGRAPH,
	PAGE_LIST_ITEM
} PageBlockKind;

/* "ticker", "date", "headline", "subheading", "paragraph", "list_item" */
const char *page_block_kind_name(PageBlockKind kind);

typedef struct PageDate
{
	int			year;			/* 1000 .. 9999 */
	int			month;			/* 1 .. 12 */
	int			day;			/* 1 .. days in that month */
} PageDate;

/*
 * Is s[0..len) (already trimmed) exactly a date?  "09 December 2025",
 * "9 Dec. 2025", "December 9, 2025", "Dec 9th 2025", "2025-12-09", each
 * optionally after a weekday ("Tuesday, 09 December 2025").  Month names
 * are English, any case.  Returns 1 and fills *out for a valid calendar
 * date, -1 for a line shaped like a date that is not in the calendar
 * ("30 February 2025", "2025-13-01"), 0 otherwise.
 */
int			page_parse_date(const char *s, size_t len, PageDate *out);

typedef struct PageBlock
{
	int64_t		line_no;		/* 1-based line number in the page */
	PageBlockKind kind;
	const char *text;			/* the line without surrounding white space */
	size_t		len;
	PageDate	date;			/* kind == PAGE_DATE only */
} PageBlock;

typedef struct PageScanner
{
	const char *s;
	size_t		len;
	size_t		pos;			/* start of the next unread line */
	int64_t		line_no;		/* number of the last line read */
	int			after_break;	/* last line was blank, ticker, date, or none */
	int			article_open;	/* a headline was seen in this date section */
	uint64_t	article_words[PAGE_BLOOM_BITS / 64];	/* hashed word stems */
	uint16_t	touched[PAGE_BLOOM_TOUCHED];	/* which words of it are non-zero ... */
	int			n_touched;		/* ... while there are few (> max: clear it all) */
} PageScanner;

void		page_scan_init(PageScanner *scan, const char *s, size_t len);

/* Next block, or 0 at the end of the page. */
int			page_scan_next(PageScanner *scan, PageBlock *out);

/*
 * Articles: each headline starts one; it runs until the next headline,
 * date line or the end of the page.  Its body is its sub-headings,
 * paragraphs and list items, each trimmed, separated by "\n" where they
 * were on consecutive lines and by "\n\n" where blank lines (or skipped
 * ticker lines) came between.  Text before the first headline belongs to
 * no article.
 */
typedef struct PageArticle
{
	int64_t		ord;			/* 1, 2, ... in page order */
	int			has_date;		/* a date line came before the headline */
	PageDate	published;
	const char *title;
	size_t		title_len;
	int64_t		line_no;		/* the headline's line */
} PageArticle;

typedef struct PageArticleSink
{
	void	   *ctx;
	void		(*begin) (void *ctx, const PageArticle *article);
	void		(*append) (void *ctx, const char *text, size_t len);	/* body text */
	void		(*end) (void *ctx);
} PageArticleSink;

void		page_articles(const char *s, size_t len, const PageArticleSink *sink);

#endif
