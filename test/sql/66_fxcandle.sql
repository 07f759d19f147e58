--
-- fxcandle and the candle aggregates: exact open, high, low and close
--
SET TimeZone = 'UTC';

-- candle_scrapes of two sites over three days (rates in their published digits)
CREATE TABLE candle_scrapes (site text, at timestamptz, quote fxquote);
INSERT INTO candle_scrapes VALUES
	('kaktus', '2025-12-08 03:00Z', 'KZT/USD = 0.00194 -0%'),
	('kaktus', '2025-12-08 03:00Z', 'KGS/USD = 0.01144 0%'),
	('24kg',   '2025-12-08 07:00Z', 'KZT/USD = 0.00196 +1.03%'),
	('kaktus', '2025-12-08 11:00Z', 'KZT/USD = 0.00193 -1.53%'),
	('24kg',   '2025-12-08 11:00Z', 'KGS/USD = 0.01146 +0.17%'),
	('kaktus', '2025-12-08 15:00Z', 'KZT/USD = 0.00196 +1.55%'),
	('kaktus', '2025-12-08 19:00Z', 'KZT/USD = 0.00195 -0.51%'),
	('24kg',   '2025-12-08 19:00Z', 'KGS/USD = 0.01141 -0.44%'),
	('kaktus', '2025-12-09 03:00Z', 'KZT/USD = 0.00195 0%'),
	('24kg',   '2025-12-09 03:00Z', 'KZT/USD = 0.001950 0%'),
	('kaktus', '2025-12-09 09:00Z', 'KZT/USD = 0.00197 +1.03%'),
	('kaktus', '2025-12-09 09:00Z', 'KGS/USD = 0.01144 +0.26%'),
	('kaktus', '2025-12-11 05:00Z', 'KZT/USD = 0.00198 +0.51%'),
	('kaktus', '2025-12-11 05:00Z', 'KGS/USD = 0.01150 +0.52%');

-- one candle per pair and day
SELECT date_trunc('day', at) AS day, quote_rate(quote)::text ~ '^KZT' AS kzt, candle(quote, at)
FROM candle_scrapes GROUP BY 1, 2 ORDER BY 2 DESC, 1;
SELECT day, open(c), high(c), low(c), close(c), n(c), candle_change_pct(c) AS pct
FROM (SELECT date_trunc('day', at) AS day, candle(quote_rate(quote), at) AS c
	  FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KZT' GROUP BY 1) x ORDER BY day;
SELECT open_at(c), high_at(c), low_at(c), close_at(c)
FROM (SELECT candle(quote, at) AS c FROM candle_scrapes
	  WHERE base(quote_rate(quote)) = 'KZT' AND at < '2025-12-09') x;

-- high_at and low_at are the first times the high and the low were seen
-- (0.00196 at 07:00 and 15:00); at equal times the open is the lowest rate
-- and the close the highest, whatever the order of the rows
SELECT candle(r::fxrate, t) FROM (VALUES
	('KGS/USD 0.01145', timestamptz '2025-12-09 05:00Z'), ('KGS/USD 0.01143', '2025-12-09 05:00Z'),
	('KGS/USD 0.01144', '2025-12-09 05:00Z')) v(r, t);
SELECT candle(r::fxrate, t ORDER BY r DESC)::text = candle(r::fxrate, t ORDER BY r)::text AS same
FROM (VALUES ('KGS/USD 0.01145', timestamptz '2025-12-09 05:00Z'), ('KGS/USD 0.01143', '2025-12-09 05:00Z'),
	  ('KGS/USD 0.01144', '2025-12-09 05:00Z')) v(r, t);
-- equal values in different digits (0.00195 and 0.001950 at 03:00): the time
-- decides, then the digits, fewer decimals counting as lower, so the open and
-- the low are 0.00195 whichever row comes first; at one time the high and
-- the close take the most decimals
SELECT candle(quote, at ORDER BY site) AS by_site, candle(quote, at ORDER BY site DESC) AS by_site_desc
FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KZT' AND at >= '2025-12-09' AND at < '2025-12-10';
SELECT candle(r::fxrate, t) FROM (VALUES
	('KGS/USD 0.0114', timestamptz '2025-12-09 02:00Z'), ('KGS/USD 0.011400', '2025-12-09 02:00Z'),
	('KGS/USD 0.01140', '2025-12-09 02:00Z')) v(r, t);
-- the result never depends on input order
SELECT count(DISTINCT c::text) AS distinct_texts FROM (
	SELECT candle(quote, at ORDER BY at) AS c FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KZT'
	UNION ALL SELECT candle(quote, at ORDER BY at DESC) FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KZT'
	UNION ALL SELECT candle(quote, at ORDER BY md5(site || at::text)) FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KZT'
	UNION ALL SELECT candle(quote, at ORDER BY quote DESC, site) FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KZT') x;

-- NULL rates and NULL times are skipped; no rows (or only NULLs) give NULL
SELECT candle(r::fxrate, t) FROM (VALUES
	('KGS/USD 0.01144', timestamptz '2025-12-09 05:00Z'), (NULL, '2025-12-09 01:00Z'),
	('KGS/USD 0.01200', NULL)) v(r, t);
SELECT candle(r, t) IS NULL AS is_null FROM (VALUES (NULL::fxrate, NULL::timestamptz)) v(r, t);
SELECT candle(quote, at) IS NULL AS is_null FROM candle_scrapes WHERE false;
-- infinite times are times
SELECT candle(r::fxrate, t) FROM (VALUES
	('UZS/USD 0.00008', timestamptz 'infinity'), ('UZS/USD 0.00009', '-infinity')) v(r, t);

-- two pairs in one candle: 22023, both pairs named in pair order
SELECT candle(quote, at) FROM candle_scrapes;
\echo :LAST_ERROR_SQLSTATE
SELECT candle(quote, at ORDER BY at DESC) FROM candle_scrapes;
SELECT candle(r::fxrate, t) FROM (VALUES
	('KGS/USD 0.01144', timestamptz '2025-12-09 05:00Z'), ('USD/KGS 87.4', '2025-12-09 06:00Z')) v(r, t);

-- the rollup: day candles merge into the candle of the whole
CREATE TABLE day_candles AS
SELECT date_trunc('day', at) AS day, base(quote_rate(quote)) AS base, candle(quote, at) AS c
FROM candle_scrapes GROUP BY 1, 2;
SELECT w.base, w.c, w.c = whole.c AS rollup_equal, w.c::text = whole.c::text AS same_text
FROM (SELECT base, candle(c) AS c FROM day_candles GROUP BY base) w
JOIN (SELECT base(quote_rate(quote)) AS base, candle(quote, at) AS c FROM candle_scrapes GROUP BY 1) whole
	USING (base) ORDER BY w.base;
SELECT candle(c) FROM day_candles;
SELECT candle(c) IS NULL AS is_null FROM day_candles WHERE false;
SELECT candle(NULL::fxcandle) IS NULL AS is_null;
-- candle_merge: two candles of one pair; STRICT; other pairs 22023
SELECT candle_merge(a.c, b.c) = (SELECT candle(c) FROM day_candles
								 WHERE base = 'KGS' AND day IN ('2025-12-08', '2025-12-11')) AS merged
FROM day_candles a, day_candles b
WHERE a.base = 'KGS' AND b.base = 'KGS' AND a.day = '2025-12-08' AND b.day = '2025-12-11';
SELECT candle_merge(c, NULL) IS NULL AS is_null FROM day_candles LIMIT 1;
SELECT candle_merge(a.c, b.c) FROM day_candles a, day_candles b
WHERE a.base = 'KZT' AND b.base = 'KGS' AND a.day = b.day AND a.day = '2025-12-09';
-- called outside an aggregate, the support functions never change their arguments
SELECT c AS before, candle_transfn_rate(c, 'KGS/USD 0.02', '2025-12-09 12:00Z') AS after, c AS unchanged
FROM day_candles WHERE base = 'KGS' AND day = '2025-12-09';
SELECT c AS before, candle_merge(c, c) AS doubled, c AS unchanged
FROM day_candles WHERE base = 'KGS' AND day = '2025-12-09';
SELECT candle_transfn_rate(NULL, 'KGS/USD 0.02', '2025-12-09 12:00Z') AS first_row,
	   candle_transfn_rate(NULL, NULL, '2025-12-09 12:00Z') IS NULL AS skipped,
	   candle_transfn_quote(NULL, 'KGS/USD = 0.02 0%', NULL) IS NULL AS skipped_too;

-- as a window aggregate: the running candle of each pair
SELECT at, close(c), high(c), n(c) FROM (
	SELECT at, candle(quote, at) OVER (ORDER BY at, quote) AS c FROM candle_scrapes
	WHERE base(quote_rate(quote)) = 'KGS') x ORDER BY at;
-- a moving frame restarts the candle from the frame's first row
SELECT at, open(c), low(c), n(c) FROM (
	SELECT at, candle(quote, at) OVER (ORDER BY at, quote ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS c
	FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KGS') x ORDER BY at;

-- the count: n adds up; candle_change_pct is pct_change(close, open)
SELECT n(c) = (SELECT count(*) FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KGS') AS n_counts,
	   candle_change_pct(c) = close(c) -% open(c) AS pct_as_operator, candle_change_pct(c)
FROM (SELECT candle(quote, at) AS c FROM candle_scrapes WHERE base(quote_rate(quote)) = 'KGS') x;

-- out of range: the count (22003), a change beyond 18 digits (22003)
SELECT candle_transfn_rate('KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 9223372036854775807',
						   'KZT/USD 1', '2025-12-09 00:00Z');
\echo :LAST_ERROR_SQLSTATE
SELECT candle_merge('KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 9223372036854775807',
					'KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1');
SELECT candle_merge('KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 9223372036854775806',
					'KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1') AS at_the_limit;
SELECT candle_change_pct(candle(r::fxrate, t)) FROM (VALUES
	('KZT/USD 0.000000000000000000000000000001', timestamptz '2025-12-09 00:00Z'),
	('KZT/USD 999999999999999999', '2025-12-09 01:00Z')) v(r, t);
\echo :LAST_ERROR_SQLSTATE

-- text: reads back to the same value, keeping digits; any white space and case
SELECT c::text::fxcandle::text = c::text AS text_round_trip, c::text::fxcandle = c AS equal
FROM day_candles ORDER BY day, base;
SELECT '  kzt / usd OPEN 0.00194 @2025-12-09T03:00:00Z high 0.00196 @2025-12-09T07:00:00.5Z
	low 0.00193 @2025-12-09T05:00:00Z close 0.00195 @2025-12-09T15:00:00Z N 6 '::fxcandle AS lenient;
SELECT pg_column_size('KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1'::fxcandle) AS bytes;
-- text input errors: 22P02 (out of range: 22003), with what is wrong
SELECT 'KZT/USD'::fxcandle;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KZT/XYZ open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1'::fxcandle;
SELECT 'KZT/USD open 1 @infinity hi 1 @infinity'::fxcandle;
SELECT 'KZT/USD open 1,5 @infinity'::fxcandle;
SELECT 'KZT/USD open 0 @infinity'::fxcandle;
SELECT 'KZT/USD open 1234567890123456789 @infinity'::fxcandle;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KZT/USD open 1 @2025-12-09 03:00:00+05'::fxcandle;
SELECT 'KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 0'::fxcandle;
SELECT 'KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 99999999999999999999'::fxcandle;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KZT/USD open 1 @infinity high 1 @infinity low 1 @infinity close 1 @infinity n 1;'::fxcandle;
-- a candle no rows could make is refused
SELECT 'KZT/USD open 0.00194 @2025-12-09T03:00:00Z high 0.00193 @2025-12-09T07:00:00Z low 0.00193 @2025-12-09T05:00:00Z close 0.00195 @2025-12-09T15:00:00Z n 6'::fxcandle;
\echo :LAST_ERROR_SQLSTATE
SELECT 'KZT/USD open 0.00194 @2025-12-09T16:00:00Z high 0.00196 @2025-12-09T07:00:00Z low 0.00193 @2025-12-09T05:00:00Z close 0.00195 @2025-12-09T15:00:00Z n 6'::fxcandle;
SELECT 'KZT/USD open 0.00194 @2025-12-09T03:00:00Z high 0.00196 @2025-12-09T07:00:00Z low 0.00193 @2025-12-09T05:00:00Z close 0.00195 @2025-12-09T15:00:00Z n 3'::fxcandle;

-- binary: version byte first, then the pair as letters; COPY round trip
SELECT substr(fxcandle_send(c), 1, 7) AS head, length(fxcandle_send(c)) AS bytes
FROM day_candles WHERE base = 'KZT' AND day = '2025-12-09';
COPY (SELECT day, base, c FROM day_candles ORDER BY day, base) TO '/tmp/exr_fxcandle.bin' WITH (FORMAT binary);
CREATE TABLE candles_back (day timestamptz, base currency, c fxcandle);
COPY candles_back FROM '/tmp/exr_fxcandle.bin' WITH (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE a.c::text = b.c::text) AS same_text
FROM day_candles a JOIN candles_back b USING (day, base);
-- receive validates what input validates (bytes written as bytea, read as fxcandle)
CREATE TABLE candle_recv (c fxcandle);
CREATE FUNCTION pg_temp.candle_recv_check(bytes bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', bytes, '/tmp/exr_fxcandle_bad.bin');
	TRUNCATE candle_recv;
	EXECUTE format('COPY candle_recv FROM %L WITH (FORMAT binary)', '/tmp/exr_fxcandle_bad.bin');
	RETURN (SELECT c::text FROM candle_recv);
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT label, pg_temp.candle_recv_check(b)
FROM (SELECT fxcandle_send(c) AS good FROM day_candles WHERE base = 'KZT' AND day = '2025-12-08') g,
LATERAL (VALUES
	('valid',           good),
	('version 2',       overlay(good PLACING '\x02' FROM 1)),
	('version 0',       overlay(good PLACING '\x00' FROM 1)),
	('empty',           ''::bytea),
	('too short',       substr(good, 1, 82)),
	('trailing byte',   good || '\x00'::bytea),
	('unknown base',    overlay(good PLACING 'XYZ'::bytea FROM 2)),
	('lower case',      overlay(good PLACING 'kzt'::bytea FROM 2)),
	('same currency',   overlay(good PLACING 'USD'::bytea FROM 2)),
	('scale 31',        overlay(good PLACING '\x1f'::bytea FROM 8)),
	('zero open',       overlay(good PLACING '\x0000000000000000'::bytea FROM 9)),
	('high below low',  overlay(good PLACING '\x07'::bytea FROM 25)),
	('n 3',             overlay(good PLACING '\x0000000000000003'::bytea FROM 76)),
	('n 0',             overlay(good PLACING '\x0000000000000000'::bytea FROM 76)),
	('n 1000',          overlay(good PLACING '\x00000000000003e8'::bytea FROM 76))
) AS v(label, b);

-- = as fxrate's (0.0114 = 0.01140), hash agrees, btree order: pair, then time
SELECT 'KGS/USD open 0.0114 @2025-12-09T00:00:00Z high 0.0115 @2025-12-09T01:00:00Z low 0.0114 @2025-12-09T00:00:00Z close 0.0115 @2025-12-09T01:00:00Z n 2'::fxcandle
	 = 'KGS/USD open 0.01140 @2025-12-09T00:00:00Z high 0.011500 @2025-12-09T01:00:00Z low 0.01140 @2025-12-09T00:00:00Z close 0.011500 @2025-12-09T01:00:00Z n 2'::fxcandle AS equal,
	   fxcandle_hash('KGS/USD open 0.0114 @2025-12-09T00:00:00Z high 0.0115 @2025-12-09T01:00:00Z low 0.0114 @2025-12-09T00:00:00Z close 0.0115 @2025-12-09T01:00:00Z n 2')
	 = fxcandle_hash('KGS/USD open 0.01140 @2025-12-09T00:00:00Z high 0.011500 @2025-12-09T01:00:00Z low 0.01140 @2025-12-09T00:00:00Z close 0.011500 @2025-12-09T01:00:00Z n 2') AS same_hash,
	   fxcandle_hash_extended('KGS/USD open 0.0114 @2025-12-09T00:00:00Z high 0.0115 @2025-12-09T01:00:00Z low 0.0114 @2025-12-09T00:00:00Z close 0.0115 @2025-12-09T01:00:00Z n 2', 7)
	 = fxcandle_hash_extended('KGS/USD open 0.01140 @2025-12-09T00:00:00Z high 0.011500 @2025-12-09T01:00:00Z low 0.01140 @2025-12-09T00:00:00Z close 0.011500 @2025-12-09T01:00:00Z n 2', 7) AS same_hash_extended;
SELECT base, day, c < lead(c) OVER w AS lt, c <= lead(c) OVER w AS le, c > lead(c) OVER w AS gt,
	   c >= lead(c) OVER w AS ge, c <> lead(c) OVER w AS ne, fxcandle_cmp(c, lead(c) OVER w) AS cmp
FROM day_candles WINDOW w AS (ORDER BY c) ORDER BY c;
SET enable_hashagg = off;
SELECT count(DISTINCT c) AS distinct_sorted FROM (SELECT c FROM day_candles UNION ALL SELECT c FROM candles_back) x;
RESET enable_hashagg;
SET enable_sort = off;
SELECT count(*) AS groups_hashed FROM (SELECT c FROM day_candles UNION ALL SELECT c FROM candles_back) x GROUP BY c;
RESET enable_sort;
CREATE INDEX ON day_candles (c);
CREATE INDEX ON day_candles USING hash (c);
SET enable_seqscan = off;
SELECT base, day FROM day_candles WHERE c = (SELECT c FROM candles_back WHERE base = 'KZT' AND day = '2025-12-11');
RESET enable_seqscan;

DROP TABLE candle_scrapes, day_candles, candles_back, candle_recv;
