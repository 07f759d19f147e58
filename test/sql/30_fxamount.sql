--
-- fxamount: an exact amount of one currency
--
-- input forms: number first or currency first, any case; output keeps published digits
SELECT '70000 KZT'::fxamount, 'KZT 70000'::fxamount, '-12.50 usd'::fxamount,
	   E' \tUSD\t87.40 \n'::fxamount, '0.000 KWD'::fxamount, '+5 EUR'::fxamount;
SELECT '12.50 USD'::fxamount::text::fxamount AS round_trip, pg_column_size('70000 KZT'::fxamount) AS bytes;
SELECT '999999999999999 UZS'::fxamount AS largest, '-999999999999999 UZS'::fxamount AS smallest,
	   '0.000000000000000000000000000001 USD'::fxamount AS finest;

-- errors in text input (22P02), digits beyond the type (22003)
SELECT '70000'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT '70000KZT'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT '70000 KZTT'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT '70000 XYZ'::fxamount;
\echo :LAST_ERROR_SQLSTATE
-- withdrawn codes: amounts may be in those of the former Soviet Union (they
-- have storage ids), not in the others (0A000, whatever way they come)
SELECT '70000 TMM'::fxamount AS manat, 'BYR 21350'::fxamount AS ruble, fxamount(5000, 'RUR') AS from_numeric,
	   '70000 TMM'::fxamount * 'TMM/TMT 0.0002'::fxrate AS redenominated, sum(a) AS total
FROM unnest('{100 UAK,250.5 UAK}'::fxamount[]) AS a;
SELECT '100 DEM'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT 'hrk 7.5'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT fxamount(100, 'XEU');
\echo :LAST_ERROR_SQLSTATE
SELECT '100 USD'::fxamount * 'USD/DEM 1.95583'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'DEM/USD 0.51129'::fxrate * '100 USD'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT '70,000 KZT'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT '70 000 KZT'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KZT KZT'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT '1000000000000000 KZT'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT '0.0000000000000000000000000000001 USD'::fxamount;
\echo :LAST_ERROR_SQLSTATE
-- 15 significant digits: a 16th is an error, never rounded; zeros go only to make a value fit
SELECT '0.1234567890123456 USD'::fxamount;
\echo :LAST_ERROR_SQLSTATE
SELECT '123456789012345.000 KZT'::fxamount AS zeros_dropped, fxamount(123456789012345.000, 'KZT') AS from_numeric,
	   fxamount(0.010, 'USD') AS kept_when_fitting;
SELECT fxamount(1234567890123456, 'KZT');
\echo :LAST_ERROR_SQLSTATE

-- parts and construction
SELECT amount(a), amount_currency(a), pg_typeof(amount(a))
FROM (VALUES ('70000 KZT'::fxamount), ('-12.50 USD'), ('0.000 KWD')) AS v(a);
SELECT fxamount(70000, 'KZT'), fxamount(-12.50, 'usd'), fxamount(12.5 * 1.0000000000000000000000, 'USD') AS padding_dropped;
SELECT fxamount(1e18, 'KZT');
\echo :LAST_ERROR_SQLSTATE
SELECT fxamount('NaN', 'KZT');
\echo :LAST_ERROR_SQLSTATE

-- arithmetic within one currency: exact, keeps the larger scale
SELECT '12.50 USD'::fxamount + '0.125 USD' AS plus, '12.50 USD'::fxamount - '20 USD' AS minus,
	   -'12.50 USD'::fxamount AS negated, abs('-12.50 USD'::fxamount) AS absolute,
	   abs('12.50 USD'::fxamount) AS already_positive;
SELECT '70000 KZT'::fxamount + '10 USD';
\echo :LAST_ERROR_SQLSTATE
SELECT '70000 KZT'::fxamount - '10 USD';
\echo :LAST_ERROR_SQLSTATE
SELECT '999999999999999 KZT'::fxamount + '1 KZT';
\echo :LAST_ERROR_SQLSTATE
SELECT '-999999999999999 KZT'::fxamount - '1 KZT';
\echo :LAST_ERROR_SQLSTATE
-- by plain numbers: products keep all their digits, quotients are rounded half-even to 15 digits
SELECT '12.50 USD'::fxamount * 3 AS times_int, 3 * '12.50 USD'::fxamount AS int_times,
	   '12.50 USD'::fxamount * 1.5 AS times_numeric, 1.5 * '12.50 USD'::fxamount AS numeric_times,
	   '12.50 USD'::fxamount * 2::bigint AS times_bigint,
	   '10 USD'::fxamount / 3 AS third, '10 USD'::fxamount / 0.5 AS by_half, '37.50 USD'::fxamount / 3 AS exact_quotient;
SELECT '999999999999999 KZT'::fxamount * 2;
\echo :LAST_ERROR_SQLSTATE
SELECT '999999999999999 KZT'::fxamount * 1.5;
\echo :LAST_ERROR_SQLSTATE
SELECT '10 USD'::fxamount / 0;
\echo :LAST_ERROR_SQLSTATE
SELECT '10 USD'::fxamount / 0.0;
\echo :LAST_ERROR_SQLSTATE
SELECT '10 USD'::fxamount * (1/3.0);
\echo :LAST_ERROR_SQLSTATE

-- conversion: base -> quote, quote -> base, exact where the result fits
SELECT '70000 KZT'::fxamount * 'KZT/USD 0.00194'::fxrate AS to_usd,
	   'KZT/USD 0.00194'::fxrate * '70000 KZT'::fxamount AS rate_first,
	   '135.8 USD'::fxamount * 'KZT/USD 0.00194'::fxrate AS back_to_kzt,
	   '100 USD'::fxamount * 'KGS/USD 0.01144'::fxrate AS usd_to_kgs,
	   '100 USD'::fxamount * inverse('KGS/USD 0.01144') AS same_with_inverse;
SELECT '100 EUR'::fxamount * 'KZT/USD 0.00194'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT '999999999999999 USD'::fxamount * 'USD/UZS 12600.5'::fxrate;
\echo :LAST_ERROR_SQLSTATE

-- round: to ISO 4217 minor units, or to a given scale, half-even
SELECT round('0.1235 KWD'::fxamount) AS kwd, round('12.5 JPY'::fxamount) AS jpy_tie,
	   round('13.5 JPY'::fxamount) AS jpy_up, round('12.345 USD'::fxamount) AS usd,
	   round('12.5 USD'::fxamount) AS usd_fewer_digits, round('1.23456 XAU'::fxamount) AS xau_no_minor_units,
	   round('1234.5 KZT'::fxamount, -2) AS hundreds, round('-2.5 USD'::fxamount, 0) AS negative_tie;
SELECT round('999999999999999 KZT'::fxamount, -1);
\echo :LAST_ERROR_SQLSTATE

-- comparison: by currency, then value; 12.5 = 12.50 and hashes the same
SELECT '12.5 USD'::fxamount = '12.50 USD' AS equal, fxamount_hash('12.5 USD') = fxamount_hash('12.50 USD') AS same_hash,
	   fxamount_hash_extended('12.5 USD', 3) = fxamount_hash_extended('12.50 USD', 3) AS same_hash_ext,
	   '12.5 USD'::fxamount <> '12.5 EUR' AS ne, '12.5 USD'::fxamount < '13 USD' AS lt,
	   '99 EUR'::fxamount < '1 USD' AS currency_first, '-1 USD'::fxamount <= '0 USD' AS le,
	   '1 USD'::fxamount > '0.999 USD' AS gt, '1 USD'::fxamount >= '1.000 USD' AS ge,
	   fxamount_cmp('-999999999999999 USD', '999999999999999 USD') AS cmp_extremes;

-- aggregates: exact sums in 128 bits, one currency at a time
CREATE TABLE fxa_t (id int, a fxamount);
INSERT INTO fxa_t
SELECT i, CASE WHEN i % 3 = 0 THEN fxamount(round((i * 7919 % 100000) / 100.0, 2), 'KZT')
			   WHEN i % 3 = 1 THEN fxamount(round((i * 104729 % 1000000) / 10000.0, 4), 'USD')
			   ELSE fxamount(i * 0.000000000000000000000000000001, 'KGS') END
FROM generate_series(1::bigint, 30000) AS i;
INSERT INTO fxa_t VALUES (0, NULL), (-1, '999999999999.999 USD'), (-2, '-999999999999 USD');
-- (statistics on the grouping expression, so the planner knows there are 3 groups)
CREATE STATISTICS fxa_t_currency ON (amount_currency(a)) FROM fxa_t;
ANALYZE fxa_t;
SELECT amount_currency(a) AS cur, sum(a), avg(a), min(a), max(a), count(a)
FROM fxa_t GROUP BY 1 ORDER BY 1;
SELECT sum(a), avg(a), min(a), max(a) FROM fxa_t WHERE id < -100;
SELECT sum(a) FROM (VALUES ('0.1 USD'::fxamount), ('0.2 USD'), ('-0.3 USD')) AS v(a);
SELECT sum(a) AS rounded_once FROM (VALUES ('100000000000000 USD'::fxamount), ('0.5 USD'), ('0.000000000000000000000000000001 USD')) AS v(a);
SELECT avg(a) FROM (VALUES ('1 USD'::fxamount), ('1 USD'), ('2 USD')) AS v(a);
-- mixed currencies (22023) and overflow (22003), for each aggregate
SELECT sum(a) FROM fxa_t;
\echo :LAST_ERROR_SQLSTATE
SELECT avg(a) FROM fxa_t;
\echo :LAST_ERROR_SQLSTATE
SELECT min(a) FROM fxa_t;
\echo :LAST_ERROR_SQLSTATE
SELECT max(a) FROM fxa_t;
\echo :LAST_ERROR_SQLSTATE
SELECT sum(a) FROM (VALUES ('999999999999999 KZT'::fxamount), ('1 KZT')) AS v(a);
\echo :LAST_ERROR_SQLSTATE
SELECT avg(a) FROM (VALUES ('999999999999999 KZT'::fxamount), ('999999999999999 KZT')) AS v(a);
SELECT sum(a) FROM (VALUES ('999999999999999 KZT'::fxamount), ('1 KZT'), ('-2 KZT')) AS v(a);

-- a forced parallel plan gives the serial answer, for every aggregate
CREATE TEMP TABLE fxa_serial AS
SELECT amount_currency(a) AS cur, sum(a), avg(a), min(a), max(a) FROM fxa_t GROUP BY 1;
SELECT sum(a) AS usd_sum, avg(a) AS usd_avg, min(a) AS usd_min, max(a) AS usd_max
FROM fxa_t WHERE amount_currency(a) = 'USD';
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT sum(a), avg(a), min(a), max(a) FROM fxa_t WHERE amount_currency(a) = 'USD';
SELECT sum(a) AS usd_sum, avg(a) AS usd_avg, min(a) AS usd_min, max(a) AS usd_max
FROM fxa_t WHERE amount_currency(a) = 'USD';
-- (with free tuple transfer the planner would gather every row: charge for it)
RESET parallel_tuple_cost;
EXPLAIN (COSTS OFF) SELECT amount_currency(a), sum(a), avg(a), min(a), max(a) FROM fxa_t GROUP BY 1;
SELECT p.cur, p.sum = s.sum AND p.sum::text = s.sum::text AS same_sum,
	   p.avg::text = s.avg::text AS same_avg, p.min = s.min AS same_min, p.max = s.max AS same_max
FROM (SELECT amount_currency(a) AS cur, sum(a), avg(a), min(a), max(a) FROM fxa_t GROUP BY 1) AS p
JOIN fxa_serial AS s USING (cur) ORDER BY p.cur;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET parallel_leader_participation;

-- GROUP BY (hash and sort), joins (hash and merge), indexes (btree and hash)
CREATE TABLE fxa_g AS
SELECT (ARRAY['12.5 USD', '12.50 USD', '70000 KZT', '-3 KGS', '0.125 KWD'])[1 + i % 5]::fxamount AS a, i
FROM generate_series(1, 1000) AS i;
ANALYZE fxa_g;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT a, count(*) FROM fxa_g GROUP BY a;
SELECT a::text, count(*) FROM fxa_g GROUP BY a ORDER BY a;
RESET enable_sort;
SET enable_hashagg = off;
SELECT count(*) FROM (SELECT a FROM fxa_g GROUP BY a) AS s;
RESET enable_hashagg;
CREATE TABLE fxa_names (a fxamount, label text);
INSERT INTO fxa_names VALUES ('12.500 USD', 'price'), ('70000.0 KZT', 'salary');
ANALYZE fxa_names;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT label, count(*) FROM fxa_g JOIN fxa_names USING (a) GROUP BY label;
SELECT label, count(*) FROM fxa_g JOIN fxa_names USING (a) GROUP BY label ORDER BY label;
RESET enable_mergejoin; SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT label, count(*) FROM fxa_g JOIN fxa_names USING (a) GROUP BY label;
SELECT label, count(*) FROM fxa_g JOIN fxa_names USING (a) GROUP BY label ORDER BY label;
RESET enable_hashjoin; RESET enable_nestloop;
CREATE INDEX fxa_g_btree ON fxa_g (a);
CREATE INDEX fxa_g_hash ON fxa_g USING hash (a);
SET enable_seqscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM fxa_g WHERE a = '12.5000 USD';
SELECT count(*) FROM fxa_g WHERE a = '12.5000 USD';
SELECT count(*) FROM fxa_g WHERE a BETWEEN '-5 KGS' AND '0 KGS';
DROP INDEX fxa_g_btree;
EXPLAIN (COSTS OFF) SELECT count(*) FROM fxa_g WHERE a = '0.1250 KWD';
SELECT count(*) FROM fxa_g WHERE a = '0.1250 KWD';
RESET enable_seqscan; RESET enable_bitmapscan;

-- binary COPY round trip keeps the published digits; receive validates like input
COPY (SELECT a FROM fxa_g ORDER BY i LIMIT 5) TO '/tmp/exr_fxamount.bin' WITH (FORMAT binary);
CREATE TABLE fxa_copy (a fxamount);
COPY fxa_copy FROM '/tmp/exr_fxamount.bin' WITH (FORMAT binary);
SELECT array_agg(a::text) FROM fxa_copy;
SELECT fxamount_send('-12.50 USD');
-- recv_check: the bytes as one binary COPY field into a one-column table,
-- then the value read (as text), or the error
CREATE FUNCTION pg_temp.recv_check(tbl text, hex text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	got text;
BEGIN
	EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)',
				   '\x' || hex, '/tmp/exr_fxamount_bad.bin');
	EXECUTE format('TRUNCATE %I', tbl);
	EXECUTE format('COPY %I FROM %L WITH (FORMAT binary)', tbl, '/tmp/exr_fxamount_bad.bin');
	EXECUTE format('SELECT v::text FROM %I AS t(v)', tbl) INTO got;
	RETURN got;
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT label, pg_temp.recv_check('fxa_copy', hex)
FROM (VALUES
	('valid',           '01' || '555344' || '02' || 'fffffffffffffb1e'),
	('version 0',       '00' || '555344' || '02' || 'fffffffffffffb1e'),
	('unknown code',    '01' || '58595a' || '02' || 'fffffffffffffb1e'),
	('withdrawn TMM',   '01' || '544d4d' || '02' || 'fffffffffffffb1e'),
	('withdrawn DEM',   '01' || '44454d' || '02' || 'fffffffffffffb1e'),
	('lower case',      '01' || '757364' || '02' || 'fffffffffffffb1e'),
	('scale 31',        '01' || '555344' || '1f' || '0000000000000001'),
	('coef -10^15',     '01' || '555344' || '00' || 'fffc72815b398000'),
	('coef 10^15 - 1',  '01' || '555344' || '00' || '00038d7ea4c67fff'),
	('too short',       '01' || '555344' || '02'),
	('trailing byte',   '01' || '555344' || '02' || 'fffffffffffffb1e' || '00')
) AS v(label, hex);

-- the state of sum and avg is a type, fxamount_acc: "SUM CUR / COUNT", the
-- exact sum with its scale, or "empty" (Citus ships partial states as text)
SELECT 'empty'::fxamount_acc AS empty, ' 12.50 usd / 7 '::fxamount_acc AS spaced,
	   '-0.00 KZT / 1'::fxamount_acc AS minus_zero, '1. KZT / 3'::fxamount_acc AS bare_point;
SELECT fxamount_sum_trans(fxamount_sum_trans('empty', '1180874.00 KZT'), '-0.005 KZT') AS two_rows,
	   fxamount_sum_combine('1180873.995 KZT / 2', '-2000000 KZT / 1') AS combined,
	   fxamount_sum_final('1180873.995 KZT / 2') AS sum, fxamount_avg_final('1180873.995 KZT / 2') AS avg,
	   fxamount_sum_final('empty') AS sum_of_none;
-- partial states of every currency, through their text form, merge to the
-- aggregates' own answers (what Citus does with worker_partial_agg)
CREATE AGGREGATE fxa_partial(fxamount) (SFUNC = fxamount_sum_trans, STYPE = fxamount_acc, INITCOND = 'empty');
CREATE AGGREGATE fxa_merge(fxamount_acc) (SFUNC = fxamount_sum_combine, STYPE = fxamount_acc, INITCOND = 'empty');
SELECT m.cur, m.merged, fxamount_sum_final(m.merged)::text = s.sum::text AS same_sum,
	   fxamount_avg_final(m.merged)::text = s.avg::text AS same_avg
FROM (SELECT cur, fxa_merge(part::text::fxamount_acc) AS merged
	  FROM (SELECT amount_currency(a) AS cur, id % 7 AS k, fxa_partial(a) AS part FROM fxa_t GROUP BY 1, 2) AS p
	  GROUP BY cur) AS m
JOIN fxa_serial AS s USING (cur) ORDER BY m.cur;
SELECT fxa_partial(a) FROM fxa_t WHERE a IS NULL;
DROP AGGREGATE fxa_partial(fxamount);
DROP AGGREGATE fxa_merge(fxamount_acc);
-- called directly, the support functions leave their argument as it was
CREATE TABLE fxa_states (s fxamount_acc);
INSERT INTO fxa_states VALUES ('5 KZT / 1');
SELECT fxamount_sum_trans(s, '1 KZT') AS trans, fxamount_sum_combine(s, s) AS combine FROM fxa_states;
SELECT s AS unchanged FROM fxa_states;
-- errors: the text (22P02), out of range (22003), mixed currencies (22023)
SELECT '1 KZT / 0'::fxamount_acc;
\echo :LAST_ERROR_SQLSTATE
SELECT '1 QQQ / 3'::fxamount_acc;
SELECT '1 DEM / 3'::fxamount_acc;
\echo :LAST_ERROR_SQLSTATE
SELECT '1 KZTX / 3'::fxamount_acc;
SELECT '1e3 KZT / 3'::fxamount_acc;
SELECT 'nothing'::fxamount_acc;
\echo :LAST_ERROR_SQLSTATE
SELECT '1.0000000000000000000000000000001 KZT / 1'::fxamount_acc;
\echo :LAST_ERROR_SQLSTATE
SELECT '1 KZT / 9223372036854775808'::fxamount_acc;
SELECT '170141183460469231731687303715884105728 KZT / 1'::fxamount_acc;
SELECT fxamount_sum_combine('1 KZT / 1', '1 USD / 1');
\echo :LAST_ERROR_SQLSTATE
SELECT fxamount_sum_trans('1 KZT / 1', '1 USD');
\echo :LAST_ERROR_SQLSTATE
-- binary form: version, count, then currency, scale and the two 128-bit parts
SELECT fxamount_acc_send('1180873.995 KZT / 2') AS two, fxamount_acc_send('empty') AS empty;
SELECT label, pg_temp.recv_check('fxa_states', hex)
FROM (VALUES
	('valid',         '01' || '0000000000000002' || '4b5a54' || '00000003' || repeat('0', 16) || '00000000001204c9'
					  || repeat('0', 16) || '00000000000003e3'),
	('empty',         '01' || '0000000000000000'),
	('version 2',     '02' || '0000000000000000'),
	('count -1',      '01' || 'ffffffffffffffff'),
	('unknown code',  '01' || '0000000000000001' || '58595a' || '00000000' || repeat('0', 64)),
	('scale 31',      '01' || '0000000000000001' || '4b5a54' || '0000001f' || repeat('0', 64)),
	('too short',     '01' || '0000000000000001' || '4b5a54'),
	('trailing byte', '01' || '0000000000000000' || '00')
) AS v(label, hex);
DROP TABLE fxa_states;
DROP TABLE fxa_t, fxa_g, fxa_names, fxa_copy;
