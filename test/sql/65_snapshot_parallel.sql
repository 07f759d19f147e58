--
-- snapshot_agg in parallel and split across "machines": the same snapshot
-- as the serial plan, for 120,000 quotes stored in shuffled order
--
-- 3,000 scrapes of a 5-pair carousel repeated 8 times; rates move every few
-- scrapes, so most pairs have conflicting variants across the whole table
CREATE TABLE big_quotes AS
SELECT page, line_no,
	   format('%s/USD = %s %s%%', pair, to_char(base_rate + (page / 250) * step, 'FM0.00000'),
			  CASE WHEN page % 3 = 1 THEN '-0' ELSE (page % 7 - 3)::text || '.1' END)::fxquote AS quote,
	   '2025-12-09 00:00+05'::timestamptz + page * interval '1 minute' AS seen_at,
	   page * 100 + line_no AS position
FROM generate_series(1, 3000) AS page,
	 generate_series(1, 40) AS line_no,
	 LATERAL (SELECT (ARRAY['KGS','KZT','TJS','UZS','TMT'])[1 + (line_no - 1) % 5] AS pair,
					 (ARRAY[0.01144, 0.00194, 0.10844, 0.00008, 0.28571])[1 + (line_no - 1) % 5] AS base_rate,
					 (ARRAY[0.00001, 0.00001, 0.00020, 0, 0])[1 + (line_no - 1) % 5] AS step) p
ORDER BY md5(page::text || '/' || line_no::text);
SET default_statistics_target = 10000;	-- statistics from every row: a stable plan
ANALYZE big_quotes;
RESET default_statistics_target;
SELECT count(*) AS quotes, count(DISTINCT quote) AS distinct_quotes FROM big_quotes;

-- the serial answers
SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial AS
SELECT snapshot_agg(quote) AS plain, snapshot_agg(quote, seen_at) AS by_time,
	   snapshot_agg(quote, position) AS by_position FROM big_quotes;
SELECT snapshot_duplicates(by_position) AS duplicates,
	   (SELECT count(*) FROM snapshot_conflicts(by_position)) AS conflicting_pairs
FROM serial;
SELECT * FROM snapshot_quotes((SELECT by_time FROM serial));

-- a forced parallel plan gives the same snapshots, text for text
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (COSTS OFF)
SELECT snapshot_agg(quote), snapshot_agg(quote, seen_at), snapshot_agg(quote, position) FROM big_quotes;
-- workers really ran (the count depends on free worker slots, so only > 0 is shown)
CREATE FUNCTION workers_launched(query text) RETURNS int LANGUAGE plpgsql AS $$
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
SELECT workers_launched('SELECT snapshot_agg(quote, position) FROM big_quotes') > 0 AS ran_in_parallel;
SELECT p.plain::text = s.plain::text AS plain_same,
	   p.by_time::text = s.by_time::text AS by_time_same,
	   p.by_position::text = s.by_position::text AS by_position_same
FROM (SELECT snapshot_agg(quote) AS plain, snapshot_agg(quote, seen_at) AS by_time,
			 snapshot_agg(quote, position) AS by_position FROM big_quotes) p, serial s;
-- per page, in parallel: every page's snapshot equals its serial one
EXPLAIN (COSTS OFF)
SELECT page, snapshot_agg(quote, line_no) FROM big_quotes GROUP BY page;
CREATE TABLE per_page_parallel AS
SELECT page, snapshot_agg(quote, line_no)::text AS snap FROM big_quotes GROUP BY page;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS pages, count(*) FILTER (WHERE p.snap = s.snap::text) AS same
FROM per_page_parallel p
JOIN (SELECT page, snapshot_agg(quote, line_no) AS snap FROM big_quotes GROUP BY page) s USING (page);

-- split across machines: partial snapshots shipped as text, then merged in
-- any grouping (as Citus does with workers' partial states)
SELECT snapshot_agg(part::text::fxsnapshot ORDER BY shard DESC)::text = (SELECT by_position::text FROM serial) AS shards_same
FROM (SELECT page % 7 AS shard, snapshot_agg(quote, position) AS part FROM big_quotes GROUP BY 1) x;
SELECT snapshot_agg(part)::text = (SELECT by_time::text FROM serial) AS rollup_of_rollups_same
FROM (SELECT snapshot_agg(part) AS part
	  FROM (SELECT page % 13 AS a, page % 5 AS b, snapshot_agg(quote, seen_at) AS part
			FROM big_quotes GROUP BY 1, 2) x GROUP BY a) y;
RESET max_parallel_workers_per_gather;
