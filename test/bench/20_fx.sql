-- test/bench/20_fx.sql - fxrate and fxamount beside numeric, float8 and text.
--
-- 5M conversions of amounts in the five ticker currencies to USD with rates
-- that move around the published figures.  Each representation gets its own
-- table, as a user would store it: bench_fx (fxamount, fxrate: the currency
-- is inside the values), bench_numeric (numeric, numeric, with base and
-- quote as text for the GROUP BY case), bench_float (float8, float8), and
-- bench_fx_text (the rate as ticker text and as a bare number).  Every
-- table is measured serially (parallel_workers = 0), as in the issue.
CREATE TABLE bench_numeric AS
SELECT round((i * 7919 % 10000000) / 100.0, 2) AS amount,
	   CASE k WHEN 0 THEN 0.01144 + j * 0.00001
			  WHEN 1 THEN 0.00194 + j * 0.000001
			  WHEN 2 THEN 0.0000794 + j * 0.0000001
			  WHEN 3 THEN 0.1064 + j * 0.0001
			  ELSE 0.2857 + j * 0.0001 END AS rate,
	   (ARRAY['KGS', 'KZT', 'UZS', 'TJS', 'TMT'])[k + 1] AS base,
	   'USD'::text AS quote
FROM (SELECT i, i % 5 AS k, (i * 31) % 200 AS j FROM generate_series(1::bigint, 5000000) AS i) AS s;
CREATE TABLE bench_fx AS
SELECT fxamount(amount, base::currency) AS amount,
	   fxrate(base::currency, quote::currency, rate) AS rate
FROM bench_numeric;
CREATE TABLE bench_float AS
SELECT amount::float8 AS amount, rate::float8 AS rate FROM bench_numeric;
CREATE TABLE bench_fx_text AS
SELECT rate::text AS r, base || '/' || quote || ' ' || rate AS s FROM bench_numeric;
ALTER TABLE bench_numeric SET (parallel_workers = 0);
ALTER TABLE bench_fx SET (parallel_workers = 0);
ALTER TABLE bench_float SET (parallel_workers = 0);
ALTER TABLE bench_fx_text SET (parallel_workers = 0);
VACUUM ANALYZE bench_numeric;
VACUUM ANALYZE bench_fx;
VACUUM ANALYZE bench_float;
VACUUM ANALYZE bench_fx_text;

-- The three sums side by side (printed once during set-up, not timed):
-- fxamount is exact and equals numeric to the last digit; float8 is not.
SELECT (SELECT sum(amount * rate) FROM bench_fx) AS fx_sum,
	   (SELECT sum(amount * rate) FROM bench_numeric) AS numeric_sum,
	   (SELECT sum(amount * rate) FROM bench_float) AS float8_sum;

SELECT bench_case('sum(amount * rate), 5M rows: fxamount * fxrate vs numeric * numeric',
	$q$ SELECT sum(amount * rate) FROM bench_fx $q$,
	$q$ SELECT sum(amount * rate) FROM bench_numeric $q$);
SELECT bench_case('sum(amount * rate), 5M rows: fxamount * fxrate vs numeric * numeric',
	$q$ SELECT sum(amount * rate) FROM bench_fx $q$,
	$q$ SELECT sum(amount * rate) FROM bench_numeric $q$, jit => true);
SELECT bench_case('sum(amount * rate), 5M rows: fxamount * fxrate vs float8 * float8',
	$q$ SELECT sum(amount * rate) FROM bench_fx $q$,
	$q$ SELECT sum(amount * rate) FROM bench_float $q$);
SELECT bench_case('sum(amount * rate), 5M rows: fxamount * fxrate vs float8 * float8',
	$q$ SELECT sum(amount * rate) FROM bench_fx $q$,
	$q$ SELECT sum(amount * rate) FROM bench_float $q$, jit => true);
SELECT bench_case('text -> fxrate cast vs text -> numeric of the rate alone, 5M rows',
	$q$ SELECT count(s::fxrate) FROM bench_fx_text $q$,
	$q$ SELECT count(r::numeric) FROM bench_fx_text $q$);
SELECT bench_case('text -> fxrate cast vs text -> numeric of the rate alone, 5M rows',
	$q$ SELECT count(s::fxrate) FROM bench_fx_text $q$,
	$q$ SELECT count(r::numeric) FROM bench_fx_text $q$, jit => true);
SELECT bench_case('GROUP BY fxrate vs GROUP BY (base text, quote text, rate numeric), 5M rows, 1000 groups',
	$q$ SELECT count(*) FROM (SELECT rate, count(*) FROM bench_fx GROUP BY rate) s $q$,
	$q$ SELECT count(*) FROM (SELECT base, quote, rate, count(*) FROM bench_numeric GROUP BY base, quote, rate) s $q$);
SELECT bench_case('GROUP BY fxrate vs GROUP BY (base text, quote text, rate numeric), 5M rows, 1000 groups',
	$q$ SELECT count(*) FROM (SELECT rate, count(*) FROM bench_fx GROUP BY rate) s $q$,
	$q$ SELECT count(*) FROM (SELECT base, quote, rate, count(*) FROM bench_numeric GROUP BY base, quote, rate) s $q$,
	jit => true);
-- What the float8 comparison cannot avoid: scanning a wider table.  An
-- fxrate carries its pair and 18 digits in 16 bytes, so a row of
-- (fxamount, fxrate) holds 24 bytes of data against 16 for two float8s
-- (52 against 44 bytes per heap tuple with its header and line pointer).
SELECT bench_case('scan only: count(*) of the fxamount/fxrate table vs the float8 table, 5M rows',
	$q$ SELECT count(*) FROM bench_fx $q$,
	$q$ SELECT count(*) FROM bench_float $q$);
SELECT bench_case('bytes per value: fxrate (16) and fxamount (8), fixed, vs numeric rate and amount',
	$q$ SELECT sum(pg_column_size(rate)) + sum(pg_column_size(amount)) FROM bench_fx $q$,
	$q$ SELECT sum(pg_column_size(rate)) + sum(pg_column_size(amount)) FROM bench_numeric $q$);
