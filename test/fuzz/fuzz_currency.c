/* fuzz_currency.c - cur_parse on any bytes: a code it accepts is in the table and round-trips. */
#include "fuzz.h"
#include "currency.h"

#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cur_code	code;
	char		text[4];

	if (cur_parse((const char *) data, size, &code) != CUR_OK)
		return 0;
	FUZZ_ASSERT(cur_is_valid(code));
	FUZZ_ASSERT(cur_info(code) != NULL);
	cur_unpack(code, text);
	FUZZ_ASSERT(strcmp(text, cur_info(code)->code) == 0);
	FUZZ_ASSERT(cur_pack(text) == code);
	return 0;
}
