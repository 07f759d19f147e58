/*
 * fuzz_fxamount.c - fxamount text input and arithmetic on any bytes.  The
 * input is split at the first '|' into two amounts.  What parses is valid
 * and round-trips (as text and through the 8-byte stored form); derived
 * amounts are valid; a + b - b = a when exact; the sum accumulator gives
 * the same total in either order and split.
 */
#include "fuzz.h"
#include "fxamount.h"

#include <string.h>

static void
check_round_trip(const FxAmount *a)
{
	char		text[128];
	int			len = fxa_format(a, text);
	FxAmount	back;

	FUZZ_ASSERT(len > 0 && len < (int) sizeof(text));
	FUZZ_ASSERT(fxa_parse(text, (size_t) len, &back, NULL) == FX_OK);
	FUZZ_ASSERT(memcmp(a, &back, sizeof(back)) == 0);
	back = fxa_unpack(fxa_pack(a));
	FUZZ_ASSERT(memcmp(a, &back, sizeof(back)) == 0);
}

static void
check_derived(FxStatus st, const FxAmount *a)
{
	if (st == FX_OK)
	{
		FUZZ_ASSERT(fxa_is_valid(a));
		check_round_trip(a);
	}
}

static void
check_sum_order(const FxAmount *a, const FxAmount *b)
{
	FxAmountAcc ab, ba, left, right;
	FxAmount	s1, s2, s3;
	FxStatus	st1, st2, st3;

	fxa_acc_init(&ab);
	fxa_acc_init(&ba);
	fxa_acc_init(&left);
	fxa_acc_init(&right);
	st1 = fxa_acc_add(&ab, a);
	if (st1 == FX_OK)
		st1 = fxa_acc_add(&ab, b);
	st2 = fxa_acc_add(&ba, b);
	if (st2 == FX_OK)
		st2 = fxa_acc_add(&ba, a);
	st3 = fxa_acc_add(&left, a);
	if (st3 == FX_OK)
		st3 = fxa_acc_add(&right, b);
	if (st3 == FX_OK)
		st3 = fxa_acc_merge(&left, &right);
	FUZZ_ASSERT(st1 == st2 && st1 == st3);
	if (st1 != FX_OK)
		return;
	st1 = fxa_acc_sum(&ab, &s1);
	st2 = fxa_acc_sum(&ba, &s2);
	st3 = fxa_acc_sum(&left, &s3);
	FUZZ_ASSERT(st1 == st2 && st1 == st3);
	if (st1 == FX_OK)
		FUZZ_ASSERT(memcmp(&s1, &s2, sizeof(s1)) == 0 && memcmp(&s1, &s3, sizeof(s1)) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const char *bar = memchr(s, '|', size);
	size_t		alen = bar ? (size_t) (bar - s) : size;
	FxAmount	a, b, r, back;
	FxSpan		bad;

	if (fxa_parse(s, alen, &a, &bad) != FX_OK)
	{
		FUZZ_ASSERT(bad.off <= alen && bad.len <= alen - bad.off);
		return 0;
	}
	FUZZ_ASSERT(fxa_is_valid(&a));
	check_round_trip(&a);
	check_derived(fxa_neg(&a, &r), &r);
	check_derived(fxa_abs(&a, &r), &r);
	check_derived(fxa_round_minor(&a, &r), &r);
	check_derived(fxa_mul_i64(&a, (int64_t) (a.coef % 1000) - 500, &r), &r);
	check_derived(fxa_div_i64(&a, 7, &r), &r);

	if (bar == NULL || fxa_parse(bar + 1, size - alen - 1, &b, NULL) != FX_OK)
		return 0;
	FUZZ_ASSERT(fxa_cmp(&a, &b) == -fxa_cmp(&b, &a));
	if (fxa_add(&a, &b, &r) == FX_OK)
	{
		check_derived(FX_OK, &r);
		if (fxa_sub(&r, &b, &back) == FX_OK)
			FUZZ_ASSERT(fxa_cmp(&back, &a) == 0);
	}
	check_derived(fxa_mul(&a, fxamount_value(&b), &r), &r);
	check_derived(fxa_div(&a, fxamount_value(&b), &r), &r);
	if (a.currency == b.currency)
		check_sum_order(&a, &b);
	return 0;
}
