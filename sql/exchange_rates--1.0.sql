/* exchange_rates install script, assembled by `make` from sql/parts/ */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION exchange_rates" to load this file. \quit

-- ---------------------------------------------------------------------------
-- currency: an active ISO 4217 alphabetic code (2 bytes, by value)
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
COMMENT ON TYPE currency IS 'an active ISO 4217 alphabetic currency code';

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

CREATE FUNCTION currency_name(currency) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_name(currency) IS 'ISO 4217 English name of the currency';
CREATE FUNCTION currency_minor_units(currency) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_minor_units(currency) IS 'ISO 4217 minor units (digits after the point); NULL where ISO gives none';
CREATE FUNCTION currency_numeric_code(currency) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_numeric_code(currency) IS 'ISO 4217 numeric code';
CREATE FUNCTION currencies(
	OUT code currency, OUT numeric_code integer, OUT minor_units integer, OUT name text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 180;
COMMENT ON FUNCTION currencies() IS 'the ISO 4217 catalog built into the extension';


-- text -> currency without the cstring copy of an I/O cast (same results and errors)
CREATE FUNCTION currency(text) RETURNS currency
	AS 'MODULE_PATHNAME', 'currency_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency(text) IS 'a currency code from text, as the type''s input reads it';
CREATE CAST (text AS currency) WITH FUNCTION currency(text);

-- ---------------------------------------------------------------------------
-- fxrate: the exact rate of a currency pair (16 bytes, by reference)
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
-- text -> fxrate without the cstring copy of an I/O cast (same results and errors)
CREATE FUNCTION fxrate(text) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'fxrate_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxrate(text) IS 'a rate from text, as the type''s input reads it';
CREATE CAST (text AS fxrate) WITH FUNCTION fxrate(text);
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
CREATE FUNCTION fxrate_cross(fxrate, fxrate) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxrate_cross(fxrate, fxrate) IS 'A/C / B/C -> A/B, and C/A / C/B -> B/A';
CREATE OPERATOR / (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = fxrate_cross
);
CREATE FUNCTION pct_change(new fxrate, old fxrate) RETURNS numeric
	AS 'MODULE_PATHNAME', 'fxrate_pct_change' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pct_change(fxrate, fxrate) IS '100 * (new - old) / old, for two rates of one pair';
CREATE OPERATOR -% (
	LEFTARG = fxrate, RIGHTARG = fxrate, PROCEDURE = pct_change
);
CREATE FUNCTION fxrate_move_pct(fxrate, numeric) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxrate_move_pct(fxrate, numeric) IS 'the rate moved by a percent: rate * (1 + pct / 100)';
CREATE OPERATOR +% (
	LEFTARG = fxrate, RIGHTARG = numeric, PROCEDURE = fxrate_move_pct
);
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

-- ---------------------------------------------------------------------------
-- fxamount: an exact amount of one currency (16 bytes, by reference)
-- ---------------------------------------------------------------------------
CREATE TYPE fxamount;

CREATE FUNCTION fxamount_in(cstring) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_out(fxamount) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_recv(internal) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_send(fxamount) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE fxamount (
	INPUT = fxamount_in,
	OUTPUT = fxamount_out,
	RECEIVE = fxamount_recv,
	SEND = fxamount_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,			-- like bigint: an int64 (see src/core/fxamount.h, fxa_pack)
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE fxamount IS 'exact amount of one currency: ''70000 KZT''';

CREATE FUNCTION fxamount_eq(fxamount, fxamount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxamount_ne(fxamount, fxamount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxamount_lt(fxamount, fxamount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxamount_le(fxamount, fxamount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxamount_gt(fxamount, fxamount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxamount_ge(fxamount, fxamount) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxamount_cmp(fxamount, fxamount) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxamount_hash(fxamount) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;
CREATE FUNCTION fxamount_hash_extended(fxamount, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE;

CREATE OPERATOR = (
	LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS fxamount_ops DEFAULT FOR TYPE fxamount USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 fxamount_cmp(fxamount, fxamount);
CREATE OPERATOR CLASS fxamount_hash_ops DEFAULT FOR TYPE fxamount USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 fxamount_hash(fxamount),
	FUNCTION 2 fxamount_hash_extended(fxamount, bigint);

-- Parts and construction.
CREATE FUNCTION fxamount(amount numeric, currency currency) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'fxamount_construct' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxamount(numeric, currency) IS 'an amount of a currency, exact';
CREATE FUNCTION amount(fxamount) RETURNS numeric
	AS 'MODULE_PATHNAME', 'fxamount_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION amount(fxamount) IS 'the amount as an exact numeric, with its published digits';
CREATE FUNCTION amount_currency(fxamount) RETURNS currency
	AS 'MODULE_PATHNAME', 'fxamount_currency' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION amount_currency(fxamount) IS 'the currency of the amount';

-- Arithmetic within one currency, and by plain numbers.
CREATE FUNCTION fxamount_add(fxamount, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR + (LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_add, COMMUTATOR = +);
CREATE FUNCTION fxamount_sub(fxamount, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR - (LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_sub);
CREATE FUNCTION fxamount_neg(fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR - (RIGHTARG = fxamount, PROCEDURE = fxamount_neg);
CREATE FUNCTION abs(fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'fxamount_abs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION abs(fxamount) IS 'the absolute value of the amount';
CREATE FUNCTION fxamount_mul_numeric(fxamount, numeric) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION numeric_mul_fxamount(numeric, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR * (LEFTARG = fxamount, RIGHTARG = numeric, PROCEDURE = fxamount_mul_numeric, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = numeric, RIGHTARG = fxamount, PROCEDURE = numeric_mul_fxamount, COMMUTATOR = *);
CREATE FUNCTION fxamount_mul_int4(fxamount, integer) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION int4_mul_fxamount(integer, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR * (LEFTARG = fxamount, RIGHTARG = integer, PROCEDURE = fxamount_mul_int4, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = integer, RIGHTARG = fxamount, PROCEDURE = int4_mul_fxamount, COMMUTATOR = *);
CREATE FUNCTION fxamount_div_numeric(fxamount, numeric) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR / (LEFTARG = fxamount, RIGHTARG = numeric, PROCEDURE = fxamount_div_numeric);
CREATE FUNCTION fxamount_div_int4(fxamount, integer) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR / (LEFTARG = fxamount, RIGHTARG = integer, PROCEDURE = fxamount_div_int4);

-- Conversion with a rate: base -> quote (times), quote -> base (divided by).
CREATE FUNCTION fxamount_convert(fxamount, fxrate) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxamount_convert(fxamount, fxrate) IS 'the amount converted with the rate (base to quote, or quote to base)';
CREATE FUNCTION fxrate_convert_fxamount(fxrate, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR * (LEFTARG = fxamount, RIGHTARG = fxrate, PROCEDURE = fxamount_convert, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = fxrate, RIGHTARG = fxamount, PROCEDURE = fxrate_convert_fxamount, COMMUTATOR = *);

-- Rounding, half-even.
CREATE FUNCTION round(fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'fxamount_round_minor' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION round(fxamount) IS 'rounded half-even to the ISO 4217 minor units of its currency';
CREATE FUNCTION round(fxamount, integer) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'fxamount_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION round(fxamount, integer) IS 'rounded half-even to that many decimals';

-- Aggregates.  sum and avg share one exact 128-bit state (internal, with
-- serialize/deserialize for parallel workers); min and max keep an amount.
-- min and max have no SORTOP on purpose: an index scan would answer them
-- across currencies, where the aggregates refuse mixed currencies.
CREATE FUNCTION fxamount_sum_trans(internal, fxamount) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION fxamount_sum_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION fxamount_sum_serialize(internal) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_sum_deserialize(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_sum_final(internal) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_avg_final(internal) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE sum(fxamount) (
	SFUNC = fxamount_sum_trans, STYPE = internal, SSPACE = 64,
	FINALFUNC = fxamount_sum_final,
	COMBINEFUNC = fxamount_sum_combine,
	SERIALFUNC = fxamount_sum_serialize, DESERIALFUNC = fxamount_sum_deserialize,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE sum(fxamount) IS 'exact sum of amounts in one currency';
CREATE AGGREGATE avg(fxamount) (
	SFUNC = fxamount_sum_trans, STYPE = internal, SSPACE = 64,
	FINALFUNC = fxamount_avg_final,
	COMBINEFUNC = fxamount_sum_combine,
	SERIALFUNC = fxamount_sum_serialize, DESERIALFUNC = fxamount_sum_deserialize,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE avg(fxamount) IS 'mean of amounts in one currency, rounded half-even to 18 digits';

CREATE FUNCTION fxamount_smaller(fxamount, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxamount_smaller(fxamount, fxamount) IS 'the smaller of two amounts in one currency';
CREATE FUNCTION fxamount_larger(fxamount, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxamount_larger(fxamount, fxamount) IS 'the larger of two amounts in one currency';
CREATE AGGREGATE min(fxamount) (
	SFUNC = fxamount_smaller, STYPE = fxamount, COMBINEFUNC = fxamount_smaller,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE min(fxamount) IS 'smallest amount; all amounts must be in one currency';
CREATE AGGREGATE max(fxamount) (
	SFUNC = fxamount_larger, STYPE = fxamount, COMBINEFUNC = fxamount_larger,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE max(fxamount) IS 'largest amount; all amounts must be in one currency';

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

-- ---------------------------------------------------------------------------
-- ticker: the quotes of a scraped page's currency carousel
-- ---------------------------------------------------------------------------
CREATE FUNCTION parse_ticker(page text, strict boolean DEFAULT false,
	OUT line_no integer, OUT quote fxquote)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 40;
COMMENT ON FUNCTION parse_ticker(text, boolean) IS 'every ticker quote of a page, in page order, repeats included; strict raises 22P02 on the first malformed quote line';

CREATE FUNCTION ticker_rejects(page text,
	OUT line_no integer, OUT line text, OUT reason text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION ticker_rejects(text) IS 'the lines of a page that look like ticker quotes but do not parse, and why';

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

-- ---------------------------------------------------------------------------
-- articles: a scraped page as blocks and articles, and an article's counts
-- ---------------------------------------------------------------------------
CREATE FUNCTION page_blocks(page text)
	RETURNS TABLE (line_no integer, kind text, content text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION page_blocks(text) IS
	'the lines of a page that carry text, each with its kind: ticker, date, headline, subheading, paragraph, list_item';

CREATE FUNCTION parse_articles(page text)
	RETURNS TABLE (ord integer, published date, title text, body text, line_no integer)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION parse_articles(text) IS
	'the articles of a page: each headline starts one, dated by the last date line before it';

CREATE FUNCTION article_stats(body text,
	OUT words integer, OUT sentences integer, OUT paragraphs integer, OUT reading_minutes numeric)
	RETURNS record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION article_stats(text) IS
	'word, sentence and paragraph counts, and minutes to read at 238 words a minute';

-- ---------------------------------------------------------------------------
-- mentions: currencies, amounts of money and percentages named in text
-- ---------------------------------------------------------------------------
CREATE FUNCTION currency_mentions(body text)
	RETURNS TABLE (currency currency, matched text, start integer, via text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION currency_mentions(text) IS
	'currencies named in a text by code, name, symbol or country; start is a 1-based character position';

CREATE FUNCTION money_mentions(body text)
	RETURNS TABLE (amount fxamount, matched text, start integer)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION money_mentions(text) IS
	'amounts of money in a text ($10 billion, 70,000 tenge, KZT 1,500), scaled exactly; start is a 1-based character position';

CREATE FUNCTION percent_mentions(body text)
	RETURNS TABLE (value numeric, matched text, start integer)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION percent_mentions(text) IS
	'percentages in a text (24%, 0.46 percent, nearly 84%); start is a 1-based character position';

CREATE FUNCTION currency_words()
	RETURNS TABLE (word text, currency currency, via text, counts text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 700;
COMMENT ON FUNCTION currency_words() IS
	'the names, country words and symbols currency_mentions() and money_mentions() recognise';
