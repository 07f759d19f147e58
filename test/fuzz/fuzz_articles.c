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
on_end(void *ctx)
{
	ArticleCheck *c = ctx;

	FUZZ_ASSERT(c->open);
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

	articles_scan_init(&scan, page, size);
	while (articles_scan_next(&scan, &b))
	{
		FUZZ_ASSERT(b.line_no > last_line);
		last_line = b.line_no;
		FUZZ_ASSERT(b.text >= page && b.text + b.len <= page + size);
		FUZZ_ASSERT(articles_block_kind_name(b.kind) != NULL);
	}
	articles_split(page, size, &sink);
	FUZZ_ASSERT(!check.open);
	return 0;
}
