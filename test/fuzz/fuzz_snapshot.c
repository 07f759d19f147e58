/*
 * fuzz_snapshot.c - the snapshot's text and binary readers on any bytes.
 * Whatever they accept writes back canonically: text -> state -> text ->
 * state gives the same binary form, and binary -> state -> binary is the
 * identity.  The first input byte picks the reader.
 */
#include "fuzz.h"
#include "snapshot.h"

#include <string.h>

static void *
heap_resize(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
	(void) ctx;
	(void) old_size;
	return realloc(ptr, new_size);
}

static void
heap_release(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

static const SnapAllocator heap = {heap_resize, heap_release, NULL};

static uint8_t *
flat_of(FxSnapshot *s, size_t *len)
{
	uint8_t    *flat;

	snap_sort(s);
	*len = snap_flat_size(s);
	flat = malloc(*len);
	snap_flatten(s, flat);
	return flat;
}

static char *
text_of(FxSnapshot *s, size_t *len)
{
	SnapPair   *pairs = malloc((s->n + 1) * sizeof(SnapPair));
	uint32_t	np;
	char	   *text;

	snap_sort(s);
	np = snap_pairs(s, pairs);
	*len = snap_format(s, pairs, np, NULL, 0);
	text = malloc(*len + 1);
	FUZZ_ASSERT(snap_format(s, pairs, np, text, *len + 1) == *len);
	FUZZ_ASSERT(strlen(text) == *len);
	free(pairs);
	return text;
}

static void
fuzz_text(const char *data, size_t size)
{
	FxSnapshot	s;
	FxSnapshot	back;
	SnapParseError err;
	char		why[SNAP_DESCRIBE_MAX];
	uint8_t    *a;
	uint8_t    *b;
	char	   *text;
	size_t		la;
	size_t		lb;
	size_t		lt;

	snap_init(&s, &heap);
	if (snap_parse(data, size, &s, &err) != SNAP_SYN_OK)
	{
		FUZZ_ASSERT(snap_describe(&err, data, size, why) < SNAP_DESCRIBE_MAX);
		snap_free(&s);
		return;
	}
	a = flat_of(&s, &la);
	text = text_of(&s, &lt);
	snap_init(&back, &heap);
	FUZZ_ASSERT(snap_parse(text, lt, &back, &err) == SNAP_SYN_OK);
	b = flat_of(&back, &lb);
	FUZZ_ASSERT(la == lb && memcmp(a, b, la) == 0);
	FUZZ_ASSERT(snap_cmp_kept(&s, &back) == 0);
	free(a);
	free(b);
	free(text);
	snap_free(&s);
	snap_free(&back);
}

static void
fuzz_binary(const uint8_t *data, size_t size)
{
	FxSnapshot	s;
	uint8_t    *flat;
	size_t		len;
	size_t		lt;
	char	   *text;

	snap_init(&s, &heap);
	if (snap_unflatten(data, size, &s) == SNAP_OK)
	{
		flat = flat_of(&s, &len);
		FUZZ_ASSERT(len == size && memcmp(flat, data, size) == 0);
		FUZZ_ASSERT(snap_duplicates(&s) >= 0);
		text = text_of(&s, &lt);
		free(text);
		free(flat);
	}
	snap_free(&s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	if (data[0] & 1)
		fuzz_binary(data + 1, size - 1);
	else
		fuzz_text((const char *) data + 1, size - 1);
	return 0;
}
