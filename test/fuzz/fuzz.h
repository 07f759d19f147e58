/*
 * fuzz.h - shared by the libFuzzer targets in test/fuzz/.  Each target feeds
 * arbitrary bytes to one entry point of src/core/ and checks the invariants
 * that must hold for any input; a violated invariant aborts, so libFuzzer
 * reports it like a crash.
 */
#ifndef EXR_FUZZ_H
#define EXR_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_ASSERT(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "invariant failed at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A malloc-backed allocator for the core's caller-provided-memory APIs. */
static inline void *
fuzz_resize(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
	(void) ctx;
	(void) old_size;
	return realloc(ptr, new_size);
}

static inline void
fuzz_release(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

#endif
