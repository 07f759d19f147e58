/*
 * conversion.h - rates and conversions at a snapshot (plain C99).
 *
 * A snapshot keeps one quote per pair.  The rate of A in B at a snapshot
 * takes the first of these paths that exists:
 *
 *   1. A/B is quoted: its published rate, as it is;
 *   2. B/A is quoted: 1 / (B/A);
 *   3. through one currency C that the snapshot quotes against both A and
 *      B (each pair in either direction): C is USD when it qualifies, else
 *      EUR, else the first in code order, so the choice never depends on
 *      the order of the quotes.  Where both X/C and C/X are quoted, the one
 *      written in the direction of travel (A/C, C/B) is used.
 *
 * A derived rate is computed from the published rates exactly and rounded
 * once, half-even to 18 significant digits (fxrate's full precision).
 *
 * Its error bound is the first-order relative error of the published
 * figures it rests on: the sum of each used quote's fxr_error_bound (half a
 * unit of its last digit, relative to it).  Inverting a rate or dividing by
 * it changes the bound only at second order.
 *
 * In a snapshot keyed by time, each quote carries when it was first and
 * last seen, so a path can be checked against the moment it is used for
 * (as_of): no quote first seen after it, none last seen before the oldest
 * moment allowed.
 */
#ifndef EXR_CONVERSION_H
#define EXR_CONVERSION_H

#include <stddef.h>
#include <stdint.h>

#include "fxamount.h"
#include "snapshot.h"

typedef enum ConvStatus
{
	CONV_OK = 0,
	CONV_SAME_CURRENCY,			/* a rate from a currency to itself */
	CONV_NO_PATH,				/* the snapshot implies no rate for the pair */
	CONV_NO_MEMORY,
	CONV_OUT_OF_RANGE,			/* the derived rate or amount leaves its type's range */
	CONV_NOT_TIMED,				/* as_of given, the snapshot is not keyed by time */
	CONV_SEEN_AFTER,			/* a quote of the path was first seen after as_of */
	CONV_TOO_OLD				/* a quote of the path was last seen before the oldest allowed */
} ConvStatus;

/* The kept quotes of a sorted snapshot, indexed by pair, and its currencies. */
typedef struct ConvIndex
{
	const FxSnapshot *snap;
	SnapPair   *pairs;			/* in pair order (base code, then quote code) */
	uint32_t	npairs;
	cur_code   *currencies;		/* every currency of a kept quote, in code order */
	uint32_t	ncurrencies;
	SnapAllocator alloc;
} ConvIndex;

/* One quoted pair used by a path: pairs[pair], inverted or as quoted. */
typedef struct ConvLeg
{
	uint32_t	pair;
	int			inverted;
} ConvLeg;

#define CONV_MAX_LEGS 2

typedef struct ConvPath
{
	cur_code	base;
	cur_code	quote;
	uint32_t	nlegs;			/* 1 (direct or inverse) or 2 (through a currency) */
	ConvLeg		legs[CONV_MAX_LEGS];	/* in order, from base to quote */
} ConvPath;

/* Index the sorted snapshot s (kept by reference: s must outlive the index). */
ConvStatus	conv_index_build(ConvIndex *ix, const FxSnapshot *s, const SnapAllocator *alloc);
void		conv_index_free(ConvIndex *ix);

/* The quote a leg uses. */
const SnapVariant *conv_leg_variant(const ConvIndex *ix, const ConvLeg *leg);

/* The path of base in quote (see the top of this file). */
ConvStatus	conv_find_path(const ConvIndex *ix, cur_code base, cur_code quote, ConvPath *path);

/* The rate a path gives: published, or derived and rounded once. */
ConvStatus	conv_path_rate(const ConvIndex *ix, const ConvPath *path, FxRate *out);

/* The path's relative error bound: the sum of its quotes' error bounds, rounded once. */
ConvStatus	conv_path_error_bound(const ConvIndex *ix, const ConvPath *path, dec *out);

/*
 * Check a path against as_of and the oldest moment allowed (both
 * microseconds, as the snapshot's time keys): CONV_SEEN_AFTER if a quote
 * was first seen after as_of, CONV_TOO_OLD if one was last seen before
 * oldest; *bad_leg (if not NULL) says which.  CONV_NOT_TIMED for a
 * snapshot keyed otherwise.
 */
ConvStatus	conv_path_check_time(const ConvIndex *ix, const ConvPath *path, int64_t as_of,
								 int64_t oldest, uint32_t *bad_leg);

/*
 * amount in path->quote: amount (in path->base) times the path's rate,
 * rounded as fxamount times fxrate rounds (fxa_convert).
 */
ConvStatus	conv_convert(const ConvIndex *ix, const ConvPath *path, const FxAmount *amount,
						 FxAmount *out);

/* |amount| * bound, as an amount in amount's currency (rounded as fxa_mul rounds, normalized). */
ConvStatus	conv_error_amount(const FxAmount *amount, dec bound, FxAmount *out);

#endif
