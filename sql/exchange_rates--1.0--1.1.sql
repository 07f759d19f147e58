/* exchange_rates upgrade script 1.0 -> 1.1 (ALTER EXTENSION exchange_rates UPDATE) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "ALTER EXTENSION exchange_rates UPDATE TO '1.1'" to load this file. \quit

-- Every change to the extension's SQL objects since 1.0 is made twice: in
-- sql/parts/ (what a fresh 1.1 install runs) and here (what an update from
-- 1.0 runs).  test/cluster/upgrade.sh proves the two give the same objects.
-- One section per concept, in the order of sql/parts/.

-- fxcandle (sql/parts/65_fxcandle.sql): new in 1.1
-- ---------------------------------------------------------------------------
CREATE TYPE fxcandle;

CREATE FUNCTION fxcandle_in(cstring) RETURNS fxcandle
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxcandle_out(fxcandle) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxcandle_recv(internal) RETURNS fxcandle
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxcandle_send(fxcandle) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE fxcandle (
	INPUT = fxcandle_in,
	OUTPUT = fxcandle_out,
	RECEIVE = fxcandle_recv,
	SEND = fxcandle_send,
	INTERNALLENGTH = 80,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON FUNCTION fxcandle_in(cstring) IS 'text input of fxcandle';
COMMENT ON FUNCTION fxcandle_out(fxcandle) IS 'text output of fxcandle (reads back identically)';
COMMENT ON FUNCTION fxcandle_recv(internal) IS 'binary input of fxcandle (version byte first, validated as text input)';
COMMENT ON FUNCTION fxcandle_send(fxcandle) IS 'binary output of fxcandle';
COMMENT ON TYPE fxcandle IS 'exact candle of one currency pair: open, high, low and close rates, when each was seen, and the row count';

-- The transition functions are not STRICT: the first row meets a NULL
-- state, and rows with a NULL rate or time are skipped.  candle_merge is
-- STRICT, so PostgreSQL starts a rollup from a copy of its first candle and
-- skips NULL partial states itself.
CREATE FUNCTION candle_transfn_rate(fxcandle, fxrate, timestamptz) RETURNS fxcandle
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION candle_transfn_rate(fxcandle, fxrate, timestamptz) IS 'transition function of candle(fxrate, timestamptz): the candle with one more row';
CREATE FUNCTION candle_transfn_quote(fxcandle, fxquote, timestamptz) RETURNS fxcandle
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION candle_transfn_quote(fxcandle, fxquote, timestamptz) IS 'transition function of candle(fxquote, timestamptz): the candle with one more row';
CREATE FUNCTION candle_merge(fxcandle, fxcandle) RETURNS fxcandle
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION candle_merge(fxcandle, fxcandle) IS 'the candle of both candles'' rows (one pair)';

-- The state is fxcandle itself (not internal) and the result, with a
-- combine function: PostgreSQL runs the aggregates in parallel, and Citus
-- pushes them down to its workers and ships partial states as text.
CREATE AGGREGATE candle(rate fxrate, at timestamptz) (
	SFUNC = candle_transfn_rate, STYPE = fxcandle,
	COMBINEFUNC = candle_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE candle(fxrate, timestamptz) IS 'exact candle of one pair''s rates: open (earliest), high, low, close (latest), when each was seen, and the count';
CREATE AGGREGATE candle(quote fxquote, at timestamptz) (
	SFUNC = candle_transfn_quote, STYPE = fxcandle,
	COMBINEFUNC = candle_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE candle(fxquote, timestamptz) IS 'exact candle of one pair''s quoted rates, as published';
CREATE AGGREGATE candle(fxcandle) (
	SFUNC = candle_merge, STYPE = fxcandle,
	COMBINEFUNC = candle_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE candle(fxcandle) IS 'merge candles of one pair (day candles into a week)';

CREATE FUNCTION open(fxcandle) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxcandle_open' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION open(fxcandle) IS 'the rate seen first (at equal times the lowest)';
CREATE FUNCTION high(fxcandle) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxcandle_high' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION high(fxcandle) IS 'the highest rate';
CREATE FUNCTION low(fxcandle) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxcandle_low' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION low(fxcandle) IS 'the lowest rate';
CREATE FUNCTION close(fxcandle) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxcandle_close' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION close(fxcandle) IS 'the rate seen last (at equal times the highest)';
CREATE FUNCTION open_at(fxcandle) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'fxcandle_open_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION open_at(fxcandle) IS 'when the open was seen: the earliest time';
CREATE FUNCTION high_at(fxcandle) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'fxcandle_high_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION high_at(fxcandle) IS 'the first time the high was seen';
CREATE FUNCTION low_at(fxcandle) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'fxcandle_low_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION low_at(fxcandle) IS 'the first time the low was seen';
CREATE FUNCTION close_at(fxcandle) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'fxcandle_close_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION close_at(fxcandle) IS 'when the close was seen: the latest time';
CREATE FUNCTION n(fxcandle) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fxcandle_n' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION n(fxcandle) IS 'how many rows made the candle';
CREATE FUNCTION candle_change_pct(fxcandle) RETURNS numeric
	AS 'MODULE_PATHNAME', 'fxcandle_change_pct' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION candle_change_pct(fxcandle) IS 'close against open in percent: 100 * (close - open) / open, as pct_change(close, open)';

-- = as fxrate's: the same pair, times and count, rates equal in value
-- (0.0114 = 0.01140).  The order: pair, open_at, close_at, then the rates.
CREATE FUNCTION fxcandle_eq(fxcandle, fxcandle) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxcandle_ne(fxcandle, fxcandle) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxcandle_lt(fxcandle, fxcandle) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxcandle_le(fxcandle, fxcandle) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxcandle_gt(fxcandle, fxcandle) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxcandle_ge(fxcandle, fxcandle) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxcandle_cmp(fxcandle, fxcandle) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxcandle_hash(fxcandle) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxcandle_hash_extended(fxcandle, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
COMMENT ON FUNCTION fxcandle_eq(fxcandle, fxcandle) IS 'implementation of = for fxcandle';
COMMENT ON FUNCTION fxcandle_ne(fxcandle, fxcandle) IS 'implementation of <> for fxcandle';
COMMENT ON FUNCTION fxcandle_lt(fxcandle, fxcandle) IS 'implementation of < for fxcandle';
COMMENT ON FUNCTION fxcandle_le(fxcandle, fxcandle) IS 'implementation of <= for fxcandle';
COMMENT ON FUNCTION fxcandle_gt(fxcandle, fxcandle) IS 'implementation of > for fxcandle';
COMMENT ON FUNCTION fxcandle_ge(fxcandle, fxcandle) IS 'implementation of >= for fxcandle';
COMMENT ON FUNCTION fxcandle_cmp(fxcandle, fxcandle) IS 'btree order of fxcandle: pair, open_at, close_at, then the rates';
COMMENT ON FUNCTION fxcandle_hash(fxcandle) IS 'hash of fxcandle (equal candles hash equal)';
COMMENT ON FUNCTION fxcandle_hash_extended(fxcandle, bigint) IS 'seeded hash of fxcandle';

CREATE OPERATOR = (
	LEFTARG = fxcandle, RIGHTARG = fxcandle, PROCEDURE = fxcandle_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = fxcandle, RIGHTARG = fxcandle, PROCEDURE = fxcandle_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = fxcandle, RIGHTARG = fxcandle, PROCEDURE = fxcandle_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = fxcandle, RIGHTARG = fxcandle, PROCEDURE = fxcandle_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = fxcandle, RIGHTARG = fxcandle, PROCEDURE = fxcandle_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = fxcandle, RIGHTARG = fxcandle, PROCEDURE = fxcandle_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (fxcandle, fxcandle) IS 'same pair, times and count, rates equal in value';
COMMENT ON OPERATOR <> (fxcandle, fxcandle) IS 'not equal';
COMMENT ON OPERATOR < (fxcandle, fxcandle) IS 'before in candle order (pair, open_at, close_at, rates)';
COMMENT ON OPERATOR <= (fxcandle, fxcandle) IS 'before or equal in candle order';
COMMENT ON OPERATOR > (fxcandle, fxcandle) IS 'after in candle order';
COMMENT ON OPERATOR >= (fxcandle, fxcandle) IS 'after or equal in candle order';

CREATE OPERATOR CLASS fxcandle_ops DEFAULT FOR TYPE fxcandle USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 fxcandle_cmp(fxcandle, fxcandle);
CREATE OPERATOR CLASS fxcandle_hash_ops DEFAULT FOR TYPE fxcandle USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 fxcandle_hash(fxcandle),
	FUNCTION 2 fxcandle_hash_extended(fxcandle, bigint);
