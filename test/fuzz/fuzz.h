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

#endif
