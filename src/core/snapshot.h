/*
 * snapshot.h - a deduplicated ticker snapshot (plain C99).
 *
 * A snapshot is the set of distinct quotes ("variants") seen in a group of
 * rows, each with how often it was seen and, when the rows carry a key (a
 * timestamp or a position such as the line number), its first and last key.
 * Everything else is derived from that set, never from arrival order:
 *
 *   - one quote per pair: with a key, the variant with the latest key; without
 *     a key, the variant seen most often; ties go to the variant first in the
 *     fxquote order;
 *   - the order of pairs: with a key, by first appearance (earliest key, ties
 *     by pair); without a key, by pair (base code, then quote code);
 *   - the conflicts: pairs with more than one variant.
 *
 * Merging adds counts and takes the earliest first key and the latest last
 * key, which is associative and commutative: serial, parallel, distributed
 * and rolled-up aggregation give the same set, hence the same snapshot.
 * Memory grows with distinct quotes, never with rows.
 *
 * The caller provides the memory: either an allocator (SnapAllocator), so
 * the same code runs in the server (memory contexts) and in the unit tests
 * (malloc), or fixed arrays (snap_init_fixed), which the server's aggregate
 * keeps inside its transition value and grows itself on SNAP_FULL.
 */
#ifndef EXR_SNAPSHOT_H
#define EXR_SNAPSHOT_H

#include <stddef.h>
#include <stdint.h>

#include "fxquote.h"

typedef enum SnapKeyKind
{
	SNAP_KEY_NONE = 0,
	SNAP_KEY_TIME = 1,			/* microseconds since 2000-01-01 UTC (timestamptz) */
	SNAP_KEY_POSITION = 2		/* any bigint: a line number, a sequence */
} SnapKeyKind;

typedef struct SnapVariant
{
	FxQuote		quote;
	int64_t		seen;			/* >= 1 */
	int64_t		first_key;		/* both 0 for SNAP_KEY_NONE */
	int64_t		last_key;
} SnapVariant;

typedef struct SnapAllocator
{
	/* A block of new_size bytes starting with the old_size bytes at ptr (NULL: fresh). */
	void	   *(*resize) (void *ctx, void *ptr, size_t old_size, size_t new_size);
	void		(*release) (void *ctx, void *ptr);
	void	   *ctx;
} SnapAllocator;

typedef struct FxSnapshot
{
	SnapKeyKind kind;			/* fixed by the first variant; free while empty */
	uint32_t	n;				/* variants */
	uint32_t	cap;
	SnapVariant *v;
	int64_t		total;			/* rows: the sum of every variant's seen */
	int			sorted;			/* v[] is in canonical order (pair, then fxquote order) */
	uint32_t   *slots;			/* hash index (variant index + 1; 0 free), once n is large */
	uint32_t	nslots;			/* a power of two, or 0 */
	SnapAllocator alloc;
} FxSnapshot;

typedef enum SnapStatus
{
	SNAP_OK = 0,
	SNAP_KIND_MISMATCH,			/* merging snapshots keyed differently */
	SNAP_NO_MEMORY,
	SNAP_TOO_MANY,				/* more than SNAP_MAX_VARIANTS distinct quotes */
	SNAP_COUNT_OVERFLOW,		/* more than 2^63-1 rows */
	SNAP_BAD_FORMAT,			/* binary form malformed */
	SNAP_FULL					/* fixed storage: no room for another variant */
} SnapStatus;

/*
 * Keeps every form under PostgreSQL's 1 GB limit: the aggregate's working
 * state holds 48 bytes a variant plus an index of two 4-byte slots a variant.
 */
#define SNAP_MAX_VARIANTS 16777216u

/* Up to this many variants a linear scan beats hashing: no index needed. */
#define SNAP_LINEAR_MAX 8

/* The first byte of the binary form. */
#define SNAP_FORMAT_VERSION 1

void		snap_init(FxSnapshot *s, const SnapAllocator *alloc);

/*
 * Use the caller's arrays: room for cap variants, and (when cap >
 * SNAP_LINEAR_MAX) a hash index of nslots zeroed slots, nslots a power of
 * two >= 2 * cap (snap_index_slots).  Adding to a full snapshot gives
 * SNAP_FULL; the caller then moves it to bigger arrays (snap_merge into a
 * new one).
 */
void		snap_init_fixed(FxSnapshot *s, SnapVariant *v, uint32_t cap,
							uint32_t *slots, uint32_t nslots);

/*
 * What a caller that keeps a snapshot's arrays in its own storage (the
 * server's aggregate state) keeps beside them, to attach them again later.
 */
typedef struct SnapState
{
	SnapKeyKind kind;
	uint32_t	n;				/* variants in use */
	int64_t		total;			/* rows */
	int			sorted;
} SnapState;

SnapState	snap_state(const FxSnapshot *s);

/*
 * Attach arrays that already hold variants (as snap_init_fixed, then the
 * state snap_state gave when they were last in use).  SNAP_BAD_FORMAT, and
 * an empty snapshot, if the state cannot describe the arrays (more
 * variants than room, an unknown kind, fewer rows than variants).
 */
SnapStatus	snap_attach(FxSnapshot *s, SnapVariant *v, uint32_t cap,
						uint32_t *slots, uint32_t nslots, const SnapState *state);

/* The index size snap_init_fixed needs for cap variants (0: none). */
uint32_t	snap_index_slots(uint32_t cap);
void		snap_free(FxSnapshot *s);

/* Count one row. */
SnapStatus	snap_add(FxSnapshot *s, const FxQuote *q, SnapKeyKind kind, int64_t key);

/* Merge one variant (with its count and keys) in. */
SnapStatus	snap_add_variant(FxSnapshot *s, SnapKeyKind kind, const SnapVariant *v);

/* Merge all of src into dst (src unchanged). */
SnapStatus	snap_merge(FxSnapshot *dst, const FxSnapshot *src);

/* Index of the variant equal to q, or -1. */
int64_t		snap_find(const FxSnapshot *s, const FxQuote *q);

/* Put the variants in canonical order (needed by everything below). */
void		snap_sort(FxSnapshot *s);

/* One pair of a sorted snapshot. */
typedef struct SnapPair
{
	uint32_t	start;			/* its variants are v[start .. start + count) */
	uint32_t	count;
	uint32_t	chosen;			/* index in v of the quote the snapshot keeps */
	int64_t		seen;			/* rows of this pair, all variants */
	int64_t		first_key;
	int64_t		last_key;
} SnapPair;

/*
 * The next pair in canonical order (by pair), starting at *pos (0 for the
 * first); 0 when there is none.
 */
int			snap_next_pair(const FxSnapshot *s, uint32_t *pos, SnapPair *pair);

/*
 * All pairs in the snapshot's order into out[] (room for s->n entries).
 * Returns the number of pairs.
 */
uint32_t	snap_pairs(const FxSnapshot *s, SnapPair *out);

/* Repeats removed: for each variant, seen - 1. */
int64_t		snap_duplicates(const FxSnapshot *s);

/* Order of the quotes kept (one per pair, compared by pair): for = and the btree opclass. */
int			snap_cmp_kept(const FxSnapshot *a, const FxSnapshot *b);

/* ---- binary form: version byte, kind, counts and keys, big-endian ---- */
size_t		snap_flat_size(const FxSnapshot *s);
void		snap_flatten(const FxSnapshot *s, uint8_t *buf);	/* s sorted */

/* Read and validate a binary form into an empty snapshot. */
SnapStatus	snap_unflatten(const uint8_t *buf, size_t len, FxSnapshot *s);

/* ---- text form ----
 *   {KGS/USD = 0.01144 0% x8 #1..36; KZT/USD = 0.00194 -0% x8 #2..37}
 * Pairs in the snapshot's order separated by ';'; within a pair the kept
 * quote first, then the other variants (conflicts) separated by '|'.  After
 * each quote: 'x' and how often it was seen, then its key range: '#first..last'
 * for positions, '@first..last' for timestamps (ISO 8601, UTC), or a single
 * key when first = last.  '{}' is the empty snapshot.
 */

/*
 * Write the text of a sorted snapshot, given its pairs (snap_pairs).
 * Writes at most cap bytes including a NUL; returns the full length
 * without the NUL (call with cap 0 to measure).
 */
size_t		snap_format(const FxSnapshot *s, const SnapPair *pairs, uint32_t npairs,
						char *buf, size_t cap);

typedef enum SnapSyntax
{
	SNAP_SYN_OK = 0,
	SNAP_SYN_OPEN,				/* no '{' */
	SNAP_SYN_CLOSE,				/* no '}', or text after it */
	SNAP_SYN_QUOTE,				/* a quote does not parse (see quote_err) */
	SNAP_SYN_COUNT,				/* no 'x' and count >= 1 */
	SNAP_SYN_KEY,				/* a key does not parse */
	SNAP_SYN_KEY_ORDER,			/* first key after last key */
	SNAP_SYN_MIXED_KEYS,		/* quotes keyed differently */
	SNAP_SYN_DUPLICATE,			/* the same quote twice */
	SNAP_SYN_SEPARATOR,			/* no ';', '|' or '}' after a quote */
	SNAP_SYN_LIMIT				/* too many quotes or rows (see status) */
} SnapSyntax;

typedef struct SnapParseError
{
	SnapSyntax	syntax;
	size_t		off;			/* where in the text */
	uint32_t	item;			/* which quote, 1-based (0: none yet) */
	FxQuoteError quote_err;		/* SNAP_SYN_QUOTE: offsets relative to the text */
	SnapStatus	status;			/* SNAP_SYN_LIMIT, or SNAP_NO_MEMORY */
} SnapParseError;

/* Parse text into an empty snapshot; SNAP_SYN_OK on success. */
SnapSyntax	snap_parse(const char *text, size_t len, FxSnapshot *s, SnapParseError *err);

/* A phrase for a parse error (lower case, no final period).  Returns its length. */
#define SNAP_DESCRIBE_MAX 256
int			snap_describe(const SnapParseError *err, const char *text, size_t len, char *buf);

#endif
