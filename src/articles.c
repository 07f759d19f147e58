/*
 * articles.c - a scraped page as rows: page_blocks(), parse_articles() and
 * article_stats().  The splitting and counting is core/articles.c and
 * core/textstats.c; this file turns their results into tuples.
 *
 * Rows are built in a small memory context reset after each row, so a page
 * of any size needs memory for one row at a time (the tuplestore spills to
 * disk beyond work_mem).
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "mentions.h"
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
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "page_blocks");
	TupleDesc	tupdesc;
	Tuplestorestate *store = exr_srf_start(fcinfo, &tupdesc);
	MemoryContext rowcxt = AllocSetContextCreate(CurrentMemoryContext, "page_blocks row",
												 ALLOCSET_SMALL_SIZES);
	ArticleScanner scan;
	ArticleBlock	block;
	Datum		kinds[ARTICLE_LIST_ITEM + 1];

	/* the six kind names, made once per call rather than once per row */
	for (int k = ARTICLE_TICKER; k <= ARTICLE_LIST_ITEM; k++)
		kinds[k] = CStringGetTextDatum(articles_block_kind_name((ArticleBlockKind) k));
	articles_scan_init(&scan, page, len);
	while (articles_scan_next(&scan, &block))
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		CHECK_FOR_INTERRUPTS();
		/* a text holds under 2^30 bytes, so its line numbers fit an int */
		values[0] = Int32GetDatum((int32) block.line_no);
		values[1] = kinds[block.kind];
		values[2] = exr_utf8_text_datum(block.text, block.len);
		tuplestore_putvalues(store, tupdesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}

/* What parse_articles' sink callbacks share. */
typedef struct ArticleRows
{
	Tuplestorestate *store;
	TupleDesc	tupdesc;
	MemoryContext rowcxt;
	Article		article;		/* the open article */
	StringInfoData body;		/* its body so far, in rowcxt */
} ArticleRows;

static void
article_begin(void *ctx, const Article *article)
{
	ArticleRows *rows = ctx;
	MemoryContext old = MemoryContextSwitchTo(rows->rowcxt);

	rows->article = *article;
	initStringInfo(&rows->body);
	MemoryContextSwitchTo(old);
}

static void
article_append(void *ctx, const char *text, size_t len)
{
	ArticleRows *rows = ctx;

	/* appendBinaryStringInfo grows the buffer in the context it was made in */
	appendBinaryStringInfo(&rows->body, text, (int) len);
}

static void
article_end(void *ctx)
{
	ArticleRows *rows = ctx;
	const Article *a = &rows->article;
	MemoryContext old = MemoryContextSwitchTo(rows->rowcxt);
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	CHECK_FOR_INTERRUPTS();
	values[0] = Int32GetDatum((int32) a->ord);
	if (a->has_date)
		values[1] = DateADTGetDatum(date2j(a->published.year, a->published.month,
										   a->published.day) - POSTGRES_EPOCH_JDATE);
	else
		nulls[1] = true;
	values[2] = exr_utf8_text_datum(a->title, a->title_len);
	values[3] = exr_utf8_text_datum(rows->body.data, (size_t) rows->body.len);
	values[4] = Int32GetDatum((int32) a->line_no);
	tuplestore_putvalues(rows->store, rows->tupdesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(rows->rowcxt);
}

/*
 * parse_articles(page text)
 *   -> TABLE(ord int, published date, title text, body text, line_no int)
 */
Datum
parse_articles(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "parse_articles");
	ArticleRows rows;
	ArticleSink sink = {&rows, article_begin, article_append, article_end};

	memset(&rows, 0, sizeof(rows));
	rows.store = exr_srf_start(fcinfo, &rows.tupdesc);
	rows.rowcxt = AllocSetContextCreate(CurrentMemoryContext, "parse_articles row",
										ALLOCSET_DEFAULT_SIZES);
	articles_split(page, len, &sink);
	MemoryContextDelete(rows.rowcxt);
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
	const char *body = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "article_stats");
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
	values[3] = exr_dec_numeric_datum(text_reading_minutes(stats.words));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
