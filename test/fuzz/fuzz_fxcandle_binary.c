/*
 * fuzz_fxcandle_binary.c - the fxcandle binary reader (recv) on any bytes:
 * a hostile binary COPY must be refused, never crash or yield a candle no
 * rows could make.  What it accepts re-flattens to the same bytes and
 * reads back from its text.
 */
#include "fuzz.h"
#include "fxcandle.h"

#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FxCandle	c;
	FxCandle	back;
	uint8_t		flat[FXC_FLAT_SIZE];
	char		text[FXC_FORMAT_MAX];
	int			len;

	if (fxc_unflatten(data, size, &c) != FXC_OK)
		return 0;
	FUZZ_ASSERT(fxc_is_valid(&c));
	fxc_flatten(&c, flat);
	FUZZ_ASSERT(size == FXC_FLAT_SIZE && memcmp(flat, data, size) == 0);
	len = fxc_format(&c, text);
	FUZZ_ASSERT(len > 0 && len < FXC_FORMAT_MAX);
	FUZZ_ASSERT(fxc_parse(text, (size_t) len, &back, NULL) == FXC_SYN_OK);
	FUZZ_ASSERT(memcmp(&c, &back, sizeof(c)) == 0);
	return 0;
}
