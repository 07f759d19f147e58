/* exchange_rates upgrade script 1.0 -> 1.1 (ALTER EXTENSION exchange_rates UPDATE) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "ALTER EXTENSION exchange_rates UPDATE TO '1.1'" to load this file. \quit

-- Every change to the extension's SQL objects since 1.0 is made twice: in
-- sql/parts/ (what a fresh 1.1 install runs) and here (what an update from
-- 1.0 runs).  test/cluster/upgrade.sh proves the two give the same objects.
-- One section per concept, in the order of sql/parts/.

-- currency: comments, so that \df+, \do+ and \dT+ in psql say what each object is
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
COMMENT ON CAST (text AS currency) IS 'reads a code as the type''s input does, without a cstring copy';

-- currency: withdrawn ISO 4217 codes are known too (currency_is_active).
-- currencies() gains the columns active and withdrawn_in: its result type
-- changes, so it is dropped and created again (a view over it must be
-- dropped before the update and made again after: README, release notes).
COMMENT ON TYPE currency IS 'an ISO 4217 alphabetic currency code, active or withdrawn (currencies() lists the codes it knows)';
CREATE FUNCTION currency_is_active(currency) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION currency_is_active(currency) IS 'false for a code ISO 4217 has withdrawn (it is still read, compared and stored)';
DROP FUNCTION @extschema@.currencies();
CREATE FUNCTION currencies(
	OUT code currency, OUT numeric_code integer, OUT minor_units integer, OUT name text,
	OUT active boolean, OUT withdrawn_in integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 210;
COMMENT ON FUNCTION currencies() IS 'the ISO 4217 codes the extension knows: every active code and the withdrawn ones it keeps, with the year withdrawn';

-- fxrate: comments, so that \df+, \do+ and \dT+ in psql say what each object is
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
COMMENT ON CAST (fxrate AS numeric) IS 'the rate as an exact numeric, with its published digits (explicit)';
COMMENT ON CAST (text AS fxrate) IS 'reads a rate as the type''s input does, without a cstring copy';
COMMENT ON OPERATOR *(fxrate, fxrate) IS 'chain: A/B * B/C -> A/C, in either order, 18 significant digits';
COMMENT ON OPERATOR /(fxrate, fxrate) IS 'cross: A/C / B/C -> A/B, and C/A / C/B -> B/A, 18 significant digits';
COMMENT ON OPERATOR -%(fxrate, fxrate) IS 'percent change new -% old: 100 * (new - old) / old, for two rates of one pair';
COMMENT ON OPERATOR +%(fxrate, numeric) IS 'the rate moved by a percent: rate * (1 + pct / 100), 18 significant digits';
COMMENT ON OPERATOR *(numeric, fxrate) IS 'a number times the rate, exact numeric';

-- fxamount: comments, so that \df+, \do+ and \dT+ in psql say what each object is
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
COMMENT ON FUNCTION fxamount_add(fxamount, fxamount) IS 'the sum of two amounts in one currency, exact';
COMMENT ON OPERATOR +(fxamount, fxamount) IS 'sum of two amounts in one currency, exact; other currencies 22023, overflow 22003';
COMMENT ON FUNCTION fxamount_sub(fxamount, fxamount) IS 'the difference of two amounts in one currency, exact';
COMMENT ON OPERATOR -(fxamount, fxamount) IS 'difference of two amounts in one currency, exact; other currencies 22023, overflow 22003';
COMMENT ON FUNCTION fxamount_neg(fxamount) IS 'the amount negated';
COMMENT ON OPERATOR -(NONE, fxamount) IS 'negation';
COMMENT ON FUNCTION fxamount_mul_numeric(fxamount, numeric) IS 'the amount times a number: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON FUNCTION numeric_mul_fxamount(numeric, fxamount) IS 'a number times the amount: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON OPERATOR *(fxamount, numeric) IS 'amount times a number: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON OPERATOR *(numeric, fxamount) IS 'a number times an amount: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON FUNCTION fxamount_mul_int4(fxamount, integer) IS 'the amount times an integer: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON FUNCTION int4_mul_fxamount(integer, fxamount) IS 'an integer times the amount: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON OPERATOR *(fxamount, integer) IS 'amount times an integer: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON OPERATOR *(integer, fxamount) IS 'an integer times an amount: exact when it fits in 15 digits, else rounded half-even';
COMMENT ON FUNCTION fxamount_div_numeric(fxamount, numeric) IS 'the amount divided by a number, rounded half-even to 15 digits; by zero 22012';
COMMENT ON OPERATOR /(fxamount, numeric) IS 'amount divided by a number, rounded half-even to 15 digits; by zero 22012';
COMMENT ON FUNCTION fxamount_div_int4(fxamount, integer) IS 'the amount divided by an integer, rounded half-even to 15 digits; by zero 22012';
COMMENT ON OPERATOR /(fxamount, integer) IS 'amount divided by an integer, rounded half-even to 15 digits; by zero 22012';
COMMENT ON FUNCTION fxrate_convert_fxamount(fxrate, fxamount) IS 'the amount converted with the rate (base to quote, or quote to base)';
COMMENT ON OPERATOR *(fxamount, fxrate) IS 'conversion: an amount in the base times the rate, or in the quote divided by it; other currencies 22023';
COMMENT ON OPERATOR *(fxrate, fxamount) IS 'conversion: an amount in the base times the rate, or in the quote divided by it; other currencies 22023';

-- ---------------------------------------------------------------------------
-- fxamount (sql/parts/30_fxamount.sql): sum and avg keep their state in a
-- real type, fxamount_acc, instead of internal, so that Citus pushes them
-- down to its workers.  The aggregates and their support functions change
-- signature: DROP + CREATE (a view using sum(fxamount) or avg(fxamount) must
-- be dropped before the update and created again after it).
-- ---------------------------------------------------------------------------
DROP AGGREGATE sum(fxamount);
DROP AGGREGATE avg(fxamount);
DROP FUNCTION fxamount_sum_trans(internal, fxamount);
DROP FUNCTION fxamount_sum_combine(internal, internal);
DROP FUNCTION fxamount_sum_serialize(internal);
DROP FUNCTION fxamount_sum_deserialize(bytea, internal);
DROP FUNCTION fxamount_sum_final(internal);
DROP FUNCTION fxamount_avg_final(internal);

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

-- fxquote: comments, so that \df+, \do+ and \dT+ in psql say what each object is
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

-- snapshot: comments, so that \df+, \do+ and \dT+ in psql say what each object is
COMMENT ON FUNCTION snapshot_transfn(fxsnapshot, fxquote) IS 'snapshot_agg(fxquote): counts a quote into the working state';
COMMENT ON FUNCTION snapshot_transfn_ts(fxsnapshot, fxquote, timestamptz) IS 'snapshot_agg(fxquote, timestamptz): counts a quote seen at a time into the working state';
COMMENT ON FUNCTION snapshot_transfn_pos(fxsnapshot, fxquote, bigint) IS 'snapshot_agg(fxquote, bigint): counts a quote seen at a position into the working state';
COMMENT ON FUNCTION snapshot_combine(fxsnapshot, fxsnapshot) IS 'snapshot_agg: merges two snapshots or partial states (parallel workers, Citus, rollups)';
COMMENT ON FUNCTION snapshot_final(fxsnapshot) IS 'snapshot_agg: the working state in its stored, sorted form';
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

-- ---------------------------------------------------------------------------
-- ticker_snapshot: a page's snapshot in one call
-- ---------------------------------------------------------------------------
CREATE FUNCTION ticker_snapshot(page text, strict boolean DEFAULT false) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ticker_snapshot(text, boolean) IS 'the page''s snapshot keyed by line number, as snapshot_agg(quote, line_no) over parse_ticker(page, strict) builds it, in one pass; NULL for a page without quotes';

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

-- ---------------------------------------------------------------------------
-- conversion: rates and conversions at a snapshot, with their paths, error
-- bounds and (for snapshots keyed by time) staleness checks
-- ---------------------------------------------------------------------------
CREATE FUNCTION snapshot_rate(snap fxsnapshot, base currency, quote currency) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_rate(fxsnapshot, currency, currency) IS 'the rate of base in quote at a snapshot: as quoted, else inverted, else through one currency quoted against both (USD, then EUR, then code order), at full precision';
CREATE FUNCTION snapshot_rate(snap fxsnapshot, base currency, quote currency,
	as_of timestamptz, max_age interval) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'snapshot_rate_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_rate(fxsnapshot, currency, currency, timestamptz, interval) IS 'snapshot_rate, refusing a quote first seen after as_of or last seen more than max_age before it (snapshots keyed by time)';
CREATE FUNCTION snapshot_rate_path(snap fxsnapshot, base currency, quote currency) RETURNS text[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_rate_path(fxsnapshot, currency, currency) IS 'the quoted pairs snapshot_rate uses, in order, such as {KZT/USD,KGS/USD}';
CREATE FUNCTION snapshot_rates(snap fxsnapshot,
	OUT base currency, OUT quote currency, OUT rate fxrate, OUT path text[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION snapshot_rates(fxsnapshot) IS 'every pair the snapshot implies, by base then quote, with its rate and path';
CREATE FUNCTION snapshot_rate_error_bound(snap fxsnapshot, base currency, quote currency) RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_rate_error_bound(fxsnapshot, currency, currency) IS 'relative error bound of the rate: to first order the sum of rate_error_bound over the quotes it rests on';
CREATE FUNCTION convert(amount fxamount, "to" currency, snap fxsnapshot) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'snapshot_convert' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION convert(fxamount, currency, fxsnapshot) IS 'the amount in another currency at a snapshot: amount * snapshot_rate, rounded as fxamount * fxrate is; an amount already in it comes back unchanged';
CREATE FUNCTION convert(amount fxamount, "to" currency, snap fxsnapshot,
	as_of timestamptz, max_age interval) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'snapshot_convert_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION convert(fxamount, currency, fxsnapshot, timestamptz, interval) IS 'convert, refusing a quote first seen after as_of or last seen more than max_age before it (snapshots keyed by time)';
CREATE FUNCTION convert_error_bound(amount fxamount, "to" currency, snap fxsnapshot) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'snapshot_convert_error_bound' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION convert_error_bound(fxamount, currency, fxsnapshot) IS 'how far off the converted amount may be, in the target currency: |convert(...)| * snapshot_rate_error_bound';

-- articles (sql/parts/70_articles.sql): new block kinds (byline, caption,
-- boilerplate), parse_articles' author column, and the subheadings
-- argument of both: the signatures change, so the functions are dropped
-- and created again (views or functions of a user that depend on them must
-- be dropped first; README's release notes say so)
-- ---------------------------------------------------------------------------
DROP FUNCTION page_blocks(text);
DROP FUNCTION parse_articles(text);

CREATE FUNCTION page_blocks(page text, subheadings text[] DEFAULT '{}')
	RETURNS TABLE (line_no integer, kind text, content text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION page_blocks(text, text[]) IS
	'the lines of a page that carry text, each with its kind: ticker, date, headline, subheading, paragraph, list_item, byline, caption, boilerplate; lines given in subheadings are sub-headings, never headlines';

CREATE FUNCTION parse_articles(page text, subheadings text[] DEFAULT '{}')
	RETURNS TABLE (ord integer, published date, title text, body text, line_no integer, author text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION parse_articles(text, text[]) IS
	'the articles of a page: each headline starts one, dated by its date line, with its byline''s author; lines given in subheadings are sub-headings, never headlines';
