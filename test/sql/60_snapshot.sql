--
-- fxsnapshot and snapshot_agg: one clean snapshot per page
--
\set page `cat test/fixtures/sample_page.txt`
\set next_page `cat test/fixtures/sample_page_next.txt`
\set reference `cat test/fixtures/reference_ticker.txt`
CREATE TABLE pages (id int, scraped_at timestamptz, body text);
INSERT INTO pages VALUES (1, '2025-12-09 08:00+05', :'page'), (2, '2025-12-09 20:00+05', :'next_page');

-- the reference page's facts on a fixture ticker of the same shape (its own
-- carousel order KGS, TJS, TMT, KZT, UZS): keyed by line number, 5 quotes in
-- ticker order, each seen 8 times, 35 duplicates, no conflicts
SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'reference');
SELECT s.* FROM (SELECT snapshot_agg(quote, line_no) AS snap FROM parse_ticker(:'reference')) x,
	snapshot_quotes(snap) s;
SELECT snapshot_duplicates(snapshot_agg(quote, line_no)) AS duplicates,
	   (SELECT count(*) FROM snapshot_conflicts(snapshot_agg(quote, line_no))) AS conflicts
FROM parse_ticker(:'reference');
-- without a key: the same 5 in pair order KGS, KZT, TJS, TMT, UZS, and = to it
SELECT snapshot_agg(quote) FROM parse_ticker(:'reference');
SELECT (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'reference')) =
	   (SELECT snapshot_agg(quote) FROM parse_ticker(:'reference')) AS keyed_equals_unkeyed;
-- the sample page in the fixtures gives the same snapshot
SELECT (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'page'))::text =
	   (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'reference'))::text AS same_text;

-- one snapshot per page; by scrape time over both pages: the later quote wins
SELECT id, snapshot_agg(t.quote, t.line_no) FROM pages, parse_ticker(body) t GROUP BY id ORDER BY id;
SELECT snapshot_agg(t.quote, p.scraped_at) FROM pages p, parse_ticker(p.body) t;
SELECT * FROM snapshot_conflicts((SELECT snapshot_agg(t.quote, p.scraped_at)
								  FROM pages p, parse_ticker(p.body) t));
-- without a key, a conflict goes to the variant seen most often (a tie: fxquote order)
SELECT snapshot_agg(q) FROM unnest('{"KZT/USD = 0.00193 -0.52%","KZT/USD = 0.00194 -0%",
	"KZT/USD = 0.00194 -0%"}'::fxquote[]) AS q;
SELECT snapshot_agg(q) FROM unnest('{"KZT/USD = 0.00194 -0%","KZT/USD = 0.00193 -0.52%"}'::fxquote[]) AS q;

-- snapshot_quote: one pair's quote, NULL when absent, 22P02 for a bad pair
SELECT snapshot_quote(s, 'KZT/USD') AS kzt, snapshot_quote(s, ' tjs / usd ') AS tjs,
	   snapshot_quote(s, 'EUR/USD') AS absent
FROM (SELECT snapshot_agg(quote, line_no) AS s FROM parse_ticker(:'page')) x;
SELECT snapshot_quote('{}', 'KZT-USD');
\echo :LAST_ERROR_SQLSTATE
SELECT snapshot_quote('{}', 'XXX/USD');
\echo :LAST_ERROR_SQLSTATE

-- snapshot_diff: what changed between two scrapes, appeared or vanished
SELECT d.* FROM
	(SELECT snapshot_agg(quote, line_no) AS s FROM parse_ticker(:'next_page')) n,
	(SELECT snapshot_agg(quote, line_no) AS s FROM parse_ticker(:'page')) o,
	snapshot_diff(n.s, o.s) d;
SELECT * FROM snapshot_diff('{KGS/USD = 0.01140 0% x1; EUR/USD = 1.08 0% x1}',
							'{KGS/USD = 0.0114 0% x1; RUB/USD = 0.0109 -0.1% x1}');
SELECT count(*) AS no_change FROM snapshot_diff(
	(SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'page')),
	(SELECT snapshot_agg(quote) FROM parse_ticker(:'page')));

-- NULLs: rows with a NULL quote or key are skipped; no rows gives NULL
SELECT snapshot_agg(q, k) FROM (VALUES ('KGS/USD = 0.01144 0%'::fxquote, 1::bigint),
	(NULL, 2), ('KZT/USD = 0.00194 -0%', NULL), ('KGS/USD = 0.01144 0%', 3)) v(q, k);
SELECT snapshot_agg(q) IS NULL AS no_rows FROM (SELECT NULL::fxquote AS q WHERE false) s;
SELECT snapshot_agg(q) IS NULL AS all_null FROM (VALUES (NULL::fxquote)) v(q);

-- timestamps are written in UTC, whatever the session time zone
SET TimeZone = 'Asia/Almaty';
SELECT snapshot_agg('KGS/USD = 0.01144 0%'::fxquote, t)
FROM (VALUES ('2025-12-09 08:00+05'::timestamptz), ('2025-12-09 20:00:00.25+05'), ('infinity')) v(t);
RESET TimeZone;

-- text form reads back to an identical state (Citus ships partial states as text)
CREATE TABLE snaps AS
SELECT 'line' AS kind, snapshot_agg(t.quote, t.line_no) AS s FROM pages p, parse_ticker(p.body) t
UNION ALL
SELECT 'time', snapshot_agg(t.quote, p.scraped_at) FROM pages p, parse_ticker(p.body) t
UNION ALL
SELECT 'none', snapshot_agg(t.quote) FROM pages p, parse_ticker(p.body) t
UNION ALL
SELECT 'empty', '{}';
SELECT kind, s::text::fxsnapshot::text = s::text AS text_round_trip,
	   s::text::fxsnapshot = s AS equal, pg_column_size(s) AS bytes
FROM snaps ORDER BY kind;
SELECT '  {  KZT/USD = 0.00194 -0% x2 #7..9 ;KGS/USD=0.01144 0% x1 #8 }'::fxsnapshot AS lenient_input;
SELECT '{KZT/USD = 0.00193 -0.52% x1 | KZT/USD = 0.00194 -0% x3}'::fxsnapshot AS variants_any_order;
-- binary COPY round trip
\copy snaps TO 'test/out/fxsnapshot.bin' WITH (FORMAT binary)
CREATE TABLE snaps_back (kind text, s fxsnapshot);
\copy snaps_back FROM 'test/out/fxsnapshot.bin' WITH (FORMAT binary)
SELECT a.kind, a.s::text = b.s::text AS same_text FROM snaps a JOIN snaps_back b USING (kind) ORDER BY kind;
-- the binary form starts with its version byte; an unknown version is 22P03
SELECT substr(fxsnapshot_send(s), 1, 2) AS version_and_kind FROM snaps ORDER BY kind;
\! printf 'PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\010\002\000\000\000\000\000\000\000\377\377' > test/out/bad_fxsnapshot.bin
CREATE TABLE snap_bad (s fxsnapshot);
\copy snap_bad FROM 'test/out/bad_fxsnapshot.bin' WITH (FORMAT binary)
\set VERBOSITY sqlstate
\copy snap_bad FROM 'test/out/bad_fxsnapshot.bin' WITH (FORMAT binary)
\set VERBOSITY default
\! printf 'PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\010\001\000\000\000\000\000\000\000\377\377' > test/out/empty_fxsnapshot.bin
\copy snap_bad FROM 'test/out/empty_fxsnapshot.bin' WITH (FORMAT binary)
SELECT s FROM snap_bad;
-- a binary snapshot whose quote has the same currency on both sides is refused like text
\! printf 'PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\044\001\000\000\000\000\000\000\001\050\346\050\346\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\001\377\377' > test/out/bad2_fxsnapshot.bin
\copy snap_bad FROM 'test/out/bad2_fxsnapshot.bin' WITH (FORMAT binary)
\set VERBOSITY sqlstate
\copy snap_bad FROM 'test/out/bad2_fxsnapshot.bin' WITH (FORMAT binary)
\set VERBOSITY default

-- text input errors (22P02; a count total out of range is 22003)
SELECT 'KGS/USD = 0.01144 0% x1'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = abc 0% x1}'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = 0.01144 0%}'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = 0.01144 0% x1 #9..2}'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = 0.01144 0% x1 @2025-12-09 03:00}'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = 0.01144 0% x1 #1; KZT/USD = 0.00194 -0% x1}'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = 0.01144 0% x1; KGS/USD = 0.01144 0% x2}'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = 0.01144 0% x1 KZT/USD = 0.00194 -0% x1}'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = 0.01144 0% x1} and more'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE
SELECT '{KGS/USD = 0.01144 0% x9223372036854775807; KZT/USD = 0.00194 -0% x1}'::fxsnapshot;
\echo :LAST_ERROR_SQLSTATE

-- rollup: merging per-page snapshots gives the snapshot of all rows; kinds do not mix (22023)
SELECT snapshot_agg(s) = (SELECT snapshot_agg(t.quote, t.line_no) FROM pages p, parse_ticker(p.body) t) AS rollup_equal,
	   snapshot_agg(s)::text = (SELECT snapshot_agg(t.quote, t.line_no) FROM pages p, parse_ticker(p.body) t)::text AS rollup_same_text
FROM (SELECT snapshot_agg(t.quote, t.line_no) AS s FROM pages p, parse_ticker(p.body) t GROUP BY p.id) x;
SELECT snapshot_agg(s) FROM snaps WHERE kind IN ('line', 'empty');
SELECT snapshot_agg(s) FROM snaps WHERE kind IN ('line', 'time');
\echo :LAST_ERROR_SQLSTATE
SELECT snapshot_combine(NULL, NULL) IS NULL AS both_null,
	   snapshot_combine('{KGS/USD = 0.01144 0% x1}', NULL) AS second_null,
	   snapshot_combine(NULL, '{KGS/USD = 0.01144 0% x1}') AS first_null,
	   snapshot_combine('{KGS/USD = 0.01144 0% x1}', '{KGS/USD = 0.01144 0% x2}') AS merged;

-- = compares the quotes kept: counts, keys and order do not count
SELECT '{KGS/USD = 0.01144 0% x8}'::fxsnapshot = '{KGS/USD = 0.01144 0% x1 #3}' AS counts_do_not_count,
	   '{KGS/USD = 0.01144 0% x8}'::fxsnapshot = '{KGS/USD = 0.01144 -0% x8}' AS quotes_count,
	   '{KZT/USD = 0.00194 -0% x3 | KZT/USD = 0.00193 -0.52% x1}'::fxsnapshot =
	   '{KZT/USD = 0.00194 -0% x1}' AS losing_variants_do_not_count,
	   '{}'::fxsnapshot < '{KGS/USD = 0.01144 0% x1}' AS empty_first;
SELECT count(DISTINCT s) AS distinct_snapshots FROM snaps;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT s, count(*) FROM snaps GROUP BY s;
SELECT count(*), min(kind) FROM snaps GROUP BY s ORDER BY 1, 2;
RESET enable_sort;
SET enable_hashagg = off;
SELECT count(*), min(kind) FROM snaps GROUP BY s ORDER BY 1, 2;
RESET enable_hashagg;

-- changes only: a series of scrapes collapses to the scrapes where the snapshot changed
CREATE TABLE scrapes AS
SELECT i AS id, '2025-12-09 00:00+05'::timestamptz + i * interval '2 hours' AS scraped_at,
	   CASE WHEN i IN (1, 2, 3, 6, 7) THEN :'page' ELSE :'next_page' END AS body
FROM generate_series(1, 8) AS i;
WITH snaps AS (
	SELECT id, scraped_at, (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(body)) AS snap
	FROM scrapes
), changes AS (
	SELECT id, scraped_at, snap, lag(snap) OVER (ORDER BY scraped_at) AS prev FROM snaps
)
SELECT id, scraped_at, snapshot_quote(snap, 'KZT/USD') AS kzt
FROM changes WHERE prev IS DISTINCT FROM snap ORDER BY scraped_at;

-- as a window aggregate: the running snapshot of one page, line by line
SELECT line_no, snapshot_agg(quote, line_no) OVER (ORDER BY line_no) AS running
FROM parse_ticker(:'page') WHERE line_no <= 6 ORDER BY line_no;

-- direct calls never change their argument
SELECT s AS before, snapshot_transfn_pos(s, 'TMT/USD = 0.28571 0.28%', 9) AS after, s AS unchanged
FROM (SELECT '{KGS/USD = 0.01144 0% x1 #1}'::fxsnapshot AS s) x;
