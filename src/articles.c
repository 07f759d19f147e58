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

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
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

/*
 * The optional subheadings argument (text[]; NULL elements are skipped) as
 * UTF-8 lines for the core.  A 1.0 definition of the function (one
 * argument) has none.
 */
static ArticleOptions
subheadings_arg(FunctionCallInfo fcinfo, int argno)
{
	ArticleOptions options = {NULL, 0};
	ArticleText *texts;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return options;
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(argno), TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &n);
	texts = palloc0(sizeof(ArticleText) * (n > 0 ? n : 1));
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			continue;
		texts[options.n_subheadings].s =
			exr_text_utf8(DatumGetTextPP(elems[i]), &texts[options.n_subheadings].len,
						  "element of subheadings");
		options.n_subheadings++;
	}
	options.subheadings = texts;
	return options;
}

/* page_blocks(page text, subheadings text[]) -> TABLE(line_no int, kind text, content text) */
Datum
page_blocks(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "argument of page_blocks()");
	ArticleOptions options = subheadings_arg(fcinfo, 1);
	ExrRows		rows;
	ArticleScanner scan;
	ArticleBlock block;
	Datum		kinds[ARTICLE_KIND_COUNT];

	/* the kind names, made once per call rather than once per row */
	for (int k = 0; k < ARTICLE_KIND_COUNT; k++)
		kinds[k] = CStringGetTextDatum(articles_block_kind_name((ArticleBlockKind) k));
	exr_rows_start(&rows, fcinfo);
	articles_scan_init(&scan, page, len, &options);
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
	StringInfoData body;		/* the open article's body so far, in the row context */
} ArticleRows;

/* An article's row is built from its begin to its end: the row context spans it. */
static void
article_begin(void *ctx, const ArticleHead *article)
{
	ArticleRows *a = ctx;

	exr_row_begin(&a->rows);
	initStringInfo(&a->body);
}

static void
article_append(void *ctx, const char *text, size_t len)
{
	ArticleRows *a = ctx;

	appendBinaryStringInfo(&a->body, text, (int) len);
}

/* The row: ord, published, title, body, line_no, and author (1.1; 1.0 has five columns). */
static void
article_end(void *ctx, const ArticleHead *art)
{
	ArticleRows *a = ctx;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	values[0] = Int32GetDatum((int32) art->ord);
	if (art->has_date)
		values[1] = DateADTGetDatum(date2j(art->published.year, art->published.month,
										   art->published.day) - POSTGRES_EPOCH_JDATE);
	else
		nulls[1] = true;
	values[2] = exr_utf8_text(art->title, art->title_len);
	values[3] = exr_utf8_text(a->body.data, (size_t) a->body.len);
	values[4] = Int32GetDatum((int32) art->line_no);
	if (art->author != NULL)
		values[5] = exr_utf8_text(art->author, art->author_len);
	else
		nulls[5] = true;
	exr_row_end(&a->rows, values, nulls);
}

/*
 * parse_articles(page text, subheadings text[])
 *   -> TABLE(ord int, published date, title text, body text, line_no int, author text)
 */
Datum
parse_articles(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "argument of parse_articles()");
	ArticleOptions options = subheadings_arg(fcinfo, 1);
	ArticleRows a;
	ArticleSink sink = {&a, article_begin, article_append, article_end};

	exr_rows_start(&a.rows, fcinfo);
	if (a.rows.tupdesc->natts != 5 && a.rows.tupdesc->natts != 6)
		elog(ERROR, "parse_articles must return 5 or 6 columns");
	articles_split(page, len, &options, &sink);
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
