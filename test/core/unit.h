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

/* The start of a TAP line, "ok N - " or "not ok N - ", counting failures. */
static void
unit_begin(int ok)
{
	unit_count++;
	if (!ok)
		unit_failed++;
	printf("%sok %d - ", ok ? "" : "not ", unit_count);
}

/* One TAP line for a verdict already computed; `text` says what was checked. */
#define UNIT_LINE(verdict, text, ...) \
	do { \
		int			unit_ok_ = (verdict); \
		unit_begin(unit_ok_); \
		printf(__VA_ARGS__); \
		printf("\n"); \
		if (!unit_ok_) \
			printf("#   failed at %s:%d: %s\n", __FILE__, __LINE__, text); \
	} while (0)

/*
 * CHECK evaluates its condition exactly once: a condition with a side
 * effect, or one that could answer differently a second time, is judged by
 * the one answer it gave, and its "ok" or "not ok" line is the whole story.
 */
#define CHECK(cond, ...) UNIT_LINE((cond) ? 1 : 0, #cond, __VA_ARGS__)

/* got and want are evaluated once each, and compared once. */
#define CHECK_STR(got, want, ...) \
	do { \
		const char *unit_got_ = (got); \
		const char *unit_want_ = (want); \
		int			unit_same_ = strcmp(unit_got_, unit_want_) == 0; \
		UNIT_LINE(unit_same_, #got " is " #want, __VA_ARGS__); \
		if (!unit_same_) \
			printf("#   got  \"%s\"\n#   want \"%s\"\n", unit_got_, unit_want_); \
	} while (0)

#define UNIT_DONE() \
	do { \
		printf("1..%d\n", unit_count); \
		return unit_failed == 0 ? 0 : 1; \
	} while (0)

#endif
