/*
 * unit.h - a tiny TAP producer for the core unit tests (plain C, no server).
 *
 * Each test program prints TAP ("ok 1 - ...", "not ok 2 - ...", "1..N"), so
 * `prove --exec ''` runs them and counts what passed.
 */
#ifndef EXR_UNIT_H
#define EXR_UNIT_H

#include <stdio.h>
#include <string.h>

static int	unit_count = 0;
static int	unit_failed = 0;

#define CHECK(cond, ...) \
	do { \
		unit_count++; \
		if (cond) \
			printf("ok %d - ", unit_count); \
		else \
		{ \
			unit_failed++; \
			printf("not ok %d - ", unit_count); \
		} \
		printf(__VA_ARGS__); \
		printf("\n"); \
		if (!(cond)) \
			printf("#   failed at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
	} while (0)

#define CHECK_STR(got, want, ...) \
	do { \
		const char *unit_got_ = (got); \
		const char *unit_want_ = (want); \
		CHECK(strcmp(unit_got_, unit_want_) == 0, __VA_ARGS__); \
		if (strcmp(unit_got_, unit_want_) != 0) \
			printf("#   got  \"%s\"\n#   want \"%s\"\n", unit_got_, unit_want_); \
	} while (0)

#define UNIT_DONE() \
	do { \
		printf("1..%d\n", unit_count); \
		return unit_failed == 0 ? 0 : 1; \
	} while (0)

#endif
