/*
 * test_unit.c - the test harness tests itself (unit.h): each macro judges
 * its condition by evaluating it exactly once, so a condition with a side
 * effect (a call that advances a scanner, a counter) is checked as written.
 */
#include "unit.h"

static int	calls = 0;

/* Counts its calls; true on the first only. */
static int
first_call(void)
{
	return ++calls == 1;
}

/* Counts its calls; the same string each time. */
static const char *
counted_text(void)
{
	calls++;
	return "once";
}

int
main(void)
{
	CHECK(first_call(), "CHECK: a condition true on its first evaluation passes");
	CHECK(calls == 1, "CHECK evaluated its condition once (%d calls)", calls);

	calls = 0;
	CHECK_STR(counted_text(), "once", "CHECK_STR: got is the wanted string");
	CHECK(calls == 1, "CHECK_STR evaluated got once (%d calls)", calls);

	UNIT_DONE();
}
