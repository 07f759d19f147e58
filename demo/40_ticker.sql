-- demo/40_ticker.sql - the ticker: raw lines, one snapshot per page, previous
-- rates, what changed between two scrapes, and only the scrapes that changed.
\pset footer off
\echo
\echo '== the page''s ticker: 40 raw lines (5 pairs, repeated 8 times by the carousel); the first 7:'
SELECT t.line_no, t.quote FROM pages p, parse_ticker(p.body) t WHERE p.id = 1 AND t.line_no <= 7;
SELECT count(*) AS ticker_lines, count(DISTINCT t.quote) AS distinct_quotes,
	   (SELECT count(*) FROM ticker_rejects(p.body)) AS rejected_lines
FROM pages p, parse_ticker(p.body) t WHERE p.id = 1 GROUP BY p.body;

\echo
\echo '== ... collapse to one snapshot: 5 quotes in ticker order, each seen 8 times'
SELECT snapshot_agg(t.quote, t.line_no) AS snapshot FROM pages p, parse_ticker(p.body) t WHERE p.id = 1;
SELECT s.ord, s.quote, s.seen, previous_rate(s.quote), change_direction(s.quote) AS direction
FROM (SELECT snapshot_agg(t.quote, t.line_no) AS snap FROM pages p, parse_ticker(p.body) t WHERE p.id = 1) x,
	 snapshot_quotes(x.snap) s;

\echo
\echo '== what changed in the later scrape'
WITH snaps AS (
	SELECT p.id, snapshot_agg(t.quote, t.line_no) AS snap FROM pages p, parse_ticker(p.body) t GROUP BY p.id
)
SELECT d.* FROM snaps n, snaps o, snapshot_diff(n.snap, o.snap) d WHERE n.id = 2 AND o.id = 1;

\echo
\echo '== a day of scrapes every 2 hours, kept only where the snapshot changed (lag over fxsnapshot)'
WITH scrapes AS (
	SELECT h, '2025-12-09 00:00+05'::timestamptz + h * interval '2 hours' AS scraped_at,
		   (SELECT body FROM pages WHERE id = CASE WHEN h IN (4, 5, 6, 10, 11) THEN 2 ELSE 1 END) AS body
	FROM generate_series(0, 11) AS h
), snaps AS (
	SELECT scraped_at, (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(body)) AS snap FROM scrapes
)
SELECT scraped_at, snapshot_quote(snap, 'KZT/USD') AS kzt, snapshot_quote(snap, 'TJS/USD') AS tjs
FROM (SELECT scraped_at, snap, lag(snap) OVER (ORDER BY scraped_at) AS previous FROM snaps) s
WHERE previous IS DISTINCT FROM snap ORDER BY scraped_at;
