--
-- candle in parallel and split across "machines": the same candles as the
-- serial plan, for 64,800 quotes stored in shuffled order
--
-- 5 pairs scraped every 10 minutes for 30 days by three sites; many rows
-- share a time, and one site writes each rate with an extra trailing zero,
-- so ties on time and on value (0.00194 and 0.001940) are everywhere
SET TimeZone = 'UTC';
CREATE TABLE candle_big_scrapes AS
SELECT site, at, quote, quote_rate(quote) AS rate
FROM (SELECT site, '2025-11-01 00:00Z'::timestamptz + (tick / 3) * interval '30 minutes' AS at,
			 format('%s/USD = %s 0%%', pair,
					to_char(base_rate + ((tick * 7 + site * 3) % 11 - 5) * step,
							CASE WHEN site = 2 THEN 'FM0.000000' ELSE 'FM0.00000' END))::fxquote AS quote
	  FROM generate_series(0, 4319) AS tick,
		   generate_series(0, 2) AS site,
		   LATERAL (SELECT unnest(ARRAY['KGS','KZT','TJS','UZS','TMT']) AS pair,
						   unnest(ARRAY[0.01144, 0.00194, 0.10844, 0.00008, 0.28571]) AS base_rate,
						   unnest(ARRAY[0.00001, 0.00001, 0.00020, 0.00001, 0.00003]) AS step) p) x
ORDER BY md5(site::text || '/' || at::text || quote::text);
SET default_statistics_target = 10000;
ANALYZE candle_big_scrapes;
RESET default_statistics_target;
SELECT count(*) AS quotes, count(DISTINCT at) AS times, count(DISTINCT rate) AS distinct_rates,
	   count(DISTINCT rate::text) AS distinct_texts FROM candle_big_scrapes;

-- the serial answers: per pair and day, per pair and hour, per pair
SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial_days AS
SELECT base(rate) AS base, date_trunc('day', at) AS day, candle(rate, at) AS by_rate,
	   candle(quote, at) AS by_quote
FROM candle_big_scrapes GROUP BY 1, 2;
CREATE TABLE serial_hours AS
SELECT base(rate) AS base, date_trunc('hour', at) AS hour, candle(quote, at) AS c
FROM candle_big_scrapes GROUP BY 1, 2;
ANALYZE serial_hours;
CREATE TABLE serial_pairs AS
SELECT base(rate) AS base, candle(rate, at) AS c FROM candle_big_scrapes GROUP BY 1;
SELECT * FROM serial_pairs ORDER BY base;
SELECT count(*) AS day_candles, sum(n(by_rate)) AS rows FROM serial_days;

-- a forced parallel plan gives the same candles, text for text
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (COSTS OFF)
SELECT base(rate), candle(rate, at) FROM candle_big_scrapes GROUP BY 1;
CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || query LOOP
		IF line ~ 'Workers Launched' THEN
			RETURN substring(line FROM '[0-9]+')::int;
		END IF;
	END LOOP;
	RETURN 0;
END $$;
SELECT pg_temp.workers_launched('SELECT base(rate), candle(rate, at) FROM candle_big_scrapes GROUP BY 1') > 0 AS ran_in_parallel;
SELECT count(*) AS pairs, count(*) FILTER (WHERE p.c::text = s.c::text) AS same
FROM (SELECT base(rate) AS base, candle(rate, at) AS c FROM candle_big_scrapes GROUP BY 1) p
JOIN serial_pairs s USING (base);
-- one candle of one pair over the whole table (a plain parallel aggregate)
SELECT (SELECT candle(rate, at) FROM candle_big_scrapes WHERE base(rate) = 'KZT')::text =
	   (SELECT c::text FROM serial_pairs WHERE base = 'KZT') AS whole_table_same;
-- per pair and day, both variants, in parallel (sorted and hashed groups)
EXPLAIN (COSTS OFF)
SELECT base(rate), date_trunc('day', at), candle(rate, at), candle(quote, at) FROM candle_big_scrapes GROUP BY 1, 2;
CREATE TABLE parallel_days AS
SELECT base(rate) AS base, date_trunc('day', at) AS day, candle(rate, at) AS by_rate,
	   candle(quote, at) AS by_quote
FROM candle_big_scrapes GROUP BY 1, 2;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
SELECT base(rate), date_trunc('day', at), candle(rate, at) FROM candle_big_scrapes GROUP BY 1, 2;
CREATE TABLE parallel_days_sorted AS
SELECT base(rate) AS base, date_trunc('day', at) AS day, candle(rate, at) AS by_rate
FROM candle_big_scrapes GROUP BY 1, 2;
RESET enable_hashagg;
-- the rollup of the hours in parallel
EXPLAIN (COSTS OFF) SELECT base, candle(c) FROM serial_hours GROUP BY base;
CREATE TABLE parallel_rollup AS SELECT base, candle(c) AS c FROM serial_hours GROUP BY base;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS day_candles,
	   count(*) FILTER (WHERE p.by_rate::text = s.by_rate::text) AS by_rate_same,
	   count(*) FILTER (WHERE p.by_quote::text = s.by_quote::text) AS by_quote_same,
	   count(*) FILTER (WHERE q.by_rate::text = s.by_rate::text) AS sorted_same,
	   count(*) FILTER (WHERE s.by_quote::text = s.by_rate::text) AS quote_is_rate
FROM serial_days s JOIN parallel_days p USING (base, day) JOIN parallel_days_sorted q USING (base, day);
SELECT count(*) AS pairs, count(*) FILTER (WHERE r.c::text = s.c::text) AS rollup_same
FROM parallel_rollup r JOIN serial_pairs s USING (base);

-- split across machines: partial candles shipped as text, then merged in
-- any grouping and order (as Citus does with workers' partial states)
SELECT count(*) AS pairs, count(*) FILTER (WHERE m.c::text = s.c::text) AS shards_same
FROM (SELECT base, candle(part::text::fxcandle ORDER BY shard DESC) AS c
	  FROM (SELECT base(rate) AS base, hashtext(site::text || at::text) % 7 AS shard,
				   candle(rate, at) AS part FROM candle_big_scrapes GROUP BY 1, 2) x GROUP BY base) m
JOIN serial_pairs s USING (base);
SELECT count(*) AS pairs, count(*) FILTER (WHERE m.c::text = s.c::text) AS rollup_of_rollups_same
FROM (SELECT base, candle(part) AS c
	  FROM (SELECT base, a, candle(part ORDER BY b DESC) AS part
			FROM (SELECT base(rate) AS base, extract(minute FROM at)::int % 13 AS a, site AS b,
						 candle(quote, at) AS part FROM candle_big_scrapes GROUP BY 1, 2, 3) x
			GROUP BY 1, 2) y GROUP BY base) m
JOIN serial_pairs s USING (base);
RESET max_parallel_workers_per_gather;
DROP TABLE candle_big_scrapes, serial_days, serial_hours, serial_pairs, parallel_days, parallel_days_sorted, parallel_rollup;
