-- test/bench/65_candles.sql - daily candles beside the fastest plain SQL.
--
-- 10M quotes: 5 pairs scraped every 2 minutes for 3.8 years (2,778 days, so
-- 13,890 candles), in time order as a scraper appends them; each row holds
-- the rate as fxrate (for candle) and as numeric (for the SQL versions).
-- Every query computes the same candle: open (earliest time, at equal times
-- the lowest rate), close (latest, the highest), high and low with the first
-- time each was seen, the count.  The outer count references every output
-- (an unreferenced aggregate would not be computed at all).
-- Instruction counts of the same queries, repeatable on a shared machine:
-- bash test/bench/candle_callgrind.sh.
CREATE TABLE bench_candle_fx AS
SELECT base, at, fxrate(base, 'USD', r) AS rate, r AS rate_n
FROM (SELECT (ARRAY['KGS', 'KZT', 'TJS', 'UZS', 'TMT'])[k]::currency AS base,
			 timestamptz '2022-01-01 00:00Z' + i * interval '2 minutes' AS at,
			 round((ARRAY[0.01144, 0.00194, 0.10844, 0.00008, 0.28571])[k]
				   * (1 + ((i * 7919 + k * 104729) % 2001 - 1000) / 100000.0), 7) AS r
	  FROM generate_series(1::bigint, 2000000) AS i, generate_series(1, 5) AS k) x;
-- Days are UTC days (AT TIME ZONE makes the grouping key immutable), so
-- the planner can be told how many there are: without these statistics it
-- takes every distinct time for a day and plans sorts instead of hashing.
CREATE STATISTICS bench_fx_days_stats ON base, (date_trunc('day', at AT TIME ZONE 'UTC')) FROM bench_candle_fx;
VACUUM ANALYZE bench_candle_fx;

-- The fastest correct SQL found: one pass, hashed groups, the order key
-- inside arrays compared element by element (min of {time, rate} is the
-- lowest rate at the earliest time).
SELECT bench_case('daily candles, 5 pairs, 10M quotes, serial: candle vs min/max of {time, rate} arrays',
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(c) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), candle(rate, at) AS c
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$,
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count((o, c, h, l, n)) FROM (
			SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'),
				   min(ARRAY[extract(epoch FROM at), rate_n]) AS o, max(ARRAY[extract(epoch FROM at), rate_n]) AS c,
				   max(ARRAY[rate_n, -extract(epoch FROM at)]) AS h, min(ARRAY[rate_n, extract(epoch FROM at)]) AS l,
				   count(*) AS n
			FROM bench_candle_fx GROUP BY 1, 2) x $q$);
SELECT bench_case('daily candles, 5 pairs, 10M quotes, serial: candle vs array_agg ORDER BY with min and max',
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(c) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), candle(rate, at) AS c
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$,
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count((o, c, h, l, oa, ca, ha, la, n)) FROM (
			SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'),
				   (array_agg(rate_n ORDER BY at, rate_n))[1] AS o, (array_agg(rate_n ORDER BY at DESC, rate_n DESC))[1] AS c,
				   max(rate_n) AS h, min(rate_n) AS l, min(at) AS oa, max(at) AS ca,
				   (array_agg(at ORDER BY rate_n DESC, at))[1] AS ha, (array_agg(at ORDER BY rate_n, at))[1] AS la,
				   count(*) AS n
			FROM bench_candle_fx GROUP BY 1, 2) x $q$);
SELECT bench_case('daily candles, 5 pairs, 10M quotes, serial: candle vs first_value/last_value windows',
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(c) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), candle(rate, at) AS c
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$,
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count((o, c, h, l, ha, la, n)) FROM (
			SELECT DISTINCT ON (base, day) base, day, o, c, h, l, ha, la, n FROM (
				SELECT base, date_trunc('day', at AT TIME ZONE 'UTC') AS day,
					   first_value(rate_n) OVER w AS o, last_value(rate_n) OVER w AS c,
					   max(rate_n) OVER w AS h, min(rate_n) OVER w AS l, count(*) OVER w AS n,
					   first_value(at) OVER (PARTITION BY base, date_trunc('day', at AT TIME ZONE 'UTC') ORDER BY rate_n DESC, at) AS ha,
					   first_value(at) OVER (PARTITION BY base, date_trunc('day', at AT TIME ZONE 'UTC') ORDER BY rate_n, at) AS la
				FROM bench_candle_fx
				WINDOW w AS (PARTITION BY base, date_trunc('day', at AT TIME ZONE 'UTC') ORDER BY at, rate_n
							 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) y) x $q$);
-- The floor: the same scan and grouping with count ("ours" is the floor
-- here; the ratio is what candle costs on top of it: 1.0 would be nothing).
SELECT bench_case('floor: count per pair and day vs candle, 10M quotes, serial',
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(n) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), count(rate) AS n
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$,
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(c) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), candle(rate, at) AS c
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$);
SELECT bench_case('daily candles, 10M quotes: 2 parallel workers vs none',
	$q$ SET max_parallel_workers_per_gather = 2;
		SELECT count(c) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), candle(rate, at) AS c
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$,
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(c) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), candle(rate, at) AS c
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$);
SELECT bench_case('floor: count per pair and day, 10M quotes: 2 parallel workers vs none (what the machine gives)',
	$q$ SET max_parallel_workers_per_gather = 2;
		SELECT count(n) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), count(rate) AS n
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$,
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(n) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), count(rate) AS n
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$);
-- The rollup: a week's candles from the day candles, against the week from the quotes.
CREATE TABLE bench_fx_days AS
SELECT base, date_trunc('day', at AT TIME ZONE 'UTC') AS day, candle(rate, at) AS c FROM bench_candle_fx GROUP BY 1, 2;
VACUUM ANALYZE bench_fx_days;
SELECT bench_case('weekly candles: rollup of day candles vs candle of the 10M quotes, serial',
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(c) FROM (SELECT base, date_trunc('week', day), candle(c) AS c
							 FROM bench_fx_days GROUP BY 1, 2) x $q$,
	$q$ SET max_parallel_workers_per_gather = 0;
		SELECT count(c) FROM (SELECT base, date_trunc('week', at AT TIME ZONE 'UTC'), candle(rate, at) AS c
							 FROM bench_candle_fx GROUP BY 1, 2) x $q$);
