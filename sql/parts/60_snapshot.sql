
-- ---------------------------------------------------------------------------
-- fxsnapshot: a deduplicated ticker snapshot, and the snapshot_agg aggregates
-- ---------------------------------------------------------------------------
CREATE TYPE fxsnapshot;

CREATE FUNCTION fxsnapshot_in(cstring) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_out(fxsnapshot) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_recv(internal) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_send(fxsnapshot) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE fxsnapshot (
	INPUT = fxsnapshot_in,
	OUTPUT = fxsnapshot_out,
	RECEIVE = fxsnapshot_recv,
	SEND = fxsnapshot_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended
);
COMMENT ON TYPE fxsnapshot IS 'a deduplicated ticker snapshot: one quote per pair, with counts, key ranges and conflicting variants';

-- Transition and combine functions: not STRICT, because the first call gets
-- a NULL state (and a combine must see NULL partial states).  They update
-- the state in place only when called as an aggregate.
CREATE FUNCTION snapshot_transfn(fxsnapshot, fxquote) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION snapshot_transfn_ts(fxsnapshot, fxquote, timestamptz) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION snapshot_transfn_pos(fxsnapshot, fxquote, bigint) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION snapshot_combine(fxsnapshot, fxsnapshot) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- The aggregates keep a working form of the state while they run; the final
-- function turns it into the stored form (sorted, compact).
CREATE FUNCTION snapshot_final(fxsnapshot) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_transfn(fxsnapshot, fxquote) IS 'snapshot_agg(fxquote): counts a quote into the working state';
COMMENT ON FUNCTION snapshot_transfn_ts(fxsnapshot, fxquote, timestamptz) IS 'snapshot_agg(fxquote, timestamptz): counts a quote seen at a time into the working state';
COMMENT ON FUNCTION snapshot_transfn_pos(fxsnapshot, fxquote, bigint) IS 'snapshot_agg(fxquote, bigint): counts a quote seen at a position into the working state';
COMMENT ON FUNCTION snapshot_combine(fxsnapshot, fxsnapshot) IS 'snapshot_agg: merges two snapshots or partial states (parallel workers, Citus, rollups)';
COMMENT ON FUNCTION snapshot_final(fxsnapshot) IS 'snapshot_agg: the working state in its stored, sorted form';

-- The state type is fxsnapshot itself (not internal) and every aggregate has
-- a combine function.  SSPACE tells the planner what a group's working
-- state really takes in a hash table (416 bytes for a 5-pair ticker, in a
-- 512-byte chunk, plus its header): PostgreSQL runs them in parallel, and Citus pushes
-- them down to its workers and ships partial states as text.
CREATE AGGREGATE snapshot_agg(fxquote) (
	SFUNC = snapshot_transfn, STYPE = fxsnapshot, SSPACE = 560,
	FINALFUNC = snapshot_final, COMBINEFUNC = snapshot_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE snapshot_agg(fxquote) IS 'deduplicated snapshot; per pair the most frequent quote, pairs in pair order';
CREATE AGGREGATE snapshot_agg(fxquote, seen_at timestamptz) (
	SFUNC = snapshot_transfn_ts, STYPE = fxsnapshot, SSPACE = 560,
	FINALFUNC = snapshot_final, COMBINEFUNC = snapshot_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE snapshot_agg(fxquote, timestamptz) IS 'deduplicated snapshot; per pair the latest quote, pairs by first appearance';
CREATE AGGREGATE snapshot_agg(fxquote, "position" bigint) (
	SFUNC = snapshot_transfn_pos, STYPE = fxsnapshot, SSPACE = 560,
	FINALFUNC = snapshot_final, COMBINEFUNC = snapshot_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE snapshot_agg(fxquote, bigint) IS 'deduplicated snapshot; per pair the quote at the highest position, pairs by first appearance';
CREATE AGGREGATE snapshot_agg(fxsnapshot) (
	SFUNC = snapshot_combine, STYPE = fxsnapshot, SSPACE = 560,
	FINALFUNC = snapshot_final, COMBINEFUNC = snapshot_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE snapshot_agg(fxsnapshot) IS 'merge snapshots built with the same kind of key (rollup)';

-- = compares the quotes kept, one per pair; counts, keys and order do not count.
CREATE FUNCTION fxsnapshot_eq(fxsnapshot, fxsnapshot) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_ne(fxsnapshot, fxsnapshot) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_lt(fxsnapshot, fxsnapshot) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_le(fxsnapshot, fxsnapshot) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_gt(fxsnapshot, fxsnapshot) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_ge(fxsnapshot, fxsnapshot) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_cmp(fxsnapshot, fxsnapshot) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_hash(fxsnapshot) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxsnapshot_hash_extended(fxsnapshot, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;

CREATE OPERATOR = (
	LEFTARG = fxsnapshot, RIGHTARG = fxsnapshot, PROCEDURE = fxsnapshot_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = fxsnapshot, RIGHTARG = fxsnapshot, PROCEDURE = fxsnapshot_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = fxsnapshot, RIGHTARG = fxsnapshot, PROCEDURE = fxsnapshot_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = fxsnapshot, RIGHTARG = fxsnapshot, PROCEDURE = fxsnapshot_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = fxsnapshot, RIGHTARG = fxsnapshot, PROCEDURE = fxsnapshot_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = fxsnapshot, RIGHTARG = fxsnapshot, PROCEDURE = fxsnapshot_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS fxsnapshot_ops DEFAULT FOR TYPE fxsnapshot USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 fxsnapshot_cmp(fxsnapshot, fxsnapshot);
CREATE OPERATOR CLASS fxsnapshot_hash_ops DEFAULT FOR TYPE fxsnapshot USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 fxsnapshot_hash(fxsnapshot),
	FUNCTION 2 fxsnapshot_hash_extended(fxsnapshot, bigint);
-- Comments, so that \df+, \do+ and \dT+ in psql say what each one is.
COMMENT ON FUNCTION fxsnapshot_in(cstring) IS 'text input of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_out(fxsnapshot) IS 'text output of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_recv(internal) IS 'binary input of fxsnapshot, validated like text input';
COMMENT ON FUNCTION fxsnapshot_send(fxsnapshot) IS 'binary output of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_eq(fxsnapshot, fxsnapshot) IS 'implementation of the = operator of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_ne(fxsnapshot, fxsnapshot) IS 'implementation of the <> operator of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_lt(fxsnapshot, fxsnapshot) IS 'implementation of the < operator of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_le(fxsnapshot, fxsnapshot) IS 'implementation of the <= operator of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_gt(fxsnapshot, fxsnapshot) IS 'implementation of the > operator of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_ge(fxsnapshot, fxsnapshot) IS 'implementation of the >= operator of fxsnapshot';
COMMENT ON FUNCTION fxsnapshot_cmp(fxsnapshot, fxsnapshot) IS '-1, 0 or 1: btree comparison of two fxsnapshot values (a total order on the quotes kept)';
COMMENT ON FUNCTION fxsnapshot_hash(fxsnapshot) IS 'hash of a fxsnapshot value, agreeing with = (hash indexes, joins, aggregation)';
COMMENT ON FUNCTION fxsnapshot_hash_extended(fxsnapshot, bigint) IS 'seeded 64-bit hash of a fxsnapshot value, agreeing with =';
COMMENT ON OPERATOR =(fxsnapshot, fxsnapshot) IS 'equal: the same quotes kept, one per pair (counts, keys and order do not count)';
COMMENT ON OPERATOR <>(fxsnapshot, fxsnapshot) IS 'not equal';
COMMENT ON OPERATOR <(fxsnapshot, fxsnapshot) IS 'less than (a total order on the quotes kept)';
COMMENT ON OPERATOR <=(fxsnapshot, fxsnapshot) IS 'less than or equal (a total order on the quotes kept)';
COMMENT ON OPERATOR >(fxsnapshot, fxsnapshot) IS 'greater than (a total order on the quotes kept)';
COMMENT ON OPERATOR >=(fxsnapshot, fxsnapshot) IS 'greater than or equal (a total order on the quotes kept)';

CREATE FUNCTION snapshot_quotes(fxsnapshot, OUT ord integer, OUT quote fxquote, OUT seen bigint)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION snapshot_quotes(fxsnapshot) IS 'the quotes kept, one per pair, in the snapshot''s order, with how often each pair was seen';
CREATE FUNCTION snapshot_quote(fxsnapshot, pair text) RETURNS fxquote
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_quote(fxsnapshot, text) IS 'the quote kept for a pair such as ''KZT/USD'', or NULL';
CREATE FUNCTION snapshot_conflicts(fxsnapshot, OUT pair text, OUT variants fxquote[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION snapshot_conflicts(fxsnapshot) IS 'pairs seen with different quotes: the kept quote first, then the others';
CREATE FUNCTION snapshot_duplicates(fxsnapshot) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_duplicates(fxsnapshot) IS 'repeats removed: rows minus distinct quotes';
CREATE FUNCTION snapshot_diff(new fxsnapshot, old fxsnapshot,
	OUT pair text, OUT old_rate fxrate, OUT new_rate fxrate, OUT pct numeric)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION snapshot_diff(fxsnapshot, fxsnapshot) IS 'pairs whose rate changed, appeared (old_rate NULL) or vanished (new_rate NULL), with the change in percent';
