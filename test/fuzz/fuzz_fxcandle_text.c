/*
 * fuzz_fxcandle_text.c - the fxcandle text reader (what Citus ships between
 * nodes, and what COPY and casts read) on any bytes.  Anything that parses
 * is a valid candle, formats to text that parses to the same bytes, and
 * reads back from its binary form; every error describes itself within its
 * buffer.
 */
#include "fuzz.h"
#include "fxcandle.h"

#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FxCandle	c;
	FxCandle	back;
	FxCandle	twice;
	FxCandleParseError err;
	char		text[FXC_FORMAT_MAX];
	char		text2[FXC_FORMAT_MAX];
	uint8_t		flat[FXC_FLAT_SIZE];
	int			len;

	if (fxc_parse((const char *) data, size, &c, &err) != FXC_SYN_OK)
	{
		char		describe[FXC_DESCRIBE_MAX];

		len = fxc_describe(&err, (const char *) data, size, describe);
		FUZZ_ASSERT(len > 0 && len < FXC_DESCRIBE_MAX);
		return 0;
	}
	FUZZ_ASSERT(fxc_is_valid(&c));
	len = fxc_format(&c, text);
	FUZZ_ASSERT(len > 0 && len < FXC_FORMAT_MAX);
	FUZZ_ASSERT(fxc_parse(text, (size_t) len, &back, NULL) == FXC_SYN_OK);
	FUZZ_ASSERT(memcmp(&c, &back, sizeof(c)) == 0);
	FUZZ_ASSERT(fxc_format(&back, text2) == len && memcmp(text, text2, (size_t) len) == 0);

	fxc_flatten(&c, flat);
	FUZZ_ASSERT(fxc_unflatten(flat, sizeof(flat), &back) == FXC_OK);
	FUZZ_ASSERT(memcmp(&c, &back, sizeof(c)) == 0);

	/* a candle merged with itself: the same points, twice the rows */
	twice = c;
	if (fxc_merge(&twice, &c) == FXC_OK)
	{
		FUZZ_ASSERT(twice.n == 2 * c.n && fxc_is_valid(&twice));
		twice.n = c.n;
		FUZZ_ASSERT(memcmp(&twice, &c, sizeof(c)) == 0);
	}
	else
		FUZZ_ASSERT(c.n > INT64_MAX / 2);
	return 0;
}
