/*
 * srf.h (glue) - the one way this extension returns sets.
 *
 * Every set-returning function here produces its rows in one pass over its
 * input, so it materializes them into a tuplestore (value-per-call would only
 * add bookkeeping).  Each row is built in a small memory context that is
 * reset once the row is stored, so a function's memory does not grow with
 * its input (the tuplestore spills to disk beyond work_mem), and each row
 * checks for interrupts, so a long scan can be cancelled:
 *
 *     ExrRows     rows;
 *
 *     exr_rows_start(&rows, fcinfo);
 *     while (next(&item))
 *     {
 *         Datum   values[3];
 *         bool    nulls[3] = {false, false, false};
 *
 *         exr_row_begin(&rows);        -- allocations now go to the row context
 *         values[0] = ...;
 *         exr_row_end(&rows, values, nulls);   -- stored, row memory freed
 *     }
 *     exr_rows_done(&rows);
 *     return (Datum) 0;
 */
#ifndef EXR_SRF_H
#define EXR_SRF_H

#include "compat.h"

#include "utils/tuplestore.h"

typedef struct ExrRows
{
	Tuplestorestate *store;
	TupleDesc	tupdesc;		/* the result row type */
	MemoryContext rowcxt;		/* reset after every row */
	MemoryContext caller;		/* the context exr_row_begin switched from */
} ExrRows;

/* Set up the materialized result of the set-returning function fcinfo is calling. */
extern void exr_rows_start(ExrRows *rows, FunctionCallInfo fcinfo);

/* Start a row: checks for interrupts and switches to the row context. */
extern void exr_row_begin(ExrRows *rows);

/* Store the row (values and nulls, one per column), switch back and free the row's memory. */
extern void exr_row_end(ExrRows *rows, Datum *values, bool *nulls);

/* The rows are all stored (frees the row context). */
extern void exr_rows_done(ExrRows *rows);

#endif
