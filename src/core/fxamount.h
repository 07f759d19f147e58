/*
 * fxamount.h - an amount of one currency (plain C99, no PostgreSQL headers).
 *
 * '70000 KZT'.  Fixed 16 bytes.
 */
#ifndef EXR_FXAMOUNT_H
#define EXR_FXAMOUNT_H

#include "currency.h"
#include "decimal.h"

typedef struct FxAmount
{
	int64_t		coef;			/* value = coef * 10^-scale */
	cur_code	currency;
	uint8_t		scale;
	uint8_t		pad[5];			/* always zero */
} FxAmount;

static inline dec
fxamount_value(const FxAmount *a)
{
	dec			d = {a->coef, a->scale};

	return d;
}

#endif
