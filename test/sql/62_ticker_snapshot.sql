--
-- ticker_snapshot: a page's snapshot in one call, identical to
-- snapshot_agg(quote, line_no) over parse_ticker(page, strict)
--
\set page `cat test/fixtures/sample_page.txt`
\set next_page `cat test/fixtures/sample_page_next.txt`
\set reference `cat test/fixtures/reference_ticker.txt`
\set two_days `cat test/fixtures/two_days_page.txt`
\set plain `cat test/fixtures/plain_page.txt`
\set outline `cat test/fixtures/reference_outline.txt`
\set s0800 `cat test/fixtures/scrapes/2025-12-09T08-00.txt`
\set s1600 `cat test/fixtures/scrapes/2025-12-09T16-00.txt`
\set k0900 `cat test/fixtures/scrapes/kaktus/kaktus_20251209_0900.txt`

-- the sample page: 5 quotes keyed by line, each seen 8 times
SELECT ticker_snapshot(:'page');

-- every fixture page: the same value (=) and the same text as the aggregate,
-- strict and not; a page without quotes gives NULL, as the aggregate does
CREATE TABLE fixture_pages (name text, body text);
INSERT INTO fixture_pages VALUES ('sample_page', :'page'), ('sample_page_next', :'next_page'),
	('reference_ticker', :'reference'), ('two_days_page', :'two_days'), ('plain_page', :'plain'),
	('reference_outline', :'outline'), ('scrapes/2025-12-09T08-00', :'s0800'),
	('scrapes/2025-12-09T16-00', :'s1600'), ('scrapes/kaktus/kaktus_20251209_0900', :'k0900');
SELECT name, strict,
	   ticker_snapshot(body, strict) = agg AS equal,
	   ticker_snapshot(body, strict)::text IS NOT DISTINCT FROM agg::text AS same_text,
	   ticker_snapshot(body, strict) IS NULL AS is_null,
	   snapshot_duplicates(ticker_snapshot(body, strict)) AS duplicates
FROM fixture_pages, (VALUES (false), (true)) v(strict),
	 LATERAL (SELECT snapshot_agg(quote, line_no) AS agg FROM parse_ticker(body, strict)) a
ORDER BY name, strict;

-- keyed by position: merges with snapshot_agg(quote, line_no) snapshots,
-- and the kind shows in the binary form like the aggregate's
SELECT snapshot_agg(s) = ticker_snapshot(:'page') AS merges
FROM (VALUES (ticker_snapshot(:'page')), ((SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'page')))) v(s);
SELECT fxsnapshot_send(ticker_snapshot(:'page')) = fxsnapshot_send(
	(SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'page'))) AS same_bytes;

-- rejects: without strict a malformed quote line is skipped, with strict it
-- raises parse_ticker's error (22P02, the same message)
\set bad_page 'News\r\n  • KGS/USD = 0.01144 0%\r\n  • KZT/USD = 0.00l94 -0%\r\nkgs/usd = 0.01145 +0.1%'
SELECT ticker_snapshot(:'bad_page');
SELECT ticker_snapshot(:'bad_page') = (SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'bad_page')) AS equal;
SELECT ticker_snapshot(:'bad_page', true);
\echo :LAST_ERROR_SQLSTATE
SELECT snapshot_agg(quote, line_no) FROM parse_ticker(:'bad_page', true);
\echo :LAST_ERROR_SQLSTATE
SELECT ticker_snapshot(:'bad_page', strict => true);
SELECT ticker_snapshot('') IS NULL AS empty_page, ticker_snapshot(NULL) IS NULL AS null_page,
	   ticker_snapshot(:'page', NULL) IS NULL AS null_strict;

-- random pages made of ticker-like lines (quotes, malformed quotes, prose,
-- CRLF, bullets, lower case): both ways agree on the value or the error
CREATE FUNCTION outcome(page text, strict boolean, direct boolean) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	IF direct THEN
		RETURN coalesce(ticker_snapshot(page, strict)::text, 'NULL');
	END IF;
	RETURN coalesce((SELECT snapshot_agg(quote, line_no) FROM parse_ticker(page, strict))::text, 'NULL');
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
SELECT setseed(0.20251209);
CREATE TABLE random_pages AS
SELECT p, string_agg((ARRAY['  • KGS/USD = 0.01144 0%', '  • KZT/USD = 0.00194 -0%', 'TJS/USD 0.10844 -0.46%',
		'* UZS/USD = 0.00008 0%', '- TMT / USD = 0.28571 +0.28%', 'kzt/usd=0.00193 −0.52%',
		'KGS/USD = 0.0114 0%', 'KGS/USD = 0.01140 0%', '  • KZT/USD = 0.00l94 -0%', 'EUR/USD = 1.08',
		'and/the rest of it', '• Kazakhstan – about 70,000', '', 'Plain text about the tenge.',
		E'KGS/USD = 0.01144 0%\r', E'\u00a0• RUB/USD = 0.0109 -0.1%'])[1 + floor(random() * 16)::int],
		E'\n') AS body
FROM generate_series(1, 400) AS p, generate_series(1, 1 + (p % 30)) AS line
GROUP BY p;
SELECT strict, count(*) AS pages,
	   count(*) FILTER (WHERE outcome(body, strict, true) = outcome(body, strict, false)) AS agree,
	   count(*) FILTER (WHERE outcome(body, strict, true) LIKE '22P02 %') AS rejected
FROM random_pages, (VALUES (false), (true)) v(strict)
GROUP BY strict ORDER BY strict;
