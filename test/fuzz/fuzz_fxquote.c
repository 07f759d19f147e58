/* fuzz_fxquote.c - fxquote text input on any bytes: what parses is valid and round-trips. */
#include "fuzz.h"
#include "fxquote.h"

#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FxQuote		q, back;
	FxQuoteError err;
	char		text[FXQUOTE_FORMAT_MAX];
	char		describe[FXQUOTE_DESCRIBE_MAX];
	int			len;

	if (fxquote_parse((const char *) data, size, &q, &err) != FXQ_OK)
	{
		/* The error description must stay inside its buffer and the input. */
		FUZZ_ASSERT(err.off <= size && err.len <= size - err.off);
		len = fxquote_describe(&err, (const char *) data, size, describe);
		FUZZ_ASSERT(len >= 0 && len < FXQUOTE_DESCRIBE_MAX);
		return 0;
	}
	FUZZ_ASSERT(fxquote_is_valid(&q));
	len = fxquote_format(&q, text);
	FUZZ_ASSERT(len > 0 && len < FXQUOTE_FORMAT_MAX);
	FUZZ_ASSERT(fxquote_parse(text, (size_t) len, &back, &err) == FXQ_OK);
	FUZZ_ASSERT(fxquote_eq(&q, &back) && fxquote_cmp(&q, &back) == 0);
	FUZZ_ASSERT(memcmp(&q, &back, sizeof(q)) == 0);
	return 0;
}
