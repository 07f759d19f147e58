/*
 * compare.h (glue) - the btree support and comparison operators of a type,
 * from one three-way comparison; and its hash support, from one hash key.
 *
 * A type defines `static int <type>_compare(FunctionCallInfo fcinfo)` that
 * compares arguments 0 and 1 (< 0, 0, > 0), then writes
 * EXR_COMPARISON_FUNCTIONS(<type>) to get <type>_eq, _ne, _lt, _le, _gt,
 * _ge (boolean) and <type>_cmp (int4, the btree support function), each
 * with its PG_FUNCTION_INFO_V1.  Every operator then agrees with the btree
 * order by construction.
 *
 * A type whose equality is cheaper than its order (a byte comparison of a
 * canonical form) also defines `static bool <type>_equal(FunctionCallInfo)`
 * and writes EXR_ORDER_FUNCTIONS(<type>) and EXR_EQUALITY_FUNCTIONS(<type>)
 * instead; its equality must agree with <type>_compare(...) == 0.
 *
 * Hashing: a type defines `static <ctype> <type>_hash_key(FunctionCallInfo)`
 * giving argument 0 in a form where equal values have equal bytes (its
 * canonical form), and writes EXR_HASH_FUNCTIONS(<type>, <ctype>) to get
 * <type>_hash and <type>_hash_extended, which hash those bytes.  (Hash
 * values are stored in hash indexes: the key's bytes must never change.)
 */
#ifndef EXR_COMPARE_H
#define EXR_COMPARE_H

#include "compat.h"

#include "common/hashfn.h"

#define EXR_COMPARISON_FUNCTION(type, name, test) \
PG_FUNCTION_INFO_V1(type##_##name); \
Datum \
type##_##name(PG_FUNCTION_ARGS) \
{ \
	int			c = type##_compare(fcinfo); \
\
	PG_RETURN_BOOL(test); \
}

/* <, <=, >, >= and the btree support function. */
#define EXR_ORDER_FUNCTIONS(type) \
EXR_COMPARISON_FUNCTION(type, lt, c < 0) \
EXR_COMPARISON_FUNCTION(type, le, c <= 0) \
EXR_COMPARISON_FUNCTION(type, gt, c > 0) \
EXR_COMPARISON_FUNCTION(type, ge, c >= 0) \
PG_FUNCTION_INFO_V1(type##_cmp); \
Datum \
type##_cmp(PG_FUNCTION_ARGS) \
{ \
	int			c = type##_compare(fcinfo); \
\
	PG_RETURN_INT32((c > 0) - (c < 0)); \
}

/* = and <> from <type>_equal. */
#define EXR_EQUALITY_FUNCTIONS(type) \
PG_FUNCTION_INFO_V1(type##_eq); \
Datum \
type##_eq(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(type##_equal(fcinfo)); \
} \
PG_FUNCTION_INFO_V1(type##_ne); \
Datum \
type##_ne(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(!type##_equal(fcinfo)); \
}

#define EXR_COMPARISON_FUNCTIONS(type) \
EXR_COMPARISON_FUNCTION(type, eq, c == 0) \
EXR_COMPARISON_FUNCTION(type, ne, c != 0) \
EXR_ORDER_FUNCTIONS(type)

#define EXR_HASH_FUNCTIONS(type, ctype) \
PG_FUNCTION_INFO_V1(type##_hash); \
Datum \
type##_hash(PG_FUNCTION_ARGS) \
{ \
	ctype		key = type##_hash_key(fcinfo); \
\
	return hash_any((const unsigned char *) &key, sizeof(key)); \
} \
PG_FUNCTION_INFO_V1(type##_hash_extended); \
Datum \
type##_hash_extended(PG_FUNCTION_ARGS) \
{ \
	ctype		key = type##_hash_key(fcinfo); \
\
	return hash_any_extended((const unsigned char *) &key, sizeof(key), PG_GETARG_INT64(1)); \
}

#endif
