/*
 * aggregate.h - shared by the aggregates' support functions (fxamount.c,
 * fxsnapshot.c).
 */
#ifndef EXR_AGGREGATE_H
#define EXR_AGGREGATE_H

#include "nodes/nodes.h"

/*
 * Called as an aggregate (or window aggregate) function?  The same answer
 * as AggCheckCallContext, inline: the transition functions ask on every row,
 * and only when it says yes may they update their state in place (called
 * directly from SQL, the state is someone else's value).
 */
static inline bool
exr_called_as_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

#endif
