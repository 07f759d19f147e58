-- demo/45_rates.sql - rates over time: a day of scrapes loaded from a folder
-- with bin/exr-load, each page's snapshot in one call, a conversion at the
-- day's snapshot with its path and error bound, and the refusals that keep
-- a conversion honest about when its quotes were seen.

\echo
\echo '-- a folder of scrapes, loaded with bin/exr-load (one page is broken)'
\echo '$ bin/exr-load --table day_pages test/fixtures/scrapes'
\set load_output `bin/exr-load -d :DBNAME --table day_pages test/fixtures/scrapes 2>&1; echo "(exit status $?)"`
\echo :load_output
SELECT id, source, scraped_at, length(body) AS characters FROM day_pages ORDER BY scraped_at;

\echo
\echo '-- each page''s snapshot in one call: ticker_snapshot(page)'
SELECT scraped_at, snapshot_quote(ticker_snapshot(body), 'KZT/USD') AS kzt,
       snapshot_quote(ticker_snapshot(body), 'TJS/USD') AS tjs,
       ticker_snapshot(body) = (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(body)) AS as_aggregate
FROM day_pages ORDER BY scraped_at;

\echo
\echo '-- 70,000 tenge in Kyrgyz som, Uzbek sum and dollars at the day''s snapshot: rate, path, how far off'
CREATE TABLE day AS
SELECT snapshot_agg(t.quote, p.scraped_at) AS snap FROM day_pages p, parse_ticker(p.body) t;
SELECT c AS currency, convert('70000 KZT', c, snap), snapshot_rate(snap, 'KZT', c) AS rate,
       snapshot_rate_path(snap, 'KZT', c) AS path,
       round(100 * snapshot_rate_error_bound(snap, 'KZT', c), 2) AS error_pct,
       convert_error_bound('70000 KZT', c, snap) AS error
FROM day, unnest('{KGS,UZS,USD}'::currency[]) AS c;

\echo
\echo '-- every pair the snapshot implies, from the tenge'
SELECT r.* FROM day, snapshot_rates(snap) r WHERE r.base = 'KZT';

\echo
\echo '-- the same conversion for an article of 09:00 the next day: a quote 13 hours old is refused'
\set ON_ERROR_STOP 0
SELECT convert('70000 KZT', 'KGS', snap, '2025-12-10 09:00+05', '6 hours') FROM day;
\set ON_ERROR_STOP 1
SELECT convert('70000 KZT', 'KGS', snap, '2025-12-10 09:00+05', '1 day') FROM day;

\echo
\echo '-- an article of 10:00 must not use the tenge''s 16:00 quote; the scrapes up to 10:00 have its rate'
\set ON_ERROR_STOP 0
SELECT convert('70000 KZT', 'KGS', snap, '2025-12-09 10:00+05', '1 day') FROM day;
\set ON_ERROR_STOP 1
SELECT convert('70000 KZT', 'KGS', snapshot_agg(t.quote, p.scraped_at), '2025-12-09 10:00+05', '1 day')
FROM day_pages p, parse_ticker(p.body) t WHERE p.scraped_at <= '2025-12-09 10:00+05';
