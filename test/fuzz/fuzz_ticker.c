/*
 * fuzz_ticker.c - a whole page through the ticker line iterator and parser.
 * Every line the classifier calls a quote parses to a valid quote that
 * round-trips; lines cover the page without overlap.
 */
#include "fuzz.h"
#include "ticker.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	TickerLines it;
	const char *line;
	size_t		len;
	const char *prev_end = (const char *) data;

	ticker_lines_init(&it, (const char *) data, size);
	while (ticker_lines_next(&it, &line, &len))
	{
		FxQuote		q;
		FxQuoteError err;
		TickerLineKind kind;

		FUZZ_ASSERT(line >= prev_end && line + len <= (const char *) data + size);
		prev_end = line + len;
		kind = ticker_parse_line(line, len, &q, &err);
		FUZZ_ASSERT(kind == ticker_classify_line(line, len));
		if (kind == TICKER_QUOTE)
		{
			char		text[FXQUOTE_FORMAT_MAX];
			int			tlen = fxquote_format(&q, text);
			FxQuote		back;

			FUZZ_ASSERT(fxquote_is_valid(&q));
			FUZZ_ASSERT(fxquote_parse(text, (size_t) tlen, &back, &err) == FXQ_OK);
			FUZZ_ASSERT(fxquote_eq(&q, &back));
		}
	}
	return 0;
}
