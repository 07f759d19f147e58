/*
 * srf.c - materialized set-returning functions with a per-row memory
 * context; see srf.h.
 */
#include "srf.h"

#include "miscadmin.h"
#include "utils/memutils.h"

/*
 * The tuplestore and result descriptor of a materialized SRF
 * (InitMaterializedSRF does this only from PostgreSQL 15 on).
 */
static void
materialize(FunctionCallInfo fcinfo, Tuplestorestate **store, TupleDesc *tupdesc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcontext;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));

	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	*tupdesc = CreateTupleDescCopy(*tupdesc);
	*store = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = *store;
	rsinfo->setDesc = *tupdesc;
	MemoryContextSwitchTo(oldcontext);
}

void
exr_rows_start(ExrRows *rows, FunctionCallInfo fcinfo)
{
	materialize(fcinfo, &rows->store, &rows->tupdesc);
	rows->rowcxt = AllocSetContextCreate(CurrentMemoryContext, "exchange_rates row",
										 ALLOCSET_SMALL_SIZES);
	rows->caller = NULL;
}

void
exr_row_begin(ExrRows *rows)
{
	CHECK_FOR_INTERRUPTS();
	rows->caller = MemoryContextSwitchTo(rows->rowcxt);
}

void
exr_row_end(ExrRows *rows, Datum *values, bool *nulls)
{
	tuplestore_putvalues(rows->store, rows->tupdesc, values, nulls);
	MemoryContextSwitchTo(rows->caller);
	MemoryContextReset(rows->rowcxt);
}

void
exr_rows_done(ExrRows *rows)
{
	MemoryContextDelete(rows->rowcxt);
	rows->rowcxt = NULL;
}
