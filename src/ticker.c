/*
 * ticker.c - reading the ticker out of scraped pages:
 *   parse_ticker(page, strict)  every quote, in page order, repeats included
 *   ticker_rejects(page)        the lines that look like quotes but are not
 * Together they account for every ticker-like line: nothing is dropped
 * silently.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "fxquote.h"
#include "core/ticker.h"

PG_FUNCTION_INFO_V1(parse_ticker);
PG_FUNCTION_INFO_V1(ticker_rejects);

/* The page argument as UTF-8 bytes. */
static const char *
page_arg(FunctionCallInfo fcinfo, size_t *len)
{
	text	   *page = PG_GETARG_TEXT_PP(0);

	return exr_text_as_utf8(VARDATA_ANY(page), VARSIZE_ANY_EXHDR(page), len, "page");
}

/* UTF-8 bytes (a line, a reason) as text in the database encoding. */
static Datum
utf8_text_datum(const char *s, size_t len)
{
	const char *server = pg_any_to_server(s, (int) len, PG_UTF8);

	return PointerGetDatum(cstring_to_text_with_len(server,
													server == s ? (int) len : (int) strlen(server)));
}

static void
report_bad_line(int32 line_no, const char *line, size_t len, const FxQuoteError *err)
{
	char		why[FXQUOTE_DESCRIBE_MAX];
	const char *server = pg_any_to_server(line, (int) len, PG_UTF8);

	fxq_describe(err, line, len, why);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid ticker quote on line %d: \"%.*s\"", line_no,
					server == line ? (int) len : (int) strlen(server), server),
			 errdetail("%s", exr_sentence(pg_any_to_server(why, (int) strlen(why), PG_UTF8))),
			 errhint("ticker_rejects(page) lists every malformed line; without strict, parse_ticker skips them.")));
}

/* parse_ticker(page text, strict boolean DEFAULT false) -> TABLE(line_no int, quote fxquote) */
Datum
parse_ticker(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = page_arg(fcinfo, &len);
	bool		strict = PG_GETARG_BOOL(1);
	TupleDesc	tupdesc;
	Tuplestorestate *store = exr_srf_start(fcinfo, &tupdesc);
	TickerLines it;
	const char *line;
	size_t		n;

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
				values[0] = Int32GetDatum(it.line_no);
				values[1] = FxQuotePGetDatum(&q);	/* copied into the tuple */
				tuplestore_putvalues(store, tupdesc, values, nulls);
				break;
			case TICKER_REJECT:
				if (strict)
					report_bad_line(it.line_no, line, n, &err);
				break;
			case TICKER_NOT:
				break;
		}
	}
	return (Datum) 0;
}

/* ticker_rejects(page text) -> TABLE(line_no int, line text, reason text) */
Datum
ticker_rejects(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *page = page_arg(fcinfo, &len);
	TupleDesc	tupdesc;
	Tuplestorestate *store = exr_srf_start(fcinfo, &tupdesc);
	TickerLines it;
	const char *line;
	size_t		n;

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
		values[0] = Int32GetDatum(it.line_no);
		values[1] = utf8_text_datum(line, n);
		values[2] = utf8_text_datum(why, strlen(why));
		tuplestore_putvalues(store, tupdesc, values, nulls);
	}
	return (Datum) 0;
}
