/*
 * articles.c - a scraped page as rows: page_blocks(), parse_articles() and
 * article_stats().  The splitting and counting is core/articles.c and
 * core/textstats.c; this file turns their results into tuples.
 *
 * Rows are built in the per-row memory context of srf.h, so a page of any
 * size needs memory for one row at a time (the tuplestore spills to disk
 * beyond work_mem).
 */
#include "compat.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "srf.h"
#include "textio.h"
#include "core/articles.h"
#include "core/textstats.h"

PG_FUNCTION_INFO_V1(page_blocks);
PG_FUNCTION_INFO_V1(parse_articles);
PG_FUNCTION_INFO_V1(article_stats);

/* page_blocks(page text) -> TABLE(line_no int, kind text, content text) */
Datum
page_blocks(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "argument of page_blocks()");
	ExrRows		rows;
	ArticleScanner scan;
	ArticleBlock	block;
	Datum		kinds[ARTICLE_LIST_ITEM + 1];

	/* the kind names, made once per call rather than once per row */
	for (int k = ARTICLE_TICKER; k <= ARTICLE_LIST_ITEM; k++)
		kinds[k] = CStringGetTextDatum(articles_block_kind_name((ArticleBlockKind) k));
	exr_rows_start(&rows, fcinfo);
	articles_scan_init(&scan, page, len);
	while (articles_scan_next(&scan, &block))
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		exr_row_begin(&rows);
		/* a text holds under 2^30 bytes, so its line numbers fit an int */
		values[0] = Int32GetDatum((int32) block.line_no);
		values[1] = kinds[block.kind];
		values[2] = exr_utf8_text(block.text, block.len);
		exr_row_end(&rows, values, nulls);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}

/* What parse_articles' sink callbacks share. */
typedef struct ArticleRows
{
	ExrRows		rows;
	ArticleHead article;	/* the open article */
	StringInfoData body;		/* its body so far, in the row context */
} ArticleRows;

/* An article's row is built from its begin to its end: the row context spans it. */
static void
article_begin(void *ctx, const ArticleHead *article)
{
	ArticleRows *a = ctx;

	exr_row_begin(&a->rows);
	a->article = *article;
	initStringInfo(&a->body);
}

static void
article_append(void *ctx, const char *text, size_t len)
{
	ArticleRows *a = ctx;

	appendBinaryStringInfo(&a->body, text, (int) len);
}

static void
article_end(void *ctx)
{
	ArticleRows *a = ctx;
	const ArticleHead *art = &a->article;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	values[0] = Int32GetDatum((int32) art->ord);
	if (art->has_date)
		values[1] = DateADTGetDatum(date2j(art->published.year, art->published.month,
										   art->published.day) - POSTGRES_EPOCH_JDATE);
	else
		nulls[1] = true;
	values[2] = exr_utf8_text(art->title, art->title_len);
	values[3] = exr_utf8_text(a->body.data, (size_t) a->body.len);
	values[4] = Int32GetDatum((int32) art->line_no);
	exr_row_end(&a->rows, values, nulls);
}

/*
 * parse_articles(page text)
 *   -> TABLE(ord int, published date, title text, body text, line_no int)
 */
Datum
parse_articles(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "argument of parse_articles()");
	ArticleRows a;
	ArticleSink sink = {&a, article_begin, article_append, article_end};

	exr_rows_start(&a.rows, fcinfo);
	articles_split(page, len, &sink);
	exr_rows_done(&a.rows);
	return (Datum) 0;
}

/*
 * article_stats(body text)
 *   -> (words int, sentences int, paragraphs int, reading_minutes numeric)
 */
Datum
article_stats(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *body = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "argument of article_stats()");
	TupleDesc	tupdesc;
	TextStats	stats;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	text_stats(body, len, &stats);
	/* counts are at most the number of bytes, under 2^30 for a text */
	values[0] = Int32GetDatum((int32) stats.words);
	values[1] = Int32GetDatum((int32) stats.sentences);
	values[2] = Int32GetDatum((int32) stats.paragraphs);
	values[3] = exr_dec_to_numeric(text_reading_minutes(stats.words));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
