--
-- fxrate: the exact rate of a currency pair
--
-- input forms: the canonical one, the ticker's "=", lower case, white space
SELECT 'KGS/USD 0.01144'::fxrate, 'KGS/USD = 0.01144'::fxrate, 'kgs/usd=0.01144'::fxrate,
	   E'  UZS/USD \t 0.00008 \n'::fxrate, 'kzt / usd 0.00194'::fxrate;
-- published digits are kept, also trailing zeros; output reads back
SELECT 'USD/KZT 87.40'::fxrate AS kept, 'USD/KZT 87.40'::fxrate::text::fxrate AS round_trip,
	   'KGS/USD +0.5'::fxrate AS plus_sign, 'TJS/USD 1.'::fxrate AS no_decimals;
SELECT pg_column_size('KGS/USD 0.01144'::fxrate) AS bytes;
-- the text -> fxrate cast reads text in place, with input's results and errors
SELECT 'kgs/usd = 0.01144'::text::fxrate AS cast_from_text, fxrate('USD/KZT 87.40') AS function_form,
	   (SELECT castmethod FROM pg_cast WHERE castsource = 'text'::regtype AND casttarget = 'fxrate'::regtype) AS method;
SELECT 'KGS/USD abc'::text::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 1234567890123456789'::text::fxrate;
\echo :LAST_ERROR_SQLSTATE
-- smallest and largest
SELECT 'KGS/USD 0.000000000000000000000000000001'::fxrate AS smallest,
	   'USD/KGS 999999999999999999'::fxrate AS largest,
	   'USD/KGS 0.123456789012345678'::fxrate AS eighteen_digits;

-- errors in text input, each saying which part is wrong (SQLSTATE 22P02)
SELECT 'KGS USD 0.01144'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KG/USD 0.01144'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'XYZ/USD 0.01144'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USDT 0.01144'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/BYQ 0.01144'::fxrate;
\echo :LAST_ERROR_SQLSTATE
-- withdrawn codes are rates' currencies too: old scrapes quote them
SELECT 'TMM/USD 0.000192'::fxrate AS manat_2008, 'usd/byr 21350'::fxrate AS ruble_2016,
	   'DEM/EUR 0.51129'::fxrate AS mark, inverse('DEM/EUR 0.51129') AS inverted;
SELECT 'KGS/KGS 1'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD ='::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 0,01144'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD = 0.01144 0%'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 1e-2'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 0'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD -0.01144'::fxrate;
\echo :LAST_ERROR_SQLSTATE
-- more digits than the type keeps: 22003, never rounded
SELECT 'KGS/USD 0.0000000000000000000000000000001'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'USD/KGS 1000000000000000000'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'USD/KGS 87.4125874125874125874'::fxrate;
\echo :LAST_ERROR_SQLSTATE

-- parts, construction and exact numeric
SELECT base(r), quote(r), rate(r), r::numeric, rate_scale(r)
FROM (VALUES ('KGS/USD 0.01144'::fxrate), ('USD/KZT 87.40'), ('UZS/USD 0.00008'), ('USD/TMT 3')) AS v(r);
SELECT fxrate('KGS', 'USD', 0.01144), fxrate('usd', 'kzt', 87.40),
	   fxrate('KGS', 'USD', 0.01144 * 1.000000000000) AS padded_zeros_kept,
	   fxrate('KGS', 'USD', 0.01144 * 1.0000000000000000000000) AS padding_past_18_digits_dropped,
	   pg_typeof(rate(fxrate('KGS', 'USD', 1)));
SELECT fxrate('KGS', 'KGS', 1);
\echo :LAST_ERROR_SQLSTATE
SELECT fxrate('KGS', 'USD', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT fxrate('KGS', 'USD', -1);
\echo :LAST_ERROR_SQLSTATE
SELECT fxrate('KGS', 'USD', 'NaN');
\echo :LAST_ERROR_SQLSTATE
SELECT fxrate('KGS', 'USD', 'Infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT fxrate('KGS', 'USD', 1e18);
\echo :LAST_ERROR_SQLSTATE
SELECT fxrate('KGS', 'USD', 1.0000000000000000001);
\echo :LAST_ERROR_SQLSTATE
SELECT fxrate('KGS', 'USD', NULL) IS NULL AS strict;

-- inverse at full precision (1/12600.5 is not 0.00008)
SELECT inverse('KGS/USD 0.01144'), inverse('USD/UZS 12600.5'), inverse('USD/TMT 3.5'),
	   inverse(inverse('KGS/USD 0.01144')) AS twice, inverse('USD/KGS 999999999999999999');
SELECT inverse('KGS/USD 0.000000000000000000000000000001');
\echo :LAST_ERROR_SQLSTATE

-- chain A/B * B/C -> A/C (in either order) and cross A/C / B/C -> A/B
SELECT 'KGS/USD 0.01144'::fxrate * 'USD/KZT 515.46'::fxrate AS kgs_kzt,
	   'USD/KZT 515.46'::fxrate * 'KGS/USD 0.01144'::fxrate AS same_other_way,
	   'KZT/USD 0.00194'::fxrate / 'KGS/USD 0.01144'::fxrate AS kzt_kgs,
	   'USD/KGS 87.41'::fxrate / 'USD/KZT 515.46'::fxrate AS kzt_kgs_shared_base;
SELECT 'KGS/USD 0.01144'::fxrate * 'KZT/USD 0.00194'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 0.01144'::fxrate * 'USD/KGS 87.41'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 0.01144'::fxrate / 'USD/KZT 515.46'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 0.01144'::fxrate / 'KGS/USD 0.0115'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'USD/KGS 999999999999999999'::fxrate * 'KGS/KZT 10'::fxrate;
\echo :LAST_ERROR_SQLSTATE
SELECT 'USD/KGS 0.000000000000001'::fxrate * 'KGS/KZT 0.0000000000000001'::fxrate;
\echo :LAST_ERROR_SQLSTATE

-- percent change: numeric, 100 * (new - old) / old
SELECT 'KGS/USD 0.01150'::fxrate -% 'KGS/USD 0.01144'::fxrate AS up,
	   pct_change('KGS/USD 0.01144', 'KGS/USD 0.01150') AS down,
	   pct_change('KGS/USD 0.0114', 'KGS/USD 0.01140') AS unchanged,
	   pct_change('UZS/USD 0.00008', inverse('USD/UZS 12600.5')) AS published_vs_true;
SELECT 'KGS/USD 0.01150'::fxrate -% 'KZT/USD 0.00194'::fxrate;
\echo :LAST_ERROR_SQLSTATE
-- moved by a percent
SELECT 'KGS/USD 0.01144'::fxrate +% 10 AS up_10, 'KGS/USD 0.01144'::fxrate +% -2.5 AS down_2_5,
	   'USD/UZS 12600.5'::fxrate +% round(1/3.0, 15) AS a_third;
-- a percent with more digits than the arithmetic keeps is refused, not rounded
SELECT 'USD/UZS 12600.5'::fxrate +% (1/3.0);
\echo :LAST_ERROR_SQLSTATE
SELECT 'USD/UZS 12600.5'::fxrate +% 'NaN';
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 0.01144'::fxrate +% -100;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KGS/USD 0.01144'::fxrate +% -150;
\echo :LAST_ERROR_SQLSTATE
SELECT 'USD/KGS 999999999999999999'::fxrate +% 1;
\echo :LAST_ERROR_SQLSTATE

-- round half-even, error bound
SELECT round('USD/KZT 515.465'::fxrate, 2) AS tie_to_even, round('USD/KZT 515.475'::fxrate, 2) AS tie_up,
	   round('USD/KZT 515.46'::fxrate, 5) AS unchanged, round('USD/UZS 12650.5'::fxrate, -2) AS hundreds,
	   round(inverse('USD/UZS 12600.5'), 8) AS eight_decimals;
SELECT round('UZS/USD 0.00008'::fxrate, 2);
\echo :LAST_ERROR_SQLSTATE
SELECT round('USD/KGS 999999999999999999'::fxrate, -1);
\echo :LAST_ERROR_SQLSTATE
SELECT r, rate_error_bound(r)
FROM (VALUES ('UZS/USD 0.00008'::fxrate), ('KGS/USD 0.01144'), ('USD/KZT 87.40'), ('USD/TMT 3')) AS v(r);

-- a plain number times a rate: exact numeric
SELECT 70000 * 'KZT/USD 0.00194'::fxrate AS usd, 1.5 * 'USD/KGS 87.41'::fxrate AS kgs;

-- comparison: by base, quote, then value; 0.0114 = 0.01140 and hashes the same
SELECT 'KGS/USD 0.0114'::fxrate = 'KGS/USD 0.01140' AS trailing_zero_equal,
	   fxrate_hash('KGS/USD 0.0114') = fxrate_hash('KGS/USD 0.01140') AS same_hash,
	   fxrate_hash_extended('KGS/USD 0.0114', 7) = fxrate_hash_extended('KGS/USD 0.01140', 7) AS same_hash_ext,
	   'KGS/USD 0.0114'::fxrate <> 'KGS/USD 0.0115' AS ne,
	   'KGS/USD 0.0114'::fxrate < 'KGS/USD 0.0115' AS lt,
	   'KGS/USD 9'::fxrate < 'KZT/USD 0.001' AS base_first,
	   'KGS/EUR 9'::fxrate < 'KGS/USD 0.001' AS quote_second,
	   'KGS/USD 0.0114'::fxrate <= 'KGS/USD 0.01140' AS le,
	   'KGS/USD 0.0115'::fxrate > 'KGS/USD 0.0114' AS gt,
	   'KGS/USD 0.0115'::fxrate >= 'KGS/USD 0.0115' AS ge,
	   fxrate_cmp('USD/UZS 0.000000000000000000000000000001', 'USD/UZS 999999999999999999') AS cmp_extremes;
SELECT array_agg(r ORDER BY r)
FROM unnest('{"USD/KZT 515.46","KGS/USD 0.0115","KGS/USD 0.01144","KGS/EUR 0.0105","AED/USD 0.27"}'::fxrate[]) AS r;

-- GROUP BY (hash and sort), joins (hash and merge), indexes (btree and hash)
CREATE TABLE fxr_t AS
SELECT (ARRAY['KGS/USD 0.01144', 'KGS/USD 0.011440', 'KZT/USD 0.00194', 'UZS/USD 0.00008',
			  'TJS/USD 0.1064', 'TMT/USD 0.2857'])[1 + i % 6]::fxrate AS r, i
FROM generate_series(1, 1200) AS i;
ANALYZE fxr_t;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT r, count(*) FROM fxr_t GROUP BY r;
SELECT r, count(*) FROM fxr_t GROUP BY r ORDER BY r;
RESET enable_sort;
SET enable_hashagg = off;
SELECT r, count(*) FROM fxr_t GROUP BY r ORDER BY r;
RESET enable_hashagg;
CREATE TABLE fxr_names (r fxrate, label text);
INSERT INTO fxr_names VALUES ('KGS/USD 0.011440', 'som'), ('KZT/USD 0.00194', 'tenge'), ('TMT/USD 0.28570', 'manat');
ANALYZE fxr_names;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT label, count(*) FROM fxr_t JOIN fxr_names USING (r) GROUP BY label;
SELECT label, count(*) FROM fxr_t JOIN fxr_names USING (r) GROUP BY label ORDER BY label;
RESET enable_mergejoin; SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT label, count(*) FROM fxr_t JOIN fxr_names USING (r) GROUP BY label;
SELECT label, count(*) FROM fxr_t JOIN fxr_names USING (r) GROUP BY label ORDER BY label;
RESET enable_hashjoin; RESET enable_nestloop;
CREATE INDEX fxr_t_btree ON fxr_t (r);
CREATE INDEX fxr_t_hash ON fxr_t USING hash (r);
SET enable_seqscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM fxr_t WHERE r = 'KGS/USD 0.0114400';
SELECT count(*) FROM fxr_t WHERE r = 'KGS/USD 0.0114400';
SELECT count(*) FROM fxr_t WHERE r > 'KGS/USD 0.02' AND r < 'TJS/USD 1';
DROP INDEX fxr_t_btree;
EXPLAIN (COSTS OFF) SELECT count(*) FROM fxr_t WHERE r = 'UZS/USD 0.000080';
SELECT count(*) FROM fxr_t WHERE r = 'UZS/USD 0.000080';
RESET enable_seqscan; RESET enable_bitmapscan;

-- binary COPY round trip keeps the published digits
COPY (SELECT r FROM fxr_t ORDER BY i LIMIT 6) TO '/tmp/exr_fxrate.bin' WITH (FORMAT binary);
CREATE TABLE fxr_copy (r fxrate);
COPY fxr_copy FROM '/tmp/exr_fxrate.bin' WITH (FORMAT binary);
SELECT array_agg(r::text) FROM fxr_copy;
SELECT fxrate_send('KGS/USD 0.01144');
-- receive validates what input validates (bytes written as bytea, read as fxrate)
CREATE FUNCTION pg_temp.fxr_recv_check(hex text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)',
				   '\x' || hex, '/tmp/exr_fxrate_bad.bin');
	TRUNCATE fxr_copy;
	EXECUTE format('COPY fxr_copy FROM %L WITH (FORMAT binary)', '/tmp/exr_fxrate_bad.bin');
	RETURN (SELECT r::text FROM fxr_copy);
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT label, pg_temp.fxr_recv_check(hex)
FROM (VALUES
	('valid',            '01' || '4b4753' || '555344' || '05' || '0000000000000478'),
	('version 2',        '02' || '4b4753' || '555344' || '05' || '0000000000000478'),
	('unknown base',     '01' || '58595a' || '555344' || '05' || '0000000000000478'),
	('withdrawn base',   '01' || '544d4d' || '555344' || '05' || '0000000000000478'),
	('not letters',      '01' || '4b4731' || '555344' || '05' || '0000000000000478'),
	('same currency',    '01' || '555344' || '555344' || '05' || '0000000000000478'),
	('zero rate',        '01' || '4b4753' || '555344' || '05' || '0000000000000000'),
	('negative rate',    '01' || '4b4753' || '555344' || '05' || 'fffffffffffffb88'),
	('scale 31',         '01' || '4b4753' || '555344' || '1f' || '0000000000000478'),
	('coef 10^18',       '01' || '4b4753' || '555344' || '00' || '0de0b6b3a7640000'),
	('coef 10^18 - 1',   '01' || '4b4753' || '555344' || '00' || '0de0b6b3a763ffff'),
	('too short',        '01' || '4b4753' || '555344' || '05' || '00000478'),
	('trailing byte',    '01' || '4b4753' || '555344' || '05' || '0000000000000478' || '00')
) AS v(label, hex);

DROP TABLE fxr_t, fxr_names, fxr_copy;
