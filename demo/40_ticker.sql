-- demo/40_ticker.sql - the ticker: raw quotes, one snapshot per page, what
-- changed between two scrapes, only the scrapes that changed, and a messy page.

\echo
\echo '-- every ticker quote of the page, in page order, repeats included'
SELECT * FROM parse_ticker((SELECT body FROM pages WHERE id = 1)) LIMIT 6;
SELECT count(*) AS quotes, count(DISTINCT quote) AS distinct_quotes
FROM pages, parse_ticker(body) WHERE id = 1;

\echo
\echo '-- one snapshot of the page: each quote once, how often and on which lines'
SELECT snapshot_agg(t.quote, t.line_no) FROM pages p, parse_ticker(p.body) t WHERE p.id = 1;
SELECT s.*, previous_rate(s.quote)
FROM (SELECT snapshot_agg(t.quote, t.line_no) AS snap
      FROM pages p, parse_ticker(p.body) t WHERE p.id = 1) x,
     snapshot_quotes(x.snap) s;

\echo
\echo '-- without a key, pairs in pair order; = compares the quotes only'
SELECT (SELECT snapshot_agg(quote) FROM parse_ticker(body)) AS by_pair,
       (SELECT snapshot_agg(quote) FROM parse_ticker(body)) =
       (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(body)) AS same_quotes
FROM pages WHERE id = 1;

\echo
\echo '-- what changed in the evening scrape, and the pairs seen with two quotes'
WITH snaps AS (SELECT p.id, snapshot_agg(t.quote, t.line_no) AS snap
               FROM pages p, parse_ticker(p.body) t GROUP BY p.id)
SELECT d.* FROM snaps n, snaps o, snapshot_diff(n.snap, o.snap) d WHERE n.id = 2 AND o.id = 1;
SELECT * FROM snapshot_conflicts((SELECT snapshot_agg(t.quote, p.scraped_at)
                                  FROM pages p, parse_ticker(p.body) t));

\echo
\echo '-- a day of scrapes every two hours, kept only where the snapshot changed'
CREATE TEMP TABLE scrapes AS
SELECT '2025-12-09 00:00+05'::timestamptz + h * interval '2 hours' AS scraped_at,
       (SELECT body FROM pages WHERE id = CASE WHEN h IN (4, 5, 6, 10, 11) THEN 2 ELSE 1 END) AS body
FROM generate_series(0, 11) AS h;
WITH snaps AS (
  SELECT scraped_at, (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(body)) AS snap
  FROM scrapes)
SELECT scraped_at, snapshot_quote(snap, 'KZT/USD') AS kzt
FROM (SELECT scraped_at, snap, lag(snap) OVER (ORDER BY scraped_at) AS previous FROM snaps) s
WHERE previous IS DISTINCT FROM snap ORDER BY scraped_at;

\echo
\echo '-- a messy page: bullets, tabs, NBSP, CRLF, a Unicode minus, malformed quotes and prose'
CREATE TEMP TABLE messy AS
SELECT E'  \u2022 KGS/USD = 0.01144 0%\r\n\t* TJS/USD\u00a0=\u00a00.10844 \u22120.46%\r\n'
       '\u00b7 TMT/USD 0.28571 +0.28%\r\nKGS/USD = abc 0%\r\nXXX/USD = 1.0 0%\r\n'
       '\u2022 Kazakhstan \u2013 close to 70,000' AS page;
SELECT t.* FROM messy, parse_ticker(messy.page) t;
SELECT r.* FROM messy, ticker_rejects(messy.page) r;
\set ON_ERROR_STOP 0
SELECT * FROM parse_ticker('KGS/USD = abc 0%', strict => true);
\set ON_ERROR_STOP 1

\echo
\echo '-- a quote keeps the sign of a zero change'
SELECT q, change_pct(q), change_direction(q), q = 'KZT/USD = 0.00194 0%' AS equals_zero
FROM (SELECT 'KZT/USD = 0.00194 -0%'::fxquote AS q) x;
