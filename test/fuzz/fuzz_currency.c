/*
 * fuzz_currency.c - cur_parse on any bytes: a code it accepts is in the
 * table (active or withdrawn) and round-trips; an active code has a storage id.
 */
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
	FUZZ_ASSERT(cur_is_active(code) == (cur_info(code)->withdrawn_in == 0));
	FUZZ_ASSERT(!cur_is_active(code) || cur_storage_id(code) >= 0);
	return 0;
}
