
-- ---------------------------------------------------------------------------
-- fxamount: an exact amount of one currency (8 bytes, by value, 15 digits)
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
-- Comments, so that \df+, \do+ and \dT+ in psql say what each one is.
COMMENT ON FUNCTION fxamount_in(cstring) IS 'text input of fxamount';
COMMENT ON FUNCTION fxamount_out(fxamount) IS 'text output of fxamount';
COMMENT ON FUNCTION fxamount_recv(internal) IS 'binary input of fxamount, validated like text input';
COMMENT ON FUNCTION fxamount_send(fxamount) IS 'binary output of fxamount';
COMMENT ON FUNCTION fxamount_eq(fxamount, fxamount) IS 'implementation of the = operator of fxamount';
COMMENT ON FUNCTION fxamount_ne(fxamount, fxamount) IS 'implementation of the <> operator of fxamount';
COMMENT ON FUNCTION fxamount_lt(fxamount, fxamount) IS 'implementation of the < operator of fxamount';
COMMENT ON FUNCTION fxamount_le(fxamount, fxamount) IS 'implementation of the <= operator of fxamount';
COMMENT ON FUNCTION fxamount_gt(fxamount, fxamount) IS 'implementation of the > operator of fxamount';
COMMENT ON FUNCTION fxamount_ge(fxamount, fxamount) IS 'implementation of the >= operator of fxamount';
COMMENT ON FUNCTION fxamount_cmp(fxamount, fxamount) IS '-1, 0 or 1: btree comparison of two fxamount values (by currency, then value)';
COMMENT ON FUNCTION fxamount_hash(fxamount) IS 'hash of a fxamount value, agreeing with = (hash indexes, joins, aggregation)';
COMMENT ON FUNCTION fxamount_hash_extended(fxamount, bigint) IS 'seeded 64-bit hash of a fxamount value, agreeing with =';
COMMENT ON OPERATOR =(fxamount, fxamount) IS 'equal: the same currency and value, whatever the digits (12.5 USD = 12.50 USD)';
COMMENT ON OPERATOR <>(fxamount, fxamount) IS 'not equal';
COMMENT ON OPERATOR <(fxamount, fxamount) IS 'less than (by currency, then value)';
COMMENT ON OPERATOR <=(fxamount, fxamount) IS 'less than or equal (by currency, then value)';
COMMENT ON OPERATOR >(fxamount, fxamount) IS 'greater than (by currency, then value)';
COMMENT ON OPERATOR >=(fxamount, fxamount) IS 'greater than or equal (by currency, then value)';

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
COMMENT ON FUNCTION fxamount_add(fxamount, fxamount) IS 'the sum of two amounts in one currency, exact';
COMMENT ON OPERATOR +(fxamount, fxamount) IS 'sum of two amounts in one currency, exact; other currencies 22023, overflow 22003';
CREATE FUNCTION fxamount_sub(fxamount, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR - (LEFTARG = fxamount, RIGHTARG = fxamount, PROCEDURE = fxamount_sub);
COMMENT ON FUNCTION fxamount_sub(fxamount, fxamount) IS 'the difference of two amounts in one currency, exact';
COMMENT ON OPERATOR -(fxamount, fxamount) IS 'difference of two amounts in one currency, exact; other currencies 22023, overflow 22003';
CREATE FUNCTION fxamount_neg(fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR - (RIGHTARG = fxamount, PROCEDURE = fxamount_neg);
COMMENT ON FUNCTION fxamount_neg(fxamount) IS 'the amount negated';
COMMENT ON OPERATOR -(NONE, fxamount) IS 'negation';
CREATE FUNCTION abs(fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'fxamount_abs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION abs(fxamount) IS 'the absolute value of the amount';
CREATE FUNCTION fxamount_mul_numeric(fxamount, numeric) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION numeric_mul_fxamount(numeric, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR * (LEFTARG = fxamount, RIGHTARG = numeric, PROCEDURE = fxamount_mul_numeric, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = numeric, RIGHTARG = fxamount, PROCEDURE = numeric_mul_fxamount, COMMUTATOR = *);
COMMENT ON FUNCTION fxamount_mul_numeric(fxamount, numeric) IS 'the amount times a number: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON FUNCTION numeric_mul_fxamount(numeric, fxamount) IS 'a number times the amount: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON OPERATOR *(fxamount, numeric) IS 'amount times a number: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON OPERATOR *(numeric, fxamount) IS 'a number times an amount: exact when it fits in 15 digits, else rounded half-even';
CREATE FUNCTION fxamount_mul_int4(fxamount, integer) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION int4_mul_fxamount(integer, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR * (LEFTARG = fxamount, RIGHTARG = integer, PROCEDURE = fxamount_mul_int4, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = integer, RIGHTARG = fxamount, PROCEDURE = int4_mul_fxamount, COMMUTATOR = *);
COMMENT ON FUNCTION fxamount_mul_int4(fxamount, integer) IS 'the amount times an integer: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON FUNCTION int4_mul_fxamount(integer, fxamount) IS 'an integer times the amount: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON OPERATOR *(fxamount, integer) IS 'amount times an integer: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON OPERATOR *(integer, fxamount) IS 'an integer times an amount: exact when it fits in 15 digits, else rounded half-even';
CREATE FUNCTION fxamount_div_numeric(fxamount, numeric) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR / (LEFTARG = fxamount, RIGHTARG = numeric, PROCEDURE = fxamount_div_numeric);
COMMENT ON FUNCTION fxamount_div_numeric(fxamount, numeric) IS 'the amount divided by a number, rounded half-even to 15 digits; by zero 22012';
COMMENT ON OPERATOR /(fxamount, numeric) IS 'amount divided by a number, rounded half-even to 15 digits; by zero 22012';
CREATE FUNCTION fxamount_div_int4(fxamount, integer) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR / (LEFTARG = fxamount, RIGHTARG = integer, PROCEDURE = fxamount_div_int4);
COMMENT ON FUNCTION fxamount_div_int4(fxamount, integer) IS 'the amount divided by an integer, rounded half-even to 15 digits; by zero 22012';
COMMENT ON OPERATOR /(fxamount, integer) IS 'amount divided by an integer, rounded half-even to 15 digits; by zero 22012';

-- Conversion with a rate: base -> quote (times), quote -> base (divided by).
CREATE FUNCTION fxamount_convert(fxamount, fxrate) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxamount_convert(fxamount, fxrate) IS 'the amount converted with the rate (base to quote, or quote to base)';
CREATE FUNCTION fxrate_convert_fxamount(fxrate, fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR * (LEFTARG = fxamount, RIGHTARG = fxrate, PROCEDURE = fxamount_convert, COMMUTATOR = *);
CREATE OPERATOR * (LEFTARG = fxrate, RIGHTARG = fxamount, PROCEDURE = fxrate_convert_fxamount, COMMUTATOR = *);
COMMENT ON FUNCTION fxrate_convert_fxamount(fxrate, fxamount) IS 'the amount converted with the rate (base to quote, or quote to base)';
COMMENT ON OPERATOR *(fxamount, fxrate) IS 'conversion: an amount in the base times the rate, or in the quote divided by it; other currencies 22023';
COMMENT ON OPERATOR *(fxrate, fxamount) IS 'conversion: an amount in the base times the rate, or in the quote divided by it; other currencies 22023';

-- Rounding, half-even.
CREATE FUNCTION round(fxamount) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'fxamount_round_minor' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION round(fxamount) IS 'rounded half-even to the ISO 4217 minor units of its currency';
CREATE FUNCTION round(fxamount, integer) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'fxamount_round' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION round(fxamount, integer) IS 'rounded half-even to that many decimals';

-- Aggregates.  sum and avg share one exact state, fxamount_acc: the sum of
-- the amounts (128-bit whole units and fraction), their count and currency.
-- It is a real type, not internal, so Citus pushes sum and avg down to its
-- workers and ships the partial states as text, which is exact and reads
-- back to the same state; PostgreSQL's parallel workers hand it over as it is.
-- min and max keep an amount, and have no SORTOP on purpose: an index scan
-- would answer them across currencies, where the aggregates refuse mixed
-- currencies.
CREATE TYPE fxamount_acc;

CREATE FUNCTION fxamount_acc_in(cstring) RETURNS fxamount_acc
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_acc_out(fxamount_acc) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_acc_recv(internal) RETURNS fxamount_acc
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_acc_send(fxamount_acc) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE fxamount_acc (
	INPUT = fxamount_acc_in,
	OUTPUT = fxamount_acc_out,
	RECEIVE = fxamount_acc_recv,
	SEND = fxamount_acc_send,
	INTERNALLENGTH = 56,		-- FxAmountAcc (src/core/fxamount.h), checked in src/fxamount.c
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE fxamount_acc IS 'state of sum(fxamount) and avg(fxamount): the exact sum, currency and count, ''1180874.00 KZT / 240''';
COMMENT ON FUNCTION fxamount_acc_in(cstring) IS 'text input of fxamount_acc';
COMMENT ON FUNCTION fxamount_acc_out(fxamount_acc) IS 'text output of fxamount_acc, exact: it reads back to a state with the same results';
COMMENT ON FUNCTION fxamount_acc_recv(internal) IS 'binary input of fxamount_acc, validated';
COMMENT ON FUNCTION fxamount_acc_send(fxamount_acc) IS 'binary output of fxamount_acc';

-- The state starts as 'empty' (INITCOND), so the support functions are
-- STRICT: rows with a NULL amount are skipped by PostgreSQL itself.
CREATE FUNCTION fxamount_sum_trans(fxamount_acc, fxamount) RETURNS fxamount_acc
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_sum_combine(fxamount_acc, fxamount_acc) RETURNS fxamount_acc
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_sum_final(fxamount_acc) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fxamount_avg_final(fxamount_acc) RETURNS fxamount
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fxamount_sum_trans(fxamount_acc, fxamount) IS 'sum and avg: adds an amount to the exact state';
COMMENT ON FUNCTION fxamount_sum_combine(fxamount_acc, fxamount_acc) IS 'sum and avg: merges two partial states (parallel workers, Citus)';
COMMENT ON FUNCTION fxamount_sum_final(fxamount_acc) IS 'sum: the exact total, rounded once to 15 digits only if it needs more';
COMMENT ON FUNCTION fxamount_avg_final(fxamount_acc) IS 'avg: the mean, rounded half-even to 15 significant digits';

CREATE AGGREGATE sum(fxamount) (
	SFUNC = fxamount_sum_trans, STYPE = fxamount_acc, INITCOND = 'empty',
	FINALFUNC = fxamount_sum_final,
	COMBINEFUNC = fxamount_sum_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE sum(fxamount) IS 'exact sum of amounts in one currency';
CREATE AGGREGATE avg(fxamount) (
	SFUNC = fxamount_sum_trans, STYPE = fxamount_acc, INITCOND = 'empty',
	FINALFUNC = fxamount_avg_final,
	COMBINEFUNC = fxamount_sum_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE avg(fxamount) IS 'mean of amounts in one currency, rounded half-even to 15 significant digits';

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
