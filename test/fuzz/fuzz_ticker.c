/*
 * fuzz_ticker.c - a page of any bytes: walking its lines covers it exactly,
 * every quote found is valid and round-trips through its text, every reject
 * points inside its line and can be described.
 */
#include "fuzz.h"
#include "ticker.h"

#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *page = (const char *) data;
	TickerLines it;
	const char *line;
	size_t		len;
	size_t		covered = 0;

	ticker_lines_init(&it, page, size);
	while (ticker_lines_next(&it, &line, &len))
	{
		FxQuote		q;
		FxQuoteError err;
		TickerLineKind k = ticker_parse_line(line, len, &q, &err);

		FUZZ_ASSERT(line >= page && line + len <= page + size);
		FUZZ_ASSERT(k == ticker_classify_line(line, len));
		covered = (size_t) (line - page) + len;
		if (k == TICKER_QUOTE)
		{
			char		text[FXQUOTE_FORMAT_MAX];
			int			n = fxq_format(&q, text);
			FxQuote		back;

			FUZZ_ASSERT(n > 0 && n < FXQUOTE_FORMAT_MAX);
			FUZZ_ASSERT(fxq_is_valid(&q));
			FUZZ_ASSERT(fxq_parse(text, (size_t) n, &back, NULL) == FXQ_OK);
			FUZZ_ASSERT(fxq_eq(&q, &back) && fxq_cmp(&q, &back) == 0);
		}
		else if (k == TICKER_REJECT)
		{
			char		why[FXQUOTE_DESCRIBE_MAX];
			int			n;

			FUZZ_ASSERT(err.status != FXQ_OK);
			FUZZ_ASSERT(err.off <= len && err.len <= len - err.off);
			n = fxq_describe(&err, line, len, why);
			FUZZ_ASSERT(n > 0 && n < FXQUOTE_DESCRIBE_MAX);
		}
	}
	/* The last line ends at the end of the page, less a terminator. */
	FUZZ_ASSERT(size - covered <= 2);
	return 0;
}
