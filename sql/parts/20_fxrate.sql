
-- ---------------------------------------------------------------------------
-- fxrate: the exact rate of a currency pair (16 bytes, by reference, 18 digits)
-- 'KGS/USD 0.01144' means 1 KGS = 0.01144 USD.
-- ---------------------------------------------------------------------------
CREATE TYPE fxrate;

CREATE FUNCTION fxrate_in(cstring) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxrate_out(fxrate) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxrate_recv(internal) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxrate_send(fxrate) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE fxrate (
	INPUT = fxrate_in,
	OUTPUT = fxrate_out,
	RECEIVE = fxrate_recv,
	SEND = fxrate_send,
	INTERNALLENGTH = 16,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE fxrate IS 'exact rate of a currency pair: ''KGS/USD 0.01144'' means 1 KGS = 0.01144 USD';

CREATE FUNCTION fxrate_eq(fxrate, fxrate) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxrate_ne(fxrate, fxrate) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxrate_lt(fxrate, fxrate) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxrate_le(fxrate, fxrate) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxrate_gt(fxrate, fxrate) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxrate_ge(fxrate, fxrate) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxrate_cmp(fxrate, fxrate) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxrate_hash(fxrate) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxrate_hash_extended(fxrate, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;

CREATE OPERATOR = (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS fxrate_ops DEFAULT FOR TYPE fxrate USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 fxrate_cmp(fxrate, fxrate);
CREATE OPERATOR CLASS fxrate_hash_ops DEFAULT FOR TYPE fxrate USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 fxrate_hash(fxrate),
	FUNCTION 2 fxrate_hash_extended(fxrate, bigint);
-- Comments, so that \df+, \do+ and \dT+ in psql say what each one is.
COMMENT ON FUNCTION fxrate_in(cstring) IS 'text input of fxrate';
COMMENT ON FUNCTION fxrate_out(fxrate) IS 'text output of fxrate';
COMMENT ON FUNCTION fxrate_recv(internal) IS 'binary input of fxrate, validated like text input';
COMMENT ON FUNCTION fxrate_send(fxrate) IS 'binary output of fxrate';
COMMENT ON FUNCTION fxrate_eq(fxrate, fxrate) IS 'implementation of the = operator of fxrate';
COMMENT ON FUNCTION fxrate_ne(fxrate, fxrate) IS 'implementation of the <> operator of fxrate';
COMMENT ON FUNCTION fxrate_lt(fxrate, fxrate) IS 'implementation of the < operator of fxrate';
COMMENT ON FUNCTION fxrate_le(fxrate, fxrate) IS 'implementation of the <= operator of fxrate';
COMMENT ON FUNCTION fxrate_gt(fxrate, fxrate) IS 'implementation of the > operator of fxrate';
COMMENT ON FUNCTION fxrate_ge(fxrate, fxrate) IS 'implementation of the >= operator of fxrate';
COMMENT ON FUNCTION fxrate_cmp(fxrate, fxrate) IS '-1, 0 or 1: btree comparison of two fxrate values (by base, quote, then value)';
COMMENT ON FUNCTION fxrate_hash(fxrate) IS 'hash of a fxrate value, agreeing with = (hash indexes, joins, aggregation)';
COMMENT ON FUNCTION fxrate_hash_extended(fxrate, bigint) IS 'seeded 64-bit hash of a fxrate value, agreeing with =';
COMMENT ON OPERATOR =(fxrate, fxrate) IS 'equal: the same pair and value, whatever the digits (0.0114 = 0.01140)';
COMMENT ON OPERATOR <>(fxrate, fxrate) IS 'not equal';
COMMENT ON OPERATOR <(fxrate, fxrate) IS 'less than (by base, quote, then value)';
COMMENT ON OPERATOR <=(fxrate, fxrate) IS 'less than or equal (by base, quote, then value)';
COMMENT ON OPERATOR >(fxrate, fxrate) IS 'greater than (by base, quote, then value)';
COMMENT ON OPERATOR >=(fxrate, fxrate) IS 'greater than or equal (by base, quote, then value)';

-- Parts and construction.
CREATE FUNCTION fxrate(base currency, quote currency, rate numeric) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxrate_construct' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxrate(currency, currency, numeric) IS 'the rate 1 base = rate quote';
CREATE FUNCTION base(fxrate) RETURNS currency
	AS 'MODULE_PATHNAME', 'fxrate_base' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION base(fxrate) IS 'the base currency (KGS in KGS/USD)';
CREATE FUNCTION quote(fxrate) RETURNS currency
	AS 'MODULE_PATHNAME', 'fxrate_quote' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quote(fxrate) IS 'the quote currency (USD in KGS/USD)';
CREATE FUNCTION rate(fxrate) RETURNS numeric
	AS 'MODULE_PATHNAME', 'fxrate_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rate(fxrate) IS 'the rate as an exact numeric, with its published digits';
CREATE CAST (fxrate AS numeric) WITH FUNCTION rate(fxrate);
COMMENT ON CAST (fxrate AS numeric) IS 'the rate as an exact numeric, with its published digits (explicit)';
-- text -> fxrate without the cstring copy of an I/O cast (same results and errors)
CREATE FUNCTION fxrate(text) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxrate_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxrate(text) IS 'a rate from text, as the type''s input reads it';
CREATE CAST (text AS fxrate) WITH FUNCTION fxrate(text);
COMMENT ON CAST (text AS fxrate) IS 'reads a rate as the type''s input does, without a cstring copy';
CREATE FUNCTION rate_scale(fxrate) RETURNS integer
	AS 'MODULE_PATHNAME', 'fxrate_scale' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rate_scale(fxrate) IS 'digits after the point, as published';
CREATE FUNCTION rate_error_bound(fxrate) RETURNS numeric
	AS 'MODULE_PATHNAME', 'fxrate_error_bound' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rate_error_bound(fxrate) IS 'half a unit of the last published digit, relative to the rate';

-- Derived rates: rounded half-even to 18 significant digits.
CREATE FUNCTION inverse(fxrate) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxrate_inverse' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION inverse(fxrate) IS 'QUOTE/BASE 1/rate, at full precision';
CREATE FUNCTION fxrate_chain(fxrate, fxrate) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxrate_chain(fxrate, fxrate) IS 'A/B * B/C -> A/C';
CREATE OPERATOR * (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_chain, COMMUTATOR = *
);
COMMENT ON OPERATOR *(fxrate, fxrate) IS 'chain: A/B * B/C -> A/C, in either order, 18 significant digits';
CREATE FUNCTION fxrate_cross(fxrate, fxrate) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxrate_cross(fxrate, fxrate) IS 'A/C / B/C -> A/B, and C/A / C/B -> B/A';
CREATE OPERATOR / (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_cross
);
COMMENT ON OPERATOR /(fxrate, fxrate) IS 'cross: A/C / B/C -> A/B, and C/A / C/B -> B/A, 18 significant digits';
CREATE FUNCTION pct_change(new fxrate, old fxrate) RETURNS numeric
	AS 'MODULE_PATHNAME', 'fxrate_pct_change' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pct_change(fxrate, fxrate) IS '100 * (new - old) / old, for two rates of one pair';
CREATE OPERATOR -% (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = pct_change
);
COMMENT ON OPERATOR -%(fxrate, fxrate) IS 'percent change new -% old: 100 * (new - old) / old, for two rates of one pair';
CREATE FUNCTION fxrate_move_pct(fxrate, numeric) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxrate_move_pct(fxrate, numeric) IS 'the rate moved by a percent: rate * (1 + pct / 100)';
CREATE OPERATOR +% (
	LEFTARG = fxrate, RIGHTARG = numeric, PROCEDURE = fxrate_move_pct
);
COMMENT ON OPERATOR +%(fxrate, numeric) IS 'the rate moved by a percent: rate * (1 + pct / 100), 18 significant digits';
CREATE FUNCTION round(fxrate, integer) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxrate_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION round(fxrate, integer) IS 'the rate rounded half-even to that many decimals';

-- A plain number converted with a rate.
CREATE FUNCTION numeric_mul_fxrate(numeric, fxrate) RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION numeric_mul_fxrate(numeric, fxrate) IS 'a number times the rate, exact';
CREATE OPERATOR * (
	LEFTARG = numeric, RIGHTARG = fxrate, PROCEDURE = numeric_mul_fxrate
);
COMMENT ON OPERATOR *(numeric, fxrate) IS 'a number times the rate, exact numeric';
