/*
 * fuzz_snapshot_binary.c - the fxsnapshot binary reader (recv, and the
 * stored form) on any bytes: a hostile binary COPY must be refused, never
 * crash.  What it accepts re-flattens to the same bytes.
 */
#include "fuzz.h"
#include "snapshot.h"

#include <string.h>

static const SnapAllocator fuzz_alloc = {fuzz_resize, fuzz_release, NULL};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FxSnapshot	s;
	uint8_t    *flat;
	size_t		flen;

	snap_init(&s, &fuzz_alloc);
	if (snap_unflatten(data, size, &s) != SNAP_OK)
	{
		snap_free(&s);
		return 0;
	}
	for (uint32_t i = 0; i < s.n; i++)
	{
		FUZZ_ASSERT(fxq_is_valid(&s.v[i].quote));
		FUZZ_ASSERT(s.v[i].seen >= 1);
		FUZZ_ASSERT(s.v[i].first_key <= s.v[i].last_key);
	}
	snap_sort(&s);
	flen = snap_flat_size(&s);
	flat = malloc(flen);
	snap_flatten(&s, flat);
	FUZZ_ASSERT(flen == size && memcmp(flat, data, size) == 0);
	free(flat);
	snap_free(&s);
	return 0;
}
