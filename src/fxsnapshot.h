/*
 * fxsnapshot.h (glue) - reading fxsnapshot arguments.
 *
 * An fxsnapshot Datum is either the stored varlena (version byte, kind,
 * variants: see core/snapshot.h) or, inside snapshot_agg, an expanded object
 * holding the working core FxSnapshot, so that the aggregate updates its
 * state in place instead of rebuilding a varlena for every row.
 */
#ifndef EXR_GLUE_FXSNAPSHOT_H
#define EXR_GLUE_FXSNAPSHOT_H

#include "compat.h"

#include "core/snapshot.h"

/*
 * The snapshot in argument n, sorted, read-only.  A stored value is read
 * into a FxSnapshot in the current memory context (`local` holds it).
 */
extern const FxSnapshot *fxsnapshot_arg(FunctionCallInfo fcinfo, int n, FxSnapshot *local);

/* The core's allocator for the current memory context (for snapshots and what indexes them). */
extern SnapAllocator fxsnapshot_allocator(void);

/* An empty snapshot that allocates in the current memory context. */
extern void fxsnapshot_init(FxSnapshot *s);

/* A sorted snapshot as a stored fxsnapshot value (what snapshot_agg returns). */
extern Datum fxsnapshot_datum(const FxSnapshot *s);

/* A status from adding to a snapshot keyed by kind, raised as snapshot_agg raises it. */
extern void fxsnapshot_check(SnapStatus st, SnapKeyKind kind);

#endif
