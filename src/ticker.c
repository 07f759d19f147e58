/*
 * ticker.c - reading the ticker out of scraped pages:
 *   parse_ticker(page, strict)  every quote, in page order, repeats included
 *   ticker_rejects(page)        the lines that look like quotes but are not
 * Together they account for every ticker-like line: nothing is dropped
 * silently.
 */
#include "compat.h"

#include "utils/builtins.h"

#include "fxquote.h"
#include "srf.h"
#include "textio.h"
#include "ticker.h"
#include "core/ticker.h"

PG_FUNCTION_INFO_V1(parse_ticker);
PG_FUNCTION_INFO_V1(ticker_rejects);

void
ticker_report_bad_line(int32 line_no, const char *line, size_t len, const FxQuoteError *err)
{
	char		why[FXQUOTE_DESCRIBE_MAX];

	fxq_describe(err, line, len, why);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid ticker quote on line %d: \"%s\"", line_no, exr_utf8_cstring(line, len)),
			 errdetail("%s", exr_detail(why)),
			 errhint("ticker_rejects(page) lists every malformed line; without strict, parse_ticker skips them.")));
}

/* parse_ticker(page text, strict boolean DEFAULT false) -> TABLE(line_no int, quote fxquote) */
Datum
parse_ticker(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "page");
	bool		strict = PG_GETARG_BOOL(1);
	ExrRows		rows;
	TickerLines it;
	const char *line;
	size_t		n;

	exr_rows_start(&rows, fcinfo);
	ticker_lines_init(&it, page, len);
	while (ticker_lines_next(&it, &line, &n))
	{
		FxQuote		q;
		FxQuoteError err;
		Datum		values[2];
		bool		nulls[2] = {false, false};

		switch (ticker_parse_line(line, n, &q, &err))
		{
			case TICKER_QUOTE:
				exr_row_begin(&rows);
				values[0] = Int32GetDatum(it.line_no);
				values[1] = FxQuotePGetDatum(&q);	/* copied into the tuple */
				exr_row_end(&rows, values, nulls);
				break;
			case TICKER_REJECT:
				if (strict)
					ticker_report_bad_line(it.line_no, line, n, &err);
				break;
			case TICKER_NOT:
				break;
		}
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}

/* ticker_rejects(page text) -> TABLE(line_no int, line text, reason text) */
Datum
ticker_rejects(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "page");
	ExrRows		rows;
	TickerLines it;
	const char *line;
	size_t		n;

	exr_rows_start(&rows, fcinfo);
	ticker_lines_init(&it, page, len);
	while (ticker_lines_next(&it, &line, &n))
	{
		FxQuoteError err;
		char		why[FXQUOTE_DESCRIBE_MAX];
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		if (ticker_parse_line(line, n, NULL, &err) != TICKER_REJECT)
			continue;
		fxq_describe(&err, line, n, why);
		exr_row_begin(&rows);
		values[0] = Int32GetDatum(it.line_no);
		values[1] = exr_utf8_text(line, n);
		values[2] = exr_utf8_text(why, strlen(why));
		exr_row_end(&rows, values, nulls);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}
