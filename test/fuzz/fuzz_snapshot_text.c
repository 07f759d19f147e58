/*
 * fuzz_snapshot_text.c - the fxsnapshot text reader (what Citus ships
 * between nodes) on any bytes.  What parses formats back to text that
 * parses to the same snapshot, and its binary form reads back identically.
 */
#include "fuzz.h"
#include "snapshot.h"

#include <string.h>

static const SnapAllocator fuzz_alloc = {fuzz_resize, fuzz_release, NULL};

/* The canonical text of a snapshot (malloc'd). */
static char *
text_of(FxSnapshot *s)
{
	SnapPair   *pairs = malloc(sizeof(SnapPair) * (s->n + 1));
	uint32_t	np;
	size_t		len;
	char	   *buf;

	snap_sort(s);
	np = snap_pairs(s, pairs);
	len = snap_format(s, pairs, np, NULL, 0);
	buf = malloc(len + 1);
	FUZZ_ASSERT(snap_format(s, pairs, np, buf, len + 1) == len);
	free(pairs);
	return buf;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FxSnapshot	s, back, unflat;
	SnapParseError err;
	char	   *text, *text2, *text3;
	uint8_t    *flat;
	size_t		flen;

	snap_init(&s, &fuzz_alloc);
	if (snap_parse((const char *) data, size, &s, &err) != SNAP_SYN_OK)
	{
		char		describe[SNAP_DESCRIBE_MAX];
		int			len = snap_describe(&err, (const char *) data, size, describe);

		FUZZ_ASSERT(len >= 0 && len < SNAP_DESCRIBE_MAX);
		snap_free(&s);
		return 0;
	}
	text = text_of(&s);

	snap_init(&back, &fuzz_alloc);
	FUZZ_ASSERT(snap_parse(text, strlen(text), &back, &err) == SNAP_SYN_OK);
	text2 = text_of(&back);
	FUZZ_ASSERT(strcmp(text, text2) == 0);

	flen = snap_flat_size(&s);
	flat = malloc(flen);
	snap_flatten(&s, flat);
	FUZZ_ASSERT(flen > 0 && flat[0] == SNAP_FORMAT_VERSION);
	snap_init(&unflat, &fuzz_alloc);
	FUZZ_ASSERT(snap_unflatten(flat, flen, &unflat) == SNAP_OK);
	text3 = text_of(&unflat);
	FUZZ_ASSERT(strcmp(text, text3) == 0);

	free(text);
	free(text2);
	free(text3);
	free(flat);
	snap_free(&s);
	snap_free(&back);
	snap_free(&unflat);
	return 0;
}
