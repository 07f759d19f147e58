/*
 * fuzz_fxquote.c - fxq_parse on any bytes: an accepted quote is valid,
 * its text reads back to an equal quote, and order agrees with equality.
 */
#include "fuzz.h"
#include "fxquote.h"

#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FxQuote		q;
	FxQuote		back;
	FxQuoteError err;
	char		text[FXQUOTE_FORMAT_MAX];
	char		why[FXQUOTE_DESCRIBE_MAX];
	int			n;

	if (fxq_parse((const char *) data, size, &q, &err) != FXQ_OK)
	{
		FUZZ_ASSERT(err.off <= size && err.len <= size - err.off);
		n = fxq_describe(&err, (const char *) data, size, why);
		FUZZ_ASSERT(n > 0 && n < FXQUOTE_DESCRIBE_MAX);
		return 0;
	}
	FUZZ_ASSERT(fxq_is_valid(&q));
	n = fxq_format(&q, text);
	FUZZ_ASSERT(n > 0 && n < FXQUOTE_FORMAT_MAX);
	FUZZ_ASSERT(fxq_parse(text, (size_t) n, &back, NULL) == FXQ_OK);
	FUZZ_ASSERT(fxq_eq(&q, &back) && memcmp(&q, &back, sizeof(q)) == 0);
	FUZZ_ASSERT(fxq_cmp(&q, &back) == 0);
	FUZZ_ASSERT(fxq_direction(&q) >= -1 && fxq_direction(&q) <= 1);
	return 0;
}
