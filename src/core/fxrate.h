/*
 * fxrate.h - the rate of a currency pair (plain C99, no PostgreSQL headers).
 *
 * 'KGS/USD 0.01144' means 1 KGS = 0.01144 USD.  Fixed 16 bytes.
 */
#ifndef EXR_FXRATE_H
#define EXR_FXRATE_H

#include "currency.h"
#include "decimal.h"

typedef struct FxRate
{
	int64_t		coef;			/* value = coef * 10^-scale, > 0 */
	cur_code	base;
	cur_code	quote;
	uint8_t		scale;
	uint8_t		pad[3];			/* always zero */
} FxRate;

static inline dec
fxrate_value(const FxRate *r)
{
	dec			d = {r->coef, r->scale};

	return d;
}

#endif
