--
-- fxquote: one ticker quote, as published
--
-- input forms; output in the ticker's form
SELECT 'KGS/USD = 0.01144 0%'::fxquote AS zero,
	   'KZT/USD = 0.00194 -0%'::fxquote AS minus_zero,
	   'TJS/USD = 0.10844 -0.46%'::fxquote AS fall,
	   'TMT/USD = 0.28571 +0.28%'::fxquote AS rise;
SELECT 'kgs/usd=0.01144 0.00%'::fxquote AS lower_case,
	   E' TMT/USD\t0.28571 0.28% '::fxquote AS no_equals,
	   E'KZT/USD\u00a0=\u00a00.00194 \u22120%'::fxquote AS nbsp_unicode_minus,
	   'KZT/USD = 0.00194 +0%'::fxquote AS plus_zero;
SELECT pg_column_size('TJS/USD = 0.10844 -0.46%'::fxquote) AS bytes;
-- the other layouts tickers write, and decimal commas; output keeps the point
SELECT 'USD/KZT 515.46 ▲0.30%'::fxquote AS up_arrow,
	   'USD/KZT 515.46 ▼0.30%'::fxquote AS down_arrow,
	   'USD/KZT: 515.46 (+0.30%)'::fxquote AS colon_parentheses,
	   '1 USD = 515.46 KZT +0.30%'::fxquote AS one_unit,
	   'KZT/USD = 0,00193 −0,52%'::fxquote AS decimal_commas;
SELECT '1 USD = 515.46 KZT +0.30%'::fxquote = 'USD/KZT = 515.46 0.30%' AS same_quote;
SELECT 'USD/UZS = 12,600 0%'::fxquote;
SELECT '100 KZT = 0.19 USD 0%'::fxquote;
SELECT 'USD/KZT 515.46 ▲-0.30%'::fxquote AS arrow_against_sign;

-- the sign of a zero change survives storage, output and comparison
CREATE TABLE q_t (id int, q fxquote);
INSERT INTO q_t VALUES (1, 'KZT/USD = 0.00194 -0%'), (2, 'KZT/USD = 0.00194 0%'),
	(3, 'KZT/USD = 0.00194 +0%'), (4, 'KZT/USD = 0.00194 -0.00%'), (5, 'KZT/USD = 0.00194 -0%');
SELECT id, q, q::text = 'KZT/USD = 0.00194 -0%' AS minus_zero_text,
	   change_pct(q), change_direction(q)
FROM q_t ORDER BY id;
SELECT 'KZT/USD = 0.00194 -0%'::fxquote = 'KZT/USD = 0.00194 0%' AS minus_zero_eq_zero,
	   'KZT/USD = 0.00194 -0%'::fxquote < 'KZT/USD = 0.00194 0%' AS minus_zero_lt_zero,
	   'KZT/USD = 0.00194 0%'::fxquote < 'KZT/USD = 0.00194 +0%' AS zero_lt_plus_zero,
	   'KZT/USD = 0.00194 -0%'::fxquote = 'KZT/USD = 0.00194 -0%' AS same;
-- published digits count: equal values with other digits are other quotes
SELECT 'KGS/USD = 0.0114 0%'::fxquote = 'KGS/USD = 0.01140 0%' AS rate_digits_eq,
	   'KGS/USD = 0.0114 0.5%'::fxquote = 'KGS/USD = 0.0114 0.50%' AS change_digits_eq,
	   'KGS/USD = 0.0114 0%'::fxquote < 'KGS/USD = 0.01140 0%' AS fewer_digits_first;

-- change_pct and change_direction
SELECT q, change_pct(q), change_direction(q)
FROM unnest('{"TJS/USD = 0.10844 -0.46%","TMT/USD = 0.28571 0.28%","UZS/USD = 0.00008 0%",
			 "KZT/USD = 0.00194 -0%","KZT/USD = 0.00194 +0.0%"}'::fxquote[]) AS q;

-- quote_rate: the rate as published; previous_rate: rate / (1 + change/100), full precision
SELECT q, quote_rate(q), previous_rate(q)
FROM unnest('{"TJS/USD = 0.10844 -0.46%","TMT/USD = 0.28571 0.28%","KZT/USD = 0.00194 -0%",
			 "KZT/USD = 0.00193 -0.52%","KGS/USD = 0.01140 0%"}'::fxquote[]) AS q;
SELECT quote_rate('KGS/USD = 0.01140 0%') = 'KGS/USD 0.0114'::fxrate AS rate_equal_by_value,
	   previous_rate('TJS/USD = 0.10844 -0.46%') +% -0.46 AS moved_back;
SELECT previous_rate('USD/UZS = 999999999999999999 -99.9999999%');
\echo :LAST_ERROR_SQLSTATE

-- ordering: pair, rate value, change value (-0 < 0 < +0), then digits
SELECT array_agg(q ORDER BY q) FROM unnest('{"UZS/USD = 0.00008 0%","KZT/USD = 0.00194 0%",
	"KZT/USD = 0.00194 -0%","KGS/USD = 0.01144 0%","KZT/USD = 0.00195 -1%","KZT/USD = 0.00194 -0.5%",
	"KZT/USD = 0.00194 +0%","KZT/USD = 0.001940 0%"}'::fxquote[]) AS q;

-- GROUP BY (hash and sort), DISTINCT, joins (hash and merge), btree and hash indexes
CREATE TABLE qg AS
SELECT (ARRAY['KZT/USD = 0.00194 -0%','KZT/USD = 0.00194 0%','TJS/USD = 0.10844 -0.46%',
			  'KGS/USD = 0.01144 0%','KGS/USD = 0.011440 0%'])[1 + i % 5]::fxquote AS q, i
FROM generate_series(1, 5000) AS i;
ANALYZE qg;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT q, count(*) FROM qg GROUP BY q;
SELECT q, count(*) FROM qg GROUP BY q ORDER BY q;
RESET enable_sort;
SET enable_hashagg = off;
SELECT q, count(*) FROM qg GROUP BY q ORDER BY q;
RESET enable_hashagg;
SELECT count(DISTINCT q) FROM qg;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM q_t a JOIN q_t b ON a.q = b.q;
SELECT count(*) FROM q_t a JOIN q_t b ON a.q = b.q;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM q_t a JOIN q_t b ON a.q = b.q;
SELECT count(*) FROM q_t a JOIN q_t b ON a.q = b.q;
RESET enable_hashjoin;
RESET enable_nestloop;
CREATE INDEX qg_btree ON qg (q);
CREATE INDEX qg_hash ON qg USING hash (q);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM qg WHERE q = 'KZT/USD = 0.00194 -0%';
SELECT count(*) FROM qg WHERE q > 'KZT/USD = 0.00194 -0%';
DROP INDEX qg_btree;
EXPLAIN (COSTS OFF) SELECT count(*) FROM qg WHERE q = 'KZT/USD = 0.00194 -0%';
SELECT count(*) FROM qg WHERE q = 'KZT/USD = 0.00194 -0%';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- binary COPY round trip
\copy q_t TO 'test/out/fxquote.bin' WITH (FORMAT binary)
CREATE TABLE q_back (id int, q fxquote);
\copy q_back FROM 'test/out/fxquote.bin' WITH (FORMAT binary)
SELECT a.id, a.q, a.q = b.q AS same, a.q::text = b.q::text AS same_text
FROM q_t a JOIN q_back b USING (id) ORDER BY a.id;

-- binary input is checked like text input: a quote with pair XXX/USD (22P03)
\! printf 'PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\025XXXUSD\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\377\377' > test/out/bad_fxquote.bin
CREATE TABLE q_bad (q fxquote);
\copy q_bad FROM 'test/out/bad_fxquote.bin' WITH (FORMAT binary)
\set VERBOSITY sqlstate
\copy q_bad FROM 'test/out/bad_fxquote.bin' WITH (FORMAT binary)
\set VERBOSITY default
-- the same bytes with KZT/USD are accepted
\! printf 'PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\025KZTUSD\000\000\000\000\000\000\000\302\005\000\000\000\000\000\000\377\377' > test/out/good_fxquote.bin
\copy q_bad FROM 'test/out/good_fxquote.bin' WITH (FORMAT binary)
SELECT q FROM q_bad;

-- a quote in a withdrawn code (an old scrape) reads like any other
SELECT 'TMM/USD = 0.000192 -0.5%'::fxquote AS manat, change_pct('USD/BYR = 21350 +0.3%') AS ruble_change;

-- errors: each part of a quote (22P02), digits out of range (22003)
SELECT 'KGS/USD = abc 0%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'XXX/USD = 1.0 0%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'USD/USD = 1 0%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD = 0.01144'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD ='::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD = 0.01144 0'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD = 0 0%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD = 0.01144 0% extra'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGSUSD = 0.01144 0%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD = 1234567890123456789 0%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD = 0.01144 1234567890%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD = 0.01144 -100%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
