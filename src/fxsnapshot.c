/*
 * fxsnapshot.c - the `fxsnapshot` type and the `snapshot_agg` aggregates.
 *
 * The aggregates' transition state is fxsnapshot itself, not `internal`, so
 * that Citus can push them down to its workers and ship partial states as
 * text.  To avoid rebuilding the varlena for every row, the transition
 * functions keep the state as an expanded object (utils/expandeddatum.h)
 * whose memory context is a child of the aggregate context: nodeAgg then
 * keeps the read-write pointer between calls without copying, and flattens
 * the object only when the value leaves the aggregate (to a tuple, a
 * parallel worker's queue, the output function).
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "compat.h"
#include "fxquote.h"
#include "fxsnapshot.h"

PG_FUNCTION_INFO_V1(fxsnapshot_in);
PG_FUNCTION_INFO_V1(fxsnapshot_out);
PG_FUNCTION_INFO_V1(fxsnapshot_recv);
PG_FUNCTION_INFO_V1(fxsnapshot_send);
PG_FUNCTION_INFO_V1(snapshot_transfn);
PG_FUNCTION_INFO_V1(snapshot_transfn_ts);
PG_FUNCTION_INFO_V1(snapshot_transfn_pos);
PG_FUNCTION_INFO_V1(snapshot_combine);

/* ---- memory: the core allocates through these ------------------------------ */

static void *
mcxt_resize(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
	if (ptr == NULL)
		return MemoryContextAllocHuge((MemoryContext) ctx, new_size);
	return repalloc_huge(ptr, new_size);
}

static void
mcxt_release(void *ctx, void *ptr)
{
	pfree(ptr);
}

static void
snapshot_init_in(FxSnapshot *s, MemoryContext cxt)
{
	SnapAllocator alloc = {mcxt_resize, mcxt_release, cxt};

	snap_init(s, &alloc);
}

/* ---- errors ---------------------------------------------------------------- */

static const char *
kind_name(SnapKeyKind kind)
{
	switch (kind)
	{
		case SNAP_KEY_TIME:
			return "timestamp";
		case SNAP_KEY_POSITION:
			return "position";
		default:
			return "no key";
	}
}

/* A core status from adding or merging, as an error. */
static void
report_status(SnapStatus st, SnapKeyKind have, SnapKeyKind got)
{
	switch (st)
	{
		case SNAP_OK:
			return;
		case SNAP_KIND_MISMATCH:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge a snapshot keyed by %s with one keyed by %s",
							kind_name(have), kind_name(got)),
					 errdetail("Snapshots order and resolve their quotes by their key, so only snapshots built with the same kind of key merge."),
					 errhint("Build every snapshot with the same snapshot_agg variant: (fxquote), (fxquote, timestamptz) or (fxquote, bigint).")));
			break;
		case SNAP_TOO_MANY:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("a snapshot holds at most %u distinct quotes", SNAP_MAX_VARIANTS)));
			break;
		case SNAP_COUNT_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("snapshot row count out of range"),
					 errdetail("The counts add up to more than %lld rows.", (long long) PG_INT64_MAX)));
			break;
		case SNAP_NO_MEMORY:
		case SNAP_BAD_FORMAT:
			elog(ERROR, "unexpected snapshot status %d", (int) st);
	}
}

/* ---- the expanded form --------------------------------------------------------- */

#define ES_MAGIC 0x46585348		/* "FXSH" */

typedef struct ExpandedSnapshot
{
	ExpandedObjectHeader hdr;
	int			magic;
	FxSnapshot	snap;
} ExpandedSnapshot;

static Size
es_get_flat_size(ExpandedObjectHeader *eohptr)
{
	ExpandedSnapshot *es = (ExpandedSnapshot *) eohptr;
	size_t		size;

	snap_sort(&es->snap);
	size = VARHDRSZ + snap_flat_size(&es->snap);
	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("snapshot of %u quotes is too large to store", es->snap.n)));
	return size;
}

static void
es_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	ExpandedSnapshot *es = (ExpandedSnapshot *) eohptr;

	SET_VARSIZE(result, allocated_size);
	snap_flatten(&es->snap, (uint8 *) VARDATA(result));
}

static const ExpandedObjectMethods es_methods = {es_get_flat_size, es_flatten_into};

static ExpandedSnapshot *
es_new(MemoryContext parent)
{
	MemoryContext cxt = AllocSetContextCreate(parent, "fxsnapshot", ALLOCSET_SMALL_SIZES);
	ExpandedSnapshot *es = MemoryContextAlloc(cxt, sizeof(ExpandedSnapshot));

	EOH_init_header(&es->hdr, &es_methods, cxt);
	es->magic = ES_MAGIC;
	snapshot_init_in(&es->snap, cxt);
	return es;
}

static ExpandedSnapshot *
es_of(Datum d)
{
	ExpandedSnapshot *es = (ExpandedSnapshot *) DatumGetEOHP(d);

	if (es->magic != ES_MAGIC)
		elog(ERROR, "expanded fxsnapshot expected");
	return es;
}

/* Read a stored snapshot (validated: it may come from a corrupted page). */
static void
unflatten_stored(Datum d, FxSnapshot *s)
{
	struct varlena *v = PG_DETOAST_DATUM(d);

	if (snap_unflatten((const uint8 *) VARDATA(v), VARSIZE(v) - VARHDRSZ, s) != SNAP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("stored fxsnapshot value is corrupted")));
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
}

const FxSnapshot *
fxsnapshot_arg(FunctionCallInfo fcinfo, int n, FxSnapshot *local)
{
	Datum		d = PG_GETARG_DATUM(n);

	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
	{
		ExpandedSnapshot *es = es_of(d);

		snap_sort(&es->snap);	/* order only: the value is unchanged */
		return &es->snap;
	}
	snapshot_init_in(local, CurrentMemoryContext);
	unflatten_stored(d, local);
	return local;
}

/*
 * The state in argument 0, ready to be updated in place: the aggregate's own
 * expanded object when it is one, else a new expanded copy in `cxt` (a
 * NULL state gives an empty snapshot).  Outside an aggregate the argument
 * is never modified.
 */
static ExpandedSnapshot *
state_for_update(FunctionCallInfo fcinfo, MemoryContext aggcxt)
{
	MemoryContext cxt = aggcxt ? aggcxt : CurrentMemoryContext;
	ExpandedSnapshot *es;
	Datum		d;

	if (PG_ARGISNULL(0))
		return es_new(cxt);
	d = PG_GETARG_DATUM(0);
	if (aggcxt && DatumIsReadWriteExpandedObject(d, false, -1))
	{
		es = es_of(d);
		if (MemoryContextGetParent(es->hdr.eoh_context) == aggcxt)
			return es;
	}
	es = es_new(cxt);
	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
		report_status(snap_merge(&es->snap, &es_of(d)->snap), es->snap.kind, es_of(d)->snap.kind);
	else
		unflatten_stored(d, &es->snap);
	return es;
}

static MemoryContext
aggregate_context(FunctionCallInfo fcinfo)
{
	MemoryContext aggcxt;

	return AggCheckCallContext(fcinfo, &aggcxt) ? aggcxt : NULL;
}

/* ---- the aggregates -------------------------------------------------------------- */

/* One row: skipped when the quote (or the key) is NULL, as a strict aggregate would. */
static Datum
accumulate(FunctionCallInfo fcinfo, SnapKeyKind kind)
{
	MemoryContext aggcxt = aggregate_context(fcinfo);
	ExpandedSnapshot *es;
	int64		key = 0;
	SnapStatus	st;

	if (PG_ARGISNULL(1) || (kind != SNAP_KEY_NONE && PG_ARGISNULL(2)))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (kind == SNAP_KEY_TIME)
		key = PG_GETARG_TIMESTAMPTZ(2);
	else if (kind == SNAP_KEY_POSITION)
		key = PG_GETARG_INT64(2);
	es = state_for_update(fcinfo, aggcxt);
	st = snap_add(&es->snap, PG_GETARG_FXQUOTE_P(1), kind, key);
	report_status(st, es->snap.kind, kind);
	PG_RETURN_DATUM(EOHPGetRWDatum(&es->hdr));
}

Datum
snapshot_transfn(PG_FUNCTION_ARGS)
{
	return accumulate(fcinfo, SNAP_KEY_NONE);
}

Datum
snapshot_transfn_ts(PG_FUNCTION_ARGS)
{
	return accumulate(fcinfo, SNAP_KEY_TIME);
}

Datum
snapshot_transfn_pos(PG_FUNCTION_ARGS)
{
	return accumulate(fcinfo, SNAP_KEY_POSITION);
}

/*
 * Merge two snapshots: the combine function of every snapshot_agg, and the
 * transition function of snapshot_agg(fxsnapshot).  A NULL second argument
 * leaves the first as it is; a NULL first argument gives a copy of the
 * second (in the aggregate context, never the second itself).
 */
Datum
snapshot_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = aggregate_context(fcinfo);
	ExpandedSnapshot *es;
	FxSnapshot	local;
	const FxSnapshot *other;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	es = state_for_update(fcinfo, aggcxt);
	other = fxsnapshot_arg(fcinfo, 1, &local);
	report_status(snap_merge(&es->snap, other), es->snap.kind, other->kind);
	PG_RETURN_DATUM(EOHPGetRWDatum(&es->hdr));
}

/* ---- text and binary I/O ----------------------------------------------------------- */

/* A sorted snapshot as a varlena. */
static Datum
flat_datum(const FxSnapshot *s)
{
	size_t		size = VARHDRSZ + snap_flat_size(s);
	struct varlena *v;

	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("snapshot of %u quotes is too large to store", s->n)));
	v = palloc(size);
	SET_VARSIZE(v, size);
	snap_flatten(s, (uint8 *) VARDATA(v));
	return PointerGetDatum(v);
}

Datum
fxsnapshot_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	size_t		len;
	const char *utf8 = exr_text_as_utf8(s, strlen(s), &len, "snapshot");
	FxSnapshot	snap;
	SnapParseError err;
	char		why[SNAP_DESCRIBE_MAX];
	int			code = ERRCODE_INVALID_TEXT_REPRESENTATION;

	snapshot_init_in(&snap, CurrentMemoryContext);
	if (snap_parse(utf8, len, &snap, &err) == SNAP_SYN_OK)
		PG_RETURN_DATUM(flat_datum(&snap));
	snap_describe(&err, utf8, len, why);
	if (err.syntax == SNAP_SYN_LIMIT)
		code = err.status == SNAP_TOO_MANY ? ERRCODE_PROGRAM_LIMIT_EXCEEDED
			: ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
	else if (err.syntax == SNAP_SYN_QUOTE &&
			 (err.quote_err.status == FXQ_RATE_RANGE || err.quote_err.status == FXQ_CHANGE_RANGE))
		code = ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
	ereturn(EXR_ESCONTEXT(fcinfo), (Datum) 0,
			(errcode(code),
			 errmsg("invalid input syntax for type %s: \"%s\"", "fxsnapshot", s),
			 errdetail("%s", exr_sentence(pg_any_to_server(why, (int) strlen(why), PG_UTF8))),
			 errhint("A snapshot reads like '{KGS/USD = 0.01144 0%% x8 #1..36; KZT/USD = 0.00194 -0%% x8 #2..37}'.")));
}

Datum
fxsnapshot_out(PG_FUNCTION_ARGS)
{
	FxSnapshot	local;
	const FxSnapshot *s = fxsnapshot_arg(fcinfo, 0, &local);
	SnapPair   *pairs = palloc((s->n + 1) * sizeof(SnapPair));
	uint32		npairs = snap_pairs(s, pairs);
	size_t		len = snap_format(s, pairs, npairs, NULL, 0);
	char	   *buf;

	if (len >= MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("snapshot of %u quotes is too large to write as text", s->n)));
	buf = palloc(len + 1);
	snap_format(s, pairs, npairs, buf, len + 1);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: the stored form itself (version byte first, big-endian
 * fields), validated on receipt exactly as the text input validates.
 */
Datum
fxsnapshot_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const uint8 *bytes = (const uint8 *) pq_getmsgbytes(buf, len);
	FxSnapshot	snap;

	snapshot_init_in(&snap, CurrentMemoryContext);
	if (len < 1 || bytes[0] != SNAP_FORMAT_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxsnapshot value"),
				 errdetail("Format version %d is not supported; this version reads version %d.",
						   len < 1 ? -1 : bytes[0], SNAP_FORMAT_VERSION)));
	if (snap_unflatten(bytes, (size_t) len, &snap) != SNAP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external fxsnapshot value"),
				 errdetail("The bytes are not a snapshot that text input would accept.")));
	PG_RETURN_DATUM(flat_datum(&snap));
}

Datum
fxsnapshot_send(PG_FUNCTION_ARGS)
{
	FxSnapshot	local;
	const FxSnapshot *s = fxsnapshot_arg(fcinfo, 0, &local);
	size_t		size = snap_flat_size(s);
	uint8	   *flat = palloc(size);
	StringInfoData buf;

	snap_flatten(s, flat);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) flat, (int) size);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
