-- test/bench/40_ticker.sql - parse_ticker and snapshot_agg beside plain SQL.
--
-- Pages like the reference page (~22 kB, ~230 lines): a 40-line ticker (5
-- pairs x 8 carousel repeats, rates varying by page) and article text (the
-- fixtures' articles, repeated).
\set articles `for i in 1 2 3 4 5; do sed -n '41,$p' test/fixtures/sample_page.txt; sed -n '42,$p' test/fixtures/sample_page_next.txt; done`
CREATE TABLE bench_pages AS
SELECT p AS id, repeat(carousel || E'\n', 8) || :'articles' AS body
FROM (SELECT p, string_agg(format('  • %s/USD = %s %s%%', pair,
								  to_char(rate * (1 + (p % 97) / 10000.0), 'FM0.000000'), chg),
						   E'\n' ORDER BY k) AS carousel
	  FROM generate_series(1, 10000) AS p,
		   unnest(ARRAY['KGS', 'KZT', 'TJS', 'UZS', 'TMT'],
				  ARRAY[0.01144, 0.00194, 0.10844, 0.00008, 0.28571],
				  ARRAY['0', '-0', '-0.46', '0', '0.28']) WITH ORDINALITY AS u(pair, rate, chg, k)
	  GROUP BY p) c;
VACUUM ANALYZE bench_pages;

SELECT bench_case('parse_ticker vs regexp_matches, 10k pages of ~22 kB (400k quotes)',
	$q$ SELECT count(*) FROM bench_pages p, parse_ticker(p.body) t $q$,
	$q$ SELECT count(*) FROM bench_pages p,
		regexp_matches(p.body, '^[ \t\u00a0]*[•*·-]?[ \t\u00a0]*([A-Za-z]{3})[ \t\u00a0]*/[ \t\u00a0]*([A-Za-z]{3})[ \t\u00a0]*=?[ \t\u00a0]*([0-9.]+)[ \t\u00a0]+([-+−]?[0-9.]+)[ \t\u00a0]*%[ \t\u00a0]*$', 'gn') m $q$);

-- Quotes as a table: 200k pages x 5 pairs x 8 repeats = 8M rows, in page
-- order (as a scraper appends them), keyed by (page, line_no) as
-- parse_ticker's output is.  Each pair's rate takes one of 40 values, so
-- pages differ.
CREATE TABLE bench_variants AS
SELECT k, v, format('%s/USD = %s %s%%', pair, to_char(rate * (1 + v / 1000.0), 'FM0.000000'),
					(ARRAY['0', '-0', '-0.46', '0.28'])[1 + v % 4])::fxquote AS quote
FROM unnest(ARRAY['KGS', 'KZT', 'TJS', 'UZS', 'TMT'],
			ARRAY[0.01144, 0.00194, 0.10844, 0.00008, 0.28571]) WITH ORDINALITY AS u(pair, rate, k),
	 generate_series(0, 39) AS v;
CREATE TABLE bench_quotes AS
SELECT page, line_no, q.quote
FROM generate_series(1, 200000) AS page,
	 generate_series(1, 40) AS line_no,
	 LATERAL (SELECT quote FROM bench_variants
			  WHERE k = 1 + (line_no - 1) % 5 AND v = (page * 7 + k) % 40) q;
ALTER TABLE bench_quotes ADD PRIMARY KEY (page, line_no);
VACUUM ANALYZE bench_quotes;

-- The same information per page in plain SQL: distinct quotes, how often,
-- in order of first appearance (two grouping levels), or just the distinct
-- quotes (array_agg DISTINCT, DISTINCT ON): the fastest is the baseline.
SELECT bench_case('snapshot_agg per page vs GROUP BY page, quote + array_agg, 8M quotes',
	$q$ SELECT count(s) FROM (SELECT page, snapshot_agg(quote, line_no) AS s FROM bench_quotes GROUP BY page) x $q$,
	$q$ SELECT count(s) FROM (SELECT page, array_agg(quote ORDER BY first_line) AS s, sum(seen)
							 FROM (SELECT page, quote, count(*) AS seen, min(line_no) AS first_line
								   FROM bench_quotes GROUP BY page, quote) d
							 GROUP BY page) x $q$);
SELECT bench_case('snapshot_agg per page vs array_agg(DISTINCT quote), 8M quotes',
	$q$ SELECT count(s) FROM (SELECT page, snapshot_agg(quote, line_no) AS s FROM bench_quotes GROUP BY page) x $q$,
	$q$ SELECT count(s) FROM (SELECT page, array_agg(DISTINCT quote) AS s FROM bench_quotes GROUP BY page) x $q$);
SELECT bench_case('snapshot_agg per page vs DISTINCT ON (page, quote), 8M quotes',
	$q$ SELECT count(s) FROM (SELECT page, snapshot_agg(quote, line_no) AS s FROM bench_quotes GROUP BY page) x $q$,
	$q$ SELECT count(*) FROM (SELECT DISTINCT ON (page, quote) page, quote, line_no
							 FROM bench_quotes ORDER BY page, quote, line_no) x $q$);
-- The floor every per-page plan pays: the same scan and grouping with a
-- trivial built-in aggregate (no deduplication at all).  "ours" is the
-- floor here; the ratio is how close snapshot_agg comes to it (1.0 would
-- mean deduplicating costs nothing).
SELECT bench_case('floor: count(quote) per page (no dedup) vs snapshot_agg per page, 8M quotes',
	$q$ SELECT count(s) FROM (SELECT page, count(quote) AS s FROM bench_quotes GROUP BY page) x $q$,
	$q$ SELECT count(s) FROM (SELECT page, snapshot_agg(quote, line_no) AS s FROM bench_quotes GROUP BY page) x $q$);

-- One group of 10M quotes (250k pages), with 2 parallel workers and without.
CREATE TABLE bench_quotes_10m AS
SELECT page, line_no, q.quote
FROM generate_series(1, 250000) AS page,
	 generate_series(1, 40) AS line_no,
	 LATERAL (SELECT quote FROM bench_variants
			  WHERE k = 1 + (line_no - 1) % 5 AND v = (page * 7 + k) % 40) q;
VACUUM ANALYZE bench_quotes_10m;
SELECT bench_case('snapshot_agg over one 10M-quote group: 2 parallel workers vs none',
	$q$ SET max_parallel_workers_per_gather = 2; SELECT snapshot_duplicates(snapshot_agg(quote, page)) FROM bench_quotes_10m $q$,
	$q$ SET max_parallel_workers_per_gather = 0; SELECT snapshot_duplicates(snapshot_agg(quote, page)) FROM bench_quotes_10m $q$);
