/*
 * compat.h - PostgreSQL version differences, in one place (PG 13 .. 18).
 */
#ifndef EXR_COMPAT_H
#define EXR_COMPAT_H

#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"

/*
 * Soft input errors (errsave/ereturn) arrived in PostgreSQL 16.  Before
 * that, an input error is simply an ERROR, as ip4r does it.
 */
#if PG_VERSION_NUM < 160000
#define ereturn(context, dummy_value, ...) \
	do { ereport(ERROR, __VA_ARGS__); return dummy_value; } while (0)
#define errsave(context, ...) ereport(ERROR, __VA_ARGS__)
#define EXR_ESCONTEXT(fcinfo) NULL
#else
#define EXR_ESCONTEXT(fcinfo) ((fcinfo)->context)
#endif

/*
 * Start a materialized set-returning function: returns the tuplestore to
 * put rows into and the result tuple descriptor (InitMaterializedSRF exists
 * only from PostgreSQL 15 on).
 */
extern Tuplestorestate *exr_srf_start(FunctionCallInfo fcinfo, TupleDesc *tupdesc);

#endif
