/*
 * fxsnapshot.c - the `fxsnapshot` type and the `snapshot_agg` aggregates.
 *
 * The aggregates' transition state is fxsnapshot itself, not `internal`, so
 * that Citus can push them down to its workers and ship partial states as
 * text.  A value has two forms:
 *
 *   - the stored form (core/snapshot.h): a format version byte, then the
 *     variants in canonical order, big-endian.  Everything a user can see,
 *     store or send is in this form.
 *   - the working form (SnapWork below), which only the aggregates make:
 *     the variants as core structs with spare room and, once there are more
 *     than SNAP_LINEAR_MAX of them, a hash index, all in one chunk.  The
 *     transition function updates it in place (allowed when
 *     AggCheckCallContext says it owns the state), so a row costs a lookup
 *     and a counter update, never a new varlena.  When it is full, a chunk
 *     twice the size replaces it.  snapshot_final turns it into the stored
 *     form; snapshot_combine reads it (partial states from parallel workers
 *     arrive in it).
 *
 * Why not an expanded object (utils/expandeddatum.h)?  Each one needs its
 * own memory context, at least 1 kB, which multiplied the memory of a
 * GROUP BY over many pages by three and made hash aggregation spill to
 * disk several times more; a working state of 5 pairs is 416 bytes.
 */
#include "compat.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "nodes/nodes.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "aggregate.h"
#include "fxquote.h"
#include "fxsnapshot.h"
#include "textio.h"

PG_FUNCTION_INFO_V1(fxsnapshot_in);
PG_FUNCTION_INFO_V1(fxsnapshot_out);
PG_FUNCTION_INFO_V1(fxsnapshot_recv);
PG_FUNCTION_INFO_V1(fxsnapshot_send);
PG_FUNCTION_INFO_V1(snapshot_transfn);
PG_FUNCTION_INFO_V1(snapshot_transfn_ts);
PG_FUNCTION_INFO_V1(snapshot_transfn_pos);
PG_FUNCTION_INFO_V1(snapshot_combine);
PG_FUNCTION_INFO_V1(snapshot_final);

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
			/* named in a fixed order: which one came first depends on the plan */
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge snapshots keyed by %s and by %s",
							kind_name(Min(have, got)), kind_name(Max(have, got))),
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
		case SNAP_FULL:
			elog(ERROR, "unexpected snapshot status %d", (int) st);
	}
}

/* ---- the working form ------------------------------------------------------------ */

/* The first data byte: stored values start with SNAP_FORMAT_VERSION (1). */
#define SNAP_WORK_FORM 0x80

typedef struct SnapWork
{
	int32		vl_len_;		/* varlena header */
	uint8		form;			/* SNAP_WORK_FORM */
	uint8		pad[3];
	uint32		cap;
	uint32		nslots;
	SnapState	state;			/* the core's n, kind, total, sorted (snap_state) */
	/* then SnapVariant v[cap], then uint32 slots[nslots] */
} SnapWork;

#define WORK_HEADER MAXALIGN(sizeof(SnapWork))
#define WORK_FIRST_CAP 8		/* a 5-pair ticker fits */

static Size
work_size(uint32 cap, uint32 nslots)
{
	return WORK_HEADER + (Size) cap * sizeof(SnapVariant) + (Size) nslots * sizeof(uint32);
}

/* An empty working state with room for cap variants, in the current context. */
static SnapWork *
work_new(uint32 cap)
{
	uint32		nslots = snap_index_slots(cap);
	Size		size = work_size(cap, nslots);
	SnapWork   *w = palloc(size);

	memset(w, 0, WORK_HEADER);
	memset((char *) w + WORK_HEADER + (Size) cap * sizeof(SnapVariant), 0,
		   (Size) nslots * sizeof(uint32));
	SET_VARSIZE(w, size);
	w->form = SNAP_WORK_FORM;
	w->cap = cap;
	w->nslots = nslots;
	return w;
}

static inline SnapVariant *
work_variants(SnapWork *w)
{
	return (SnapVariant *) ((char *) w + WORK_HEADER);
}

/* Work on w's arrays through a core snapshot (no copy). */
static void
work_attach(SnapWork *w, FxSnapshot *s)
{
	SnapVariant *v = work_variants(w);

	if (snap_attach(s, v, w->cap, (uint32 *) (v + w->cap), w->nslots, &w->state) != SNAP_OK)
		elog(ERROR, "fxsnapshot working state does not describe its arrays");
}

/* Keep what the core changed (after adding to the attached snapshot). */
static void
work_detach(const FxSnapshot *s, SnapWork *w)
{
	w->state = snap_state(s);
}

/* w moved to a chunk twice the size (w itself is left to its owner to free). */
static SnapWork *
work_grow(SnapWork *w)
{
	SnapWork   *bigger = work_new(w->cap >= SNAP_MAX_VARIANTS / 2 ? SNAP_MAX_VARIANTS : w->cap * 2);
	FxSnapshot	from;
	FxSnapshot	to;

	work_attach(w, &from);
	work_attach(bigger, &to);
	report_status(snap_merge(&to, &from), to.kind, from.kind);
	work_detach(&to, bigger);
	return bigger;
}

/*
 * The common case, a repeat in a small state: find it by a byte comparison
 * (quotes are canonical, so equal quotes have equal bytes) and count it,
 * without setting up the core's view of the state.  False when v is new
 * (or the state is indexed, keyed differently, or its count would
 * overflow): work_add then does the full work.
 */
static inline bool
work_count_repeat(SnapWork *w, SnapKeyKind kind, const SnapVariant *v)
{
	SnapVariant *have = work_variants(w);

	if (w->nslots != 0 || w->state.kind != kind || v->seen > PG_INT64_MAX - w->state.total)
		return false;
	for (uint32 i = 0; i < w->state.n; i++, have++)
	{
		if (memcmp(&have->quote, &v->quote, sizeof(FxQuote)) != 0)
			continue;
		have->seen += v->seen;
		if (v->first_key < have->first_key)
			have->first_key = v->first_key;
		if (v->last_key > have->last_key)
			have->last_key = v->last_key;
		w->state.total += v->seen;
		return true;
	}
	return false;
}

/* work_add without the fast path (the caller tried it). */
static SnapWork *
work_add_slow(SnapWork *w, SnapKeyKind kind, const SnapVariant *v)
{
	FxSnapshot	s;
	SnapStatus	st;

	work_attach(w, &s);
	st = snap_add_variant(&s, kind, v);
	if (st == SNAP_FULL)
	{
		w = work_grow(w);
		work_attach(w, &s);
		st = snap_add_variant(&s, kind, v);
	}
	report_status(st, s.kind, kind);
	work_detach(&s, w);
	return w;
}

/*
 * Add one variant, growing when full.  Returns the state to use from now
 * on: w itself, or its bigger replacement.
 */
static SnapWork *
work_add(SnapWork *w, SnapKeyKind kind, const SnapVariant *v)
{
	if (work_count_repeat(w, kind, v))
		return w;
	return work_add_slow(w, kind, v);
}

static bool
is_work_form(const struct varlena *v)
{
	return VARATT_IS_4B_U(v) && VARSIZE(v) >= WORK_HEADER &&
		((const SnapWork *) v)->form == SNAP_WORK_FORM;
}

/*
 * Check the header of a working state that did not come from this call's
 * own state (a partial state from a parallel worker, or a value handed to
 * a function): it is read as carefully as a stored value.
 */
static SnapWork
work_header_checked(const struct varlena *v)
{
	SnapWork	hdr;

	memcpy(&hdr, v, sizeof(hdr));
	if (hdr.cap == 0 || hdr.cap > SNAP_MAX_VARIANTS || hdr.state.n > hdr.cap ||
		hdr.state.kind > SNAP_KEY_POSITION || hdr.state.total < (int64) hdr.state.n ||
		hdr.nslots != snap_index_slots(hdr.cap) ||
		VARSIZE(v) != work_size(hdr.cap, hdr.nslots))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("fxsnapshot working state is corrupted")));
	return hdr;
}

/*
 * Variant i of a checked working state (copied: v may be unaligned).  A
 * state the aggregate made itself (own: its own transition value, or a
 * partial state from its parallel workers) is trusted; anything else is
 * checked like a stored value.
 */
static SnapVariant
work_variant_checked(const struct varlena *v, uint32 i, bool own)
{
	SnapVariant var;

	memcpy(&var, (const char *) v + WORK_HEADER + (Size) i * sizeof(SnapVariant), sizeof(var));
	if (own)
		return var;
	if (!fxq_is_valid(&var.quote) || var.seen < 1 || var.first_key > var.last_key)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("fxsnapshot working state is corrupted")));
	return var;
}

/* Read a working state into the core snapshot s. */
static void
work_read(const struct varlena *v, FxSnapshot *s, bool own)
{
	SnapWork	hdr = work_header_checked(v);

	for (uint32 i = 0; i < hdr.state.n; i++)
	{
		SnapVariant var = work_variant_checked(v, i, own);

		report_status(snap_add_variant(s, hdr.state.kind, &var), s->kind, hdr.state.kind);
	}
}

/* Merge a working state (a parallel worker's partial state) into w. */
static SnapWork *
work_merge_work(SnapWork *w, const struct varlena *other, bool own)
{
	SnapWork	hdr = work_header_checked(other);

	if (hdr.state.n > 0 && w->state.n > 0 && hdr.state.kind != w->state.kind)
		report_status(SNAP_KIND_MISMATCH, w->state.kind, hdr.state.kind);
	for (uint32 i = 0; i < hdr.state.n; i++)
	{
		SnapVariant var = work_variant_checked(other, i, own);

		w = work_add(w, hdr.state.kind, &var);
	}
	return w;
}

/* Read a stored value (validated: it may come from a corrupted page). */
static void
stored_read(const struct varlena *v, FxSnapshot *s)
{
	if (snap_unflatten((const uint8 *) VARDATA(v), VARSIZE(v) - VARHDRSZ, s) != SNAP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("stored fxsnapshot value is corrupted")));
}

/* Any fxsnapshot Datum into the (empty) core snapshot s. */
static void
datum_read(Datum d, FxSnapshot *s)
{
	struct varlena *v = PG_DETOAST_DATUM(d);

	if (is_work_form(v))
		work_read(v, s, false);
	else
		stored_read(v, s);
	snap_sort(s);
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
}

const FxSnapshot *
fxsnapshot_arg(FunctionCallInfo fcinfo, int n, FxSnapshot *local)
{
	snapshot_init_in(local, CurrentMemoryContext);
	datum_read(PG_GETARG_DATUM(n), local);
	return local;
}

/* A sorted snapshot as a stored value. */
static Datum
stored_datum(const FxSnapshot *s)
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

/*
 * The aggregate's own working state in argument 0, which it may update in
 * place, or NULL (no state yet, a stored value, or a value not laid out
 * for in-place updates).
 */
static inline SnapWork *
own_state(FunctionCallInfo fcinfo)
{
	struct varlena *v;

	if (PG_ARGISNULL(0))
		return NULL;
	v = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(0));
	if (!VARATT_IS_EXTENDED(v) && is_work_form(v) && ((uintptr_t) v % MAXIMUM_ALIGNOF) == 0)
		return (SnapWork *) v;
	return NULL;
}

/*
 * The state in argument 0, ready to be updated: the aggregate's own working
 * state when it is one (updated in place), else a new working copy in the
 * current memory context (nodeAgg moves it into the aggregate context).
 * Outside an aggregate the argument is never modified.
 */
static SnapWork *
state_for_update(FunctionCallInfo fcinfo, bool in_aggregate)
{
	FxSnapshot	s;
	SnapWork   *w;
	uint32		cap = WORK_FIRST_CAP;

	if (PG_ARGISNULL(0))
		return work_new(cap);
	if (in_aggregate && (w = own_state(fcinfo)) != NULL)
		return w;
	snapshot_init_in(&s, CurrentMemoryContext);
	datum_read(PG_GETARG_DATUM(0), &s);
	while (cap < s.n)
		cap *= 2;
	w = work_new(cap);
	for (uint32 i = 0; i < s.n; i++)
		w = work_add(w, s.kind, &s.v[i]);
	/* an empty snapshot keeps its kind too (what it may merge with) */
	w->state.kind = s.kind;
	return w;
}

/* The result of a transition or combine: the working state, or outside an aggregate a stored value. */
static Datum
state_result(SnapWork *w, bool in_aggregate)
{
	FxSnapshot	s;

	if (in_aggregate)
		PG_RETURN_POINTER(w);
	work_attach(w, &s);
	snap_sort(&s);
	return stored_datum(&s);
}

/* ---- the aggregates -------------------------------------------------------------- */

/* A row with a NULL quote (or key) is skipped, as a strict aggregate would. */
static Datum
skip_row(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/*
 * One row.  Most rows repeat a quote already in the aggregate's own small
 * state: they are counted right here, in place, with no call, copy or
 * allocation (8M rows per query make every nanosecond show).
 */
static inline Datum
accumulate(FunctionCallInfo fcinfo, SnapKeyKind kind, int64 key)
{
	bool		in_aggregate = exr_called_as_aggregate(fcinfo);
	SnapWork   *w = in_aggregate ? own_state(fcinfo) : NULL;
	SnapVariant v;

	v.quote = *PG_GETARG_FXQUOTE_P(1);
	v.seen = 1;
	v.first_key = v.last_key = key;
	if (w != NULL)
	{
		if (!work_count_repeat(w, kind, &v))
			w = work_add_slow(w, kind, &v);
		PG_RETURN_POINTER(w);
	}
	return state_result(work_add(state_for_update(fcinfo, in_aggregate), kind, &v), in_aggregate);
}

Datum
snapshot_transfn(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(1))
		return skip_row(fcinfo);
	return accumulate(fcinfo, SNAP_KEY_NONE, 0);
}

Datum
snapshot_transfn_ts(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return skip_row(fcinfo);
	return accumulate(fcinfo, SNAP_KEY_TIME, PG_GETARG_TIMESTAMPTZ(2));
}

Datum
snapshot_transfn_pos(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return skip_row(fcinfo);
	return accumulate(fcinfo, SNAP_KEY_POSITION, PG_GETARG_INT64(2));
}

/*
 * Merge two snapshots: the combine function of every snapshot_agg, and the
 * transition function of snapshot_agg(fxsnapshot).  A NULL second argument
 * leaves the first as it is; a NULL first argument gives a copy of the
 * second (never the second itself).
 */
Datum
snapshot_combine(PG_FUNCTION_ARGS)
{
	bool		in_aggregate = exr_called_as_aggregate(fcinfo);
	SnapWork   *w;
	struct varlena *other;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		if (in_aggregate)
			PG_RETURN_DATUM(PG_GETARG_DATUM(0));
		return state_result(state_for_update(fcinfo, false), false);
	}
	other = PG_DETOAST_DATUM(PG_GETARG_DATUM(1));
	if (in_aggregate && PG_ARGISNULL(0) && is_work_form(other))
	{
		/*
		 * A parallel worker's partial state, the first for its group: it
		 * becomes the state as it is.  nodeAgg copies a new state into the
		 * aggregate context itself, so a copy here would be a second one.
		 */
		work_header_checked(other);
		PG_RETURN_POINTER(other);
	}
	w = state_for_update(fcinfo, in_aggregate);
	if (is_work_form(other))
		w = work_merge_work(w, other, in_aggregate);
	else
	{
		FxSnapshot	s;

		snapshot_init_in(&s, CurrentMemoryContext);
		stored_read(other, &s);
		if (s.n > 0 && w->state.n > 0 && s.kind != w->state.kind)
			report_status(SNAP_KIND_MISMATCH, w->state.kind, s.kind);
		for (uint32 i = 0; i < s.n; i++)
			w = work_add(w, s.kind, &s.v[i]);
	}
	return state_result(w, in_aggregate);
}

/* The aggregate's result: the stored form (sorted, compact). */
Datum
snapshot_final(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	FxSnapshot	s;
	SnapWork	hdr;
	SnapVariant small[WORK_FIRST_CAP];
	SnapVariant *copy;

	if (!is_work_form(v))
		PG_RETURN_POINTER(v);
	if (!AggCheckCallContext(fcinfo, NULL))
	{
		/* not the aggregate's own state: read it with every check */
		snapshot_init_in(&s, CurrentMemoryContext);
		work_read(v, &s, false);
		snap_sort(&s);
		return stored_datum(&s);
	}

	/*
	 * The aggregate's own state: sort a copy of its variants (the state
	 * itself must stay as it is: a window aggregate goes on with it).  A
	 * ticker's few variants are copied on the stack, not allocated.
	 */
	hdr = work_header_checked(v);
	copy = hdr.state.n <= lengthof(small) ? small : palloc(hdr.state.n * sizeof(SnapVariant));
	memcpy(copy, (const char *) v + WORK_HEADER, hdr.state.n * sizeof(SnapVariant));
	/* no index: the copy is only sorted and flattened, never searched */
	if (snap_attach(&s, copy, hdr.state.n, NULL, 0, &hdr.state) != SNAP_OK)
		elog(ERROR, "fxsnapshot working state does not describe its arrays");
	snap_sort(&s);
	return stored_datum(&s);
}

/* ---- text and binary I/O ----------------------------------------------------------- */

Datum
fxsnapshot_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	size_t		len;
	const char *utf8 = exr_chars_utf8(s, strlen(s), &len, "snapshot");
	FxSnapshot	snap;
	SnapParseError err;
	char		why[SNAP_DESCRIBE_MAX];
	int			code = ERRCODE_INVALID_TEXT_REPRESENTATION;

	snapshot_init_in(&snap, CurrentMemoryContext);
	if (snap_parse(utf8, len, &snap, &err) == SNAP_SYN_OK)
		PG_RETURN_DATUM(stored_datum(&snap));
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
			 errdetail("%s", exr_detail(why)),
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
	PG_RETURN_DATUM(stored_datum(&snap));
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

/* ---- for the other glue files (fxsnapshot.h) ------------------------------------ */

SnapAllocator
fxsnapshot_allocator(void)
{
	SnapAllocator alloc = {mcxt_resize, mcxt_release, CurrentMemoryContext};

	return alloc;
}

void
fxsnapshot_init(FxSnapshot *s)
{
	snapshot_init_in(s, CurrentMemoryContext);
}

Datum
fxsnapshot_datum(const FxSnapshot *s)
{
	return stored_datum(s);
}

void
fxsnapshot_check(SnapStatus st, SnapKeyKind kind)
{
	report_status(st, kind, kind);
}
