
-- ---------------------------------------------------------------------------
-- fxquote: one ticker quote, as published (24 bytes, by reference)
-- ---------------------------------------------------------------------------
CREATE TYPE fxquote;

CREATE FUNCTION fxquote_in(cstring) RETURNS fxquote
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxquote_out(fxquote) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxquote_recv(internal) RETURNS fxquote
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxquote_send(fxquote) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE fxquote (
	INPUT = fxquote_in,
	OUTPUT = fxquote_out,
	RECEIVE = fxquote_recv,
	SEND = fxquote_send,
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE fxquote IS 'one ticker quote: a pair''s rate and its change in percent, as published (''TJS/USD = 0.10844 -0.46%'')';

-- Exact comparison: every published digit and the sign of a zero change count.
CREATE FUNCTION fxquote_eq(fxquote, fxquote) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxquote_ne(fxquote, fxquote) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxquote_lt(fxquote, fxquote) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxquote_le(fxquote, fxquote) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxquote_gt(fxquote, fxquote) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxquote_ge(fxquote, fxquote) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxquote_cmp(fxquote, fxquote) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxquote_hash(fxquote) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxquote_hash_extended(fxquote, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;

CREATE OPERATOR = (
	LEFTARG = fxquote, RIGHTARG = fxquote, PROCEDURE = fxquote_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = fxquote, RIGHTARG = fxquote, PROCEDURE = fxquote_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = fxquote, RIGHTARG = fxquote, PROCEDURE = fxquote_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = fxquote, RIGHTARG = fxquote, PROCEDURE = fxquote_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = fxquote, RIGHTARG = fxquote, PROCEDURE = fxquote_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = fxquote, RIGHTARG = fxquote, PROCEDURE = fxquote_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS fxquote_ops DEFAULT FOR TYPE fxquote USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 fxquote_cmp(fxquote, fxquote);
CREATE OPERATOR CLASS fxquote_hash_ops DEFAULT FOR TYPE fxquote USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 fxquote_hash(fxquote),
	FUNCTION 2 fxquote_hash_extended(fxquote, bigint);
-- Comments, so that \df+, \do+ and \dT+ in psql say what each one is.
COMMENT ON FUNCTION fxquote_in(cstring) IS 'text input of fxquote';
COMMENT ON FUNCTION fxquote_out(fxquote) IS 'text output of fxquote';
COMMENT ON FUNCTION fxquote_recv(internal) IS 'binary input of fxquote, validated like text input';
COMMENT ON FUNCTION fxquote_send(fxquote) IS 'binary output of fxquote';
COMMENT ON FUNCTION fxquote_eq(fxquote, fxquote) IS 'implementation of the = operator of fxquote';
COMMENT ON FUNCTION fxquote_ne(fxquote, fxquote) IS 'implementation of the <> operator of fxquote';
COMMENT ON FUNCTION fxquote_lt(fxquote, fxquote) IS 'implementation of the < operator of fxquote';
COMMENT ON FUNCTION fxquote_le(fxquote, fxquote) IS 'implementation of the <= operator of fxquote';
COMMENT ON FUNCTION fxquote_gt(fxquote, fxquote) IS 'implementation of the > operator of fxquote';
COMMENT ON FUNCTION fxquote_ge(fxquote, fxquote) IS 'implementation of the >= operator of fxquote';
COMMENT ON FUNCTION fxquote_cmp(fxquote, fxquote) IS '-1, 0 or 1: btree comparison of two fxquote values (by base, quote, rate value, change (-0 < 0 < +0), then digits)';
COMMENT ON FUNCTION fxquote_hash(fxquote) IS 'hash of a fxquote value, agreeing with = (hash indexes, joins, aggregation)';
COMMENT ON FUNCTION fxquote_hash_extended(fxquote, bigint) IS 'seeded 64-bit hash of a fxquote value, agreeing with =';
COMMENT ON OPERATOR =(fxquote, fxquote) IS 'equal: the same quote as published: every digit and the sign of a zero change';
COMMENT ON OPERATOR <>(fxquote, fxquote) IS 'not equal';
COMMENT ON OPERATOR <(fxquote, fxquote) IS 'less than (by base, quote, rate value, change (-0 < 0 < +0), then digits)';
COMMENT ON OPERATOR <=(fxquote, fxquote) IS 'less than or equal (by base, quote, rate value, change (-0 < 0 < +0), then digits)';
COMMENT ON OPERATOR >(fxquote, fxquote) IS 'greater than (by base, quote, rate value, change (-0 < 0 < +0), then digits)';
COMMENT ON OPERATOR >=(fxquote, fxquote) IS 'greater than or equal (by base, quote, rate value, change (-0 < 0 < +0), then digits)';

CREATE FUNCTION change_pct(fxquote) RETURNS numeric
	AS 'MODULE_PATHNAME', 'fxquote_change_pct' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION change_pct(fxquote) IS 'the published change in percent, with its digits (-0% gives 0: see change_direction)';
CREATE FUNCTION change_direction(fxquote) RETURNS integer
	AS 'MODULE_PATHNAME', 'fxquote_change_direction' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION change_direction(fxquote) IS '-1, 0 or 1: the sign of the change; -0% gives -1 (a fall below the published precision)';
CREATE FUNCTION quote_rate(fxquote) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxquote_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quote_rate(fxquote) IS 'the quoted rate, as published';
CREATE FUNCTION previous_rate(fxquote) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxquote_previous_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION previous_rate(fxquote) IS 'the rate before the change: rate / (1 + change/100), at full precision';
