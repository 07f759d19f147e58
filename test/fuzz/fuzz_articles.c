/*
 * fuzz_articles.c - page_blocks and parse_articles on any bytes.  Blocks come
 * in line order and point inside the page; articles are numbered 1, 2, ...
 * with titles inside the page, and their bodies are only text of the page.
 */
#include "fuzz.h"
#include "articles.h"

typedef struct ArticleCheck
{
	const char *page;
	size_t		size;
	int64_t		next_ord;
	int			open;
	size_t		body_bytes;
} ArticleCheck;

static void
on_begin(void *ctx, const ArticleHead *a)
{
	ArticleCheck *c = ctx;

	FUZZ_ASSERT(!c->open);
	FUZZ_ASSERT(a->ord == c->next_ord);
	FUZZ_ASSERT(a->title >= c->page && a->title + a->title_len <= c->page + c->size);
	FUZZ_ASSERT(a->line_no >= 1);
	c->next_ord++;
	c->open = 1;
	c->body_bytes = 0;
}

static void
on_append(void *ctx, const char *text, size_t len)
{
	ArticleCheck *c = ctx;

	FUZZ_ASSERT(c->open);
	(void) text;
	c->body_bytes += len;
	/* A body never holds more than the page plus its separators. */
	FUZZ_ASSERT(c->body_bytes <= 2 * c->size + 2);
}

static void
on_end(void *ctx, const ArticleHead *a)
{
	ArticleCheck *c = ctx;

	FUZZ_ASSERT(c->open);
	FUZZ_ASSERT(a->ord == c->next_ord - 1);
	FUZZ_ASSERT(a->title >= c->page && a->title + a->title_len <= c->page + c->size);
	FUZZ_ASSERT(a->author == NULL ||
				(a->author >= c->page && a->author + a->author_len <= c->page + c->size));
	FUZZ_ASSERT(!a->has_date || (a->published.month >= 1 && a->published.month <= 12 &&
								 a->published.day >= 1 && a->published.day <= 31));
	c->open = 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *page = (const char *) data;
	ArticleScanner scan;
	ArticleBlock	b;
	int64_t		last_line = 0;
	ArticleCheck check = {page, size, 1, 0, 0};
	ArticleSink sink = {&check, on_begin, on_append, on_end};

	/* the first line, when short, is also given as a sub-heading */
	ArticleText given = {page, 0};
	ArticleOptions options = {&given, 1};

	while (given.len < size && given.len < 80 && page[given.len] != '\n')
		given.len++;
	articles_scan_init(&scan, page, size, &options);
	while (articles_scan_next(&scan, &b))
	{
		FUZZ_ASSERT(b.line_no > last_line);
		last_line = b.line_no;
		FUZZ_ASSERT(b.text >= page && b.text + b.len <= page + size);
		FUZZ_ASSERT(b.kind >= ARTICLE_TICKER && b.kind < ARTICLE_KIND_COUNT);
		FUZZ_ASSERT(b.kind != ARTICLE_BYLINE ||
					(b.author >= b.text && b.author + b.author_len <= b.text + b.len));
	}
	articles_split(page, size, &options, &sink);
	FUZZ_ASSERT(!check.open);
	return 0;
}
