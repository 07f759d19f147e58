--
-- rates and conversions at a snapshot: paths, error bounds, staleness
--
\set page `cat test/fixtures/sample_page.txt`
\set s0800 `cat test/fixtures/scrapes/2025-12-09T08-00.txt`
\set s1200 `cat test/fixtures/scrapes/2025-12-09T12-00.txt`
\set s1600 `cat test/fixtures/scrapes/2025-12-09T16-00.txt`
\set s2000 `cat test/fixtures/scrapes/2025-12-09T20-00.txt`
SET TimeZone = 'Asia/Almaty';
CREATE TABLE conv_snaps (name text PRIMARY KEY, s fxsnapshot);
INSERT INTO conv_snaps VALUES ('ticker', ticker_snapshot(:'page'));
CREATE TABLE conv_day_pages (scraped_at timestamptz, body text);
INSERT INTO conv_day_pages VALUES ('2025-12-09 08:00+05', :'s0800'), ('2025-12-09 12:00+05', :'s1200'),
	('2025-12-09 16:00+05', :'s1600'), ('2025-12-09 20:00+05', :'s2000');
INSERT INTO conv_snaps SELECT 'day', snapshot_agg(t.quote, p.scraped_at) FROM conv_day_pages p, parse_ticker(p.body) t;
INSERT INTO conv_snaps SELECT 'unkeyed', snapshot_agg(t.quote) FROM parse_ticker(:'page') t;
SELECT * FROM conv_snaps ORDER BY name;

-- the rate as quoted, inverted, or through USD; its path and error bound
SELECT b AS base, q AS quote, snapshot_rate(s, b, q) AS rate, snapshot_rate_path(s, b, q) AS path,
	   snapshot_rate_error_bound(s, b, q) AS error_bound
FROM conv_snaps, (VALUES ('KZT'::currency, 'USD'::currency), ('USD', 'KZT'), ('KZT', 'KGS'), ('KZT', 'UZS'),
					('UZS', 'KZT'), ('TJS', 'TMT')) v(b, q)
WHERE name = 'ticker';
-- KZT to UZS rests on UZS/USD 0.00008 (one significant digit): about 6.5 % off
SELECT round(100 * snapshot_rate_error_bound(s, 'KZT', 'UZS'), 2) AS pct FROM conv_snaps WHERE name = 'ticker';

-- every pair the snapshot implies: 6 currencies, 30 ordered pairs
SELECT r.* FROM conv_snaps, snapshot_rates(s) r WHERE name = 'ticker';
-- a rate and its reverse multiply to 1 within half a unit of each one's last digit
SELECT count(*) AS pairs,
	   count(*) FILTER (WHERE abs(rate(a.rate) * rate(b.rate) - 1)
						<= rate_error_bound(a.rate) + rate_error_bound(b.rate)) AS within,
	   count(*) FILTER (WHERE rate(a.rate) * rate(b.rate) = 1) AS exactly_one
FROM conv_snaps, snapshot_rates(s) a, snapshot_rates(s) b
WHERE name = 'ticker' AND a.base = b.quote AND a.quote = b.base;
SELECT snapshot_rate(s, 'KZT', 'KGS')::numeric * snapshot_rate(s, 'KGS', 'KZT')::numeric AS kzt_kgs_product
FROM conv_snaps WHERE name = 'ticker';
-- the same rates from every kind of snapshot of the same quotes
SELECT name, snapshot_rate(s, 'KGS', 'TJS') FROM conv_snaps WHERE name IN ('ticker', 'unkeyed') ORDER BY name;

-- the currency in between: USD first, then EUR, then code order; the four
-- shapes of a two-quote path, each rounded once
SELECT snapshot_rate_path(s, 'KZT', 'RUB') AS path, snapshot_rate(s, 'KZT', 'RUB') AS rate
FROM (VALUES ('{KZT/CNY = 0.0137 0% x1; RUB/CNY = 0.0911 0% x1; KZT/EUR = 0.00167 0% x1; RUB/EUR = 0.0111 0% x1; KZT/USD = 0.00194 0% x1; USD/RUB = 78.9 0% x1}'::fxsnapshot),
			 ('{KZT/CNY = 0.0137 0% x1; RUB/CNY = 0.0911 0% x1; KZT/EUR = 0.00167 0% x1; RUB/EUR = 0.0111 0% x1; KZT/USD = 0.00194 0% x1}'),
			 ('{KZT/GBP = 0.00145 0% x1; RUB/GBP = 0.0095 0% x1; KZT/CNY = 0.0137 0% x1; RUB/CNY = 0.0911 0% x1}'),
			 ('{KZT/USD = 0.00194 -0% x1; USD/RUB = 78.9 0% x1}'),
			 ('{USD/KZT = 515 0% x1; USD/RUB = 78.9 0% x1}'),
			 ('{USD/KZT = 515 0% x1; RUB/USD = 0.01267 0% x1}')) v(s);
-- both directions quoted: each direction uses its own quote
SELECT snapshot_rate(s, 'KZT', 'USD') AS kzt_usd, snapshot_rate(s, 'USD', 'KZT') AS usd_kzt
FROM (VALUES ('{KZT/USD = 0.00194 -0% x1; USD/KZT = 515 0% x1}'::fxsnapshot)) v(s);

-- no rate: 22023 naming the pair and what the snapshot knows
SELECT snapshot_rate(s, 'KZT', 'EUR') FROM conv_snaps WHERE name = 'ticker';
\echo :LAST_ERROR_SQLSTATE
SELECT snapshot_rate_path('{KZT/USD = 0.00194 0% x1; EUR/GBP = 0.87 0% x1; GBP/USD = 1.27 0% x1}', 'KZT', 'EUR');
\echo :LAST_ERROR_SQLSTATE
SELECT snapshot_rate_error_bound('{}', 'KZT', 'USD');
\echo :LAST_ERROR_SQLSTATE
SELECT snapshot_rate(s, 'USD', 'USD') FROM conv_snaps WHERE name = 'ticker';
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS no_rows FROM snapshot_rates('{}');
-- out of range: 22003
SELECT snapshot_rate('{KZT/USD = 0.000000000000000001 0% x1; RUB/USD = 1000000000000000 0% x1}', 'RUB', 'KZT');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM snapshot_rates('{KZT/USD = 0.000000000000000001 0% x1}');
\echo :LAST_ERROR_SQLSTATE

-- convert: amount * snapshot_rate, rounded as fxamount * fxrate; an amount
-- already in the target currency comes back as it is
SELECT a AS amount, t AS "to", convert(a, t, s), convert(a, t, s) = a * snapshot_rate(s, amount_currency(a), t) AS as_product,
	   convert_error_bound(a, t, s) AS error_bound
FROM conv_snaps, (VALUES ('70000 KZT'::fxamount, 'KGS'::currency), ('70000 KZT', 'USD'), ('70000 KZT', 'UZS'),
					('-12.50 USD', 'KZT'), ('1 TMT', 'TJS')) v(a, t)
WHERE name = 'ticker';
SELECT convert('12.50 USD', 'USD', s) AS unchanged, convert_error_bound('12.50 USD', 'USD', s) AS no_error,
	   convert('12.50 USD', 'USD', '{}'::fxsnapshot) AS empty_snapshot
FROM conv_snaps WHERE name = 'ticker';
-- (with every argument an untyped literal, PostgreSQL's convert(bytea, name, name) is chosen)
SELECT convert('12.50 USD', 'USD', '{}');
\echo :LAST_ERROR_SQLSTATE
SELECT convert('70000 KZT', 'EUR', s) FROM conv_snaps WHERE name = 'ticker';
\echo :LAST_ERROR_SQLSTATE
SELECT convert('999999999999999 USD', 'UZS', s) FROM conv_snaps WHERE name = 'ticker';
\echo :LAST_ERROR_SQLSTATE
SELECT convert_error_bound('999999999999999 USD', 'UZS', s) FROM conv_snaps WHERE name = 'ticker';
\echo :LAST_ERROR_SQLSTATE

-- staleness and look-ahead (snapshots keyed by time): the day's snapshot
-- keeps the 16:00 quotes of KZT and TJS, first seen 16:00, last seen 20:00
SELECT q.* FROM conv_snaps, snapshot_quotes(s) q WHERE name = 'day';
SELECT convert('70000 KZT', 'KGS', s, '2025-12-09 21:00+05', '6 hours') AS evening,
	   snapshot_rate(s, 'KZT', 'KGS', '2025-12-09 21:00+05', '6 hours') AS rate,
	   convert('70000 KZT', 'KGS', s) AS without_as_of
FROM conv_snaps WHERE name = 'day';
-- last seen 13 hours before as_of, with 6 allowed: refused, naming the quote and its age
SELECT convert('70000 KZT', 'KGS', s, '2025-12-10 09:00+05', '6 hours') FROM conv_snaps WHERE name = 'day';
\echo :LAST_ERROR_SQLSTATE
SELECT snapshot_rate(s, 'USD', 'UZS', '2025-12-11 20:00+05', '1 day') FROM conv_snaps WHERE name = 'day';
\echo :LAST_ERROR_SQLSTATE
-- exactly max_age old is allowed; a day counts as 24 hours, a month as 30 days
SELECT snapshot_rate(s, 'KZT', 'USD', '2025-12-10 20:00+05', '1 day') AS one_day,
	   snapshot_rate(s, 'KZT', 'USD', '2025-12-10 20:00+05', '24 hours') AS hours_24,
	   snapshot_rate(s, 'KZT', 'USD', '2026-01-08 20:00+05', '1 mon') AS one_month
FROM conv_snaps WHERE name = 'day';
SELECT snapshot_rate(s, 'KZT', 'USD', '2025-12-10 20:00:00.000001+05', '1 day') FROM conv_snaps WHERE name = 'day';
\echo :LAST_ERROR_SQLSTATE
-- an article at 10:00 must not use a quote first seen at 16:00
SELECT convert('70000 KZT', 'KGS', s, '2025-12-09 10:00+05', '1 day') FROM conv_snaps WHERE name = 'day';
\echo :LAST_ERROR_SQLSTATE
-- ... a snapshot of the scrapes up to 10:00 has the morning quote
SELECT convert('70000 KZT', 'KGS', snapshot_agg(t.quote, p.scraped_at), '2025-12-09 10:00+05', '1 day')
FROM conv_day_pages p, parse_ticker(p.body) t WHERE p.scraped_at <= '2025-12-09 10:00+05';
-- as_of needs a snapshot keyed by time; as_of finite, max_age not negative (22023)
SELECT convert('70000 KZT', 'KGS', s, '2025-12-09 21:00+05', '6 hours') FROM conv_snaps WHERE name = 'ticker';
\echo :LAST_ERROR_SQLSTATE
SELECT snapshot_rate(s, 'KZT', 'KGS', '2025-12-09 21:00+05', '6 hours') FROM conv_snaps WHERE name = 'unkeyed';
\echo :LAST_ERROR_SQLSTATE
SELECT convert('1 USD', 'USD', s, '2025-12-09 21:00+05', '6 hours') FROM conv_snaps WHERE name = 'ticker';
\echo :LAST_ERROR_SQLSTATE
SELECT convert('70000 KZT', 'KGS', s, 'infinity', '6 hours') FROM conv_snaps WHERE name = 'day';
\echo :LAST_ERROR_SQLSTATE
SELECT convert('70000 KZT', 'KGS', s, '2025-12-09 21:00+05', '-1 hour') FROM conv_snaps WHERE name = 'day';
\echo :LAST_ERROR_SQLSTATE
SELECT convert('1 USD', 'USD', '{}', '2025-12-09 21:00+05', '6 hours') AS empty_snapshot_same_currency;
-- ages of every size read the same whatever the IntervalStyle
SET IntervalStyle = 'iso_8601';
SELECT snapshot_rate(s, 'KZT', 'USD', '2025-12-11 22:30:15.5+05', '1 day 2 hours') FROM conv_snaps WHERE name = 'day';
SELECT snapshot_rate(s, 'KZT', 'USD', '2025-12-09 20:00:01+05', '0') FROM conv_snaps WHERE name = 'day';
RESET IntervalStyle;

-- one query, several snapshots: each row converts at its own snapshot; more
-- pairs than the per-snapshot cache keeps
SELECT g, name, convert('70000 KZT', 'KGS', s), snapshot_rate(s, 'KGS', 'KZT')
FROM generate_series(1, 2) g, conv_snaps WHERE name IN ('ticker', 'day') ORDER BY g, name;
SELECT count(*) AS pairs, count(*) FILTER (WHERE snapshot_rate(s, r.base, r.quote) = r.rate
										  AND snapshot_rate_path(s, r.base, r.quote) = r.path) AS same
FROM conv_snaps, snapshot_rates(s) r WHERE name = 'ticker';

-- NULL in, NULL out
SELECT snapshot_rate(NULL, 'KZT', 'USD') IS NULL AS a, convert(NULL, 'USD', NULL::fxsnapshot) IS NULL AS b,
	   convert('1 KZT', 'USD', s, NULL, '1 hour') IS NULL AS c, snapshot_rate_path(s, NULL, 'USD') IS NULL AS d,
	   convert_error_bound('1 KZT', NULL, s) IS NULL AS e, snapshot_rate_error_bound(s, 'KZT', NULL) IS NULL AS f
FROM conv_snaps WHERE name = 'day';

-- a parallel plan gives the serial answer
CREATE TABLE conv_amounts AS SELECT fxamount(i * 1000, 'KZT') AS a FROM generate_series(1, 20000) i;
ANALYZE conv_amounts;
SELECT sum(convert(a, 'KGS', (SELECT s FROM conv_snaps WHERE name = 'ticker'))) AS serial FROM conv_amounts;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- the plan, without what PostgreSQL 17 and later print differently ("InitPlan 1
-- (returns $0)" and "Params Evaluated: $0" before 17)
CREATE FUNCTION conv_plan(query text) RETURNS SETOF text LANGUAGE plpgsql AS $f$
DECLARE line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		CONTINUE WHEN line ~ '^\s*Params Evaluated:';
		RETURN NEXT regexp_replace(line, ' \(returns \$\d+\)$', '');
	END LOOP;
END $f$;
SELECT conv_plan($q$ SELECT sum(convert(a, 'KGS', (SELECT s FROM conv_snaps WHERE name = 'ticker'))) FROM conv_amounts $q$);
SELECT sum(convert(a, 'KGS', (SELECT s FROM conv_snaps WHERE name = 'ticker'))) AS parallel FROM conv_amounts;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
