-- ---------------------------------------------------------------------------
-- currency: a known ISO 4217 alphabetic code, active or withdrawn (2 bytes, by value)
-- ---------------------------------------------------------------------------
CREATE TYPE currency;

CREATE FUNCTION currency_in(cstring) RETURNS currency
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_out(currency) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_recv(internal) RETURNS currency
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION currency_send(currency) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE currency (
	INPUT = currency_in,
	OUTPUT = currency_out,
	RECEIVE = currency_recv,
	SEND = currency_send,
	INTERNALLENGTH = 2,
	PASSEDBYVALUE,
	ALIGNMENT = int2,
	STORAGE = plain,
	CATEGORY = 'S'
);
COMMENT ON TYPE currency IS 'an ISO 4217 alphabetic currency code, active or withdrawn (currencies() lists the codes it knows)';

CREATE FUNCTION currency_eq(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION currency_ne(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION currency_lt(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION currency_le(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION currency_gt(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION currency_ge(currency, currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION currency_cmp(currency, currency) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION currency_hash(currency) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION currency_hash_extended(currency, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;

CREATE OPERATOR = (
	LEFTARG = currency, RIGHTARG = currency, PROCEDURE = currency_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = currency, RIGHTARG = currency, PROCEDURE = currency_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = currency, RIGHTARG = currency, PROCEDURE = currency_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = currency, RIGHTARG = currency, PROCEDURE = currency_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = currency, RIGHTARG = currency, PROCEDURE = currency_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = currency, RIGHTARG = currency, PROCEDURE = currency_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS currency_ops DEFAULT FOR TYPE currency USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 currency_cmp(currency, currency);
CREATE OPERATOR CLASS currency_hash_ops DEFAULT FOR TYPE currency USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 currency_hash(currency),
	FUNCTION 2 currency_hash_extended(currency, bigint);
-- Comments, so that \df+, \do+ and \dT+ in psql say what each one is.
COMMENT ON FUNCTION currency_in(cstring) IS 'text input of currency';
COMMENT ON FUNCTION currency_out(currency) IS 'text output of currency';
COMMENT ON FUNCTION currency_recv(internal) IS 'binary input of currency, validated like text input';
COMMENT ON FUNCTION currency_send(currency) IS 'binary output of currency';
COMMENT ON FUNCTION currency_eq(currency, currency) IS 'implementation of the = operator of currency';
COMMENT ON FUNCTION currency_ne(currency, currency) IS 'implementation of the <> operator of currency';
COMMENT ON FUNCTION currency_lt(currency, currency) IS 'implementation of the < operator of currency';
COMMENT ON FUNCTION currency_le(currency, currency) IS 'implementation of the <= operator of currency';
COMMENT ON FUNCTION currency_gt(currency, currency) IS 'implementation of the > operator of currency';
COMMENT ON FUNCTION currency_ge(currency, currency) IS 'implementation of the >= operator of currency';
COMMENT ON FUNCTION currency_cmp(currency, currency) IS '-1, 0 or 1: btree comparison of two currency values (codes in alphabetical order)';
COMMENT ON FUNCTION currency_hash(currency) IS 'hash of a currency value, agreeing with = (hash indexes, joins, aggregation)';
COMMENT ON FUNCTION currency_hash_extended(currency, bigint) IS 'seeded 64-bit hash of a currency value, agreeing with =';
COMMENT ON OPERATOR =(currency, currency) IS 'equal: the same code';
COMMENT ON OPERATOR <>(currency, currency) IS 'not equal';
COMMENT ON OPERATOR <(currency, currency) IS 'less than (codes in alphabetical order)';
COMMENT ON OPERATOR <=(currency, currency) IS 'less than or equal (codes in alphabetical order)';
COMMENT ON OPERATOR >(currency, currency) IS 'greater than (codes in alphabetical order)';
COMMENT ON OPERATOR >=(currency, currency) IS 'greater than or equal (codes in alphabetical order)';

CREATE FUNCTION currency_name(currency) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_name(currency) IS 'ISO 4217 English name of the currency';
CREATE FUNCTION currency_minor_units(currency) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_minor_units(currency) IS 'ISO 4217 minor units (digits after the point); NULL where ISO gives none';
CREATE FUNCTION currency_numeric_code(currency) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_numeric_code(currency) IS 'ISO 4217 numeric code';
CREATE FUNCTION currency_is_active(currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_is_active(currency) IS 'false for a code ISO 4217 has withdrawn (it is still read, compared and stored)';
CREATE FUNCTION currencies(
	OUT code currency, OUT numeric_code integer, OUT minor_units integer, OUT name text,
	OUT active boolean, OUT withdrawn_in integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 210;
COMMENT ON FUNCTION currencies() IS 'the ISO 4217 codes the extension knows: every active code and the withdrawn ones it keeps, with the year withdrawn';


-- text -> currency without the cstring copy of an I/O cast (same results and errors)
CREATE FUNCTION currency(text) RETURNS currency
	AS 'MODULE_PATHNAME', 'currency_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency(text) IS 'a currency code from text, as the type''s input reads it';
CREATE CAST (text AS currency) WITH FUNCTION currency(text);
COMMENT ON CAST (text AS currency) IS 'reads a code as the type''s input does, without a cstring copy';
