-- test/bench/45_ticker_snapshot.sql - ticker_snapshot beside the floor and
-- beside snapshot_agg over parse_ticker.
--
-- 10k pages like the reference page (~25 kB each): a 40-line ticker (5
-- pairs x 8 carousel repeats, rates varying by page) and article text (the
-- fixtures' articles, repeated).  Most of the time is reading the page
-- (detoasting and scanning 25 kB for ticker lines), so the floor is
-- parse_ticker itself with a count: the same reading, no snapshot.
\set articles `for i in 1 2 3 4 5 6; do sed -n '41,$p' test/fixtures/sample_page.txt; sed -n '42,$p' test/fixtures/sample_page_next.txt; done`
CREATE TABLE bench_ts_pages AS
SELECT p AS id, repeat(carousel || E'\n', 8) || :'articles' AS body
FROM (SELECT p, string_agg(format('  • %s/USD = %s %s%%', pair,
								  to_char(rate * (1 + (p % 97) / 10000.0), 'FM0.000000'), chg),
						   E'\n' ORDER BY k) AS carousel
	  FROM generate_series(1, 10000) AS p,
		   unnest(ARRAY['KGS', 'TJS', 'TMT', 'KZT', 'UZS'],
				  ARRAY[0.01144, 0.10844, 0.28571, 0.00194, 0.00008],
				  ARRAY['0', '-0.46', '0.28', '-0', '0']) WITH ORDINALITY AS u(pair, rate, chg, k)
	  GROUP BY p) c;
VACUUM ANALYZE bench_ts_pages;
SELECT count(*) AS pages, round(avg(length(body))) AS characters, round(avg(pg_column_size(body))) AS stored_bytes
FROM bench_ts_pages;

-- "built-in" is the floor here: ours / floor = 1 / ratio (target: ticker_snapshot at most 1.1x the floor's time, ratio >= 0.91).
SELECT bench_case('floor: count over parse_ticker (no snapshot) vs ticker_snapshot, 10k pages of ~25 kB',
	$q$ SELECT count(ticker_snapshot(body)) FROM bench_ts_pages $q$,
	$q$ SELECT count(*) FROM bench_ts_pages, parse_ticker(body) $q$);
SELECT bench_case('ticker_snapshot vs snapshot_agg(quote, line_no) over parse_ticker per page, 10k pages',
	$q$ SELECT count(ticker_snapshot(body)) FROM bench_ts_pages $q$,
	$q$ SELECT count(s) FROM (SELECT id, snapshot_agg(quote, line_no) AS s
							 FROM bench_ts_pages, parse_ticker(body) GROUP BY id) x $q$);

-- Conversions at a page's snapshot: 1M amounts of 5 currencies converted
-- to KGS (a cross through USD) with convert, against the same from a table
-- of the snapshot's rates joined in (what SQL does without convert).
CREATE TABLE bench_ts_snap AS SELECT ticker_snapshot(body) AS snap FROM bench_ts_pages WHERE id = 1;
CREATE TABLE bench_ts_amounts AS
SELECT fxamount(round((i % 100000) * 1.37, 2),
				(ARRAY['KZT', 'TJS', 'TMT', 'UZS', 'USD'])[1 + i % 5]::currency) AS amount
FROM generate_series(1, 1000000) i;
CREATE TABLE bench_ts_rates AS SELECT base, rate FROM bench_ts_snap, snapshot_rates(snap) WHERE quote = 'KGS';
VACUUM ANALYZE bench_ts_amounts, bench_ts_rates;
SELECT bench_case('convert(amount, KGS, snapshot) vs amount * rate joined from snapshot_rates, 1M amounts',
	$q$ SELECT sum(convert(amount, 'KGS', (SELECT snap FROM bench_ts_snap))) FROM bench_ts_amounts $q$,
	$q$ SELECT sum(a.amount * r.rate) FROM bench_ts_amounts a JOIN bench_ts_rates r ON r.base = amount_currency(a.amount) $q$);
