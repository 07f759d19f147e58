--
-- parse_ticker and ticker_rejects: the ticker lines of scraped pages
--
\set page `cat test/fixtures/sample_page.txt`
\set reference `cat test/fixtures/reference_ticker.txt`
\set next_page `cat test/fixtures/sample_page_next.txt`
\set layouts `cat test/fixtures/layouts_ticker.txt`

-- the sample page: 40 quotes (5 pairs x 8 carousel repeats), no rejects
SELECT count(*) AS quotes, count(DISTINCT quote) AS distinct_quotes,
	   min(line_no), max(line_no) FROM parse_ticker(:'page');
SELECT * FROM parse_ticker(:'page') WHERE line_no <= 6 ORDER BY line_no;
SELECT count(*) AS rejects FROM ticker_rejects(:'page');
-- page order, repeats included: the carousel is 5 quotes long
SELECT bool_and(quote = first_value) AS repeats_every_5_lines
FROM (SELECT quote, first_value(quote) OVER (PARTITION BY line_no % 5 ORDER BY line_no)
	  FROM parse_ticker(:'page')) s;

-- the reference page's ticker and bullet list (figures only): 40 quotes, no
-- rejects, and the article's bullet list gives nothing
SELECT count(*) AS quotes FROM parse_ticker(:'reference');
SELECT count(*) AS rejects FROM ticker_rejects(:'reference');
SELECT line AS bullet_list_line,
	   (SELECT count(*) FROM parse_ticker(line)) AS quotes,
	   (SELECT count(*) FROM ticker_rejects(line)) AS rejects
FROM regexp_split_to_table(:'reference', E'\n') AS line
WHERE line LIKE '%–%';

-- the later scrape: same structure, two rates moved
SELECT quote FROM parse_ticker(:'next_page') WHERE line_no <= 5 ORDER BY line_no;

-- messy pages: bullets (• * - ·), indentation, NBSP, tabs, CRLF, U+2212, with
-- or without '=', a '+' on rises, lower case
SELECT * FROM parse_ticker(
	E'Rates today:\r\n' ||
	E'  \u2022 KGS/USD = 0.01144 0%\r\n' ||
	E'- TJS/USD\u00a0=\u00a00.10844 \u22120.46%\r\n' ||
	E'TMT/USD = 0.28571 +0.28%\r\n' ||
	E'\t* KZT/USD = 0.00194 -0%\r\n' ||
	E'\u00b7 UZS/USD 0.00008 0%\r\n' ||
	E'\u2022\u00a0kzt/usd=0.00194 \u22120%\r\n' ||
	E'    TMT/USD 0.28571 0.28 %');

-- an old page quotes withdrawn codes: they are quotes, not rejects
SELECT t.* FROM parse_ticker(E'\u2022 TMM/USD = 0.000192 0%\n\u2022 USD/BYR = 21350 +0.3%') t;

-- nothing is lost silently: lines that look like quotes but are malformed
CREATE TABLE bad_page AS SELECT
	E'\u2022 KGS/USD = 0.01144 0%\n' ||
	E'\u2022 KGS/USD = abc 0%\n' ||
	E'XXX/USD = 1.0 0%\n' ||
	E'\u2022 TJS/USD = 0.10844\n' ||
	E'USD/USD = 1 0%\n' ||
	E'\u2022 TMT/USD = 0.28571 0.28% (closing)\n' ||
	E'Kazakhstan \u2013 close to 70,000\n' AS body;
SELECT t.* FROM bad_page, parse_ticker(body) t;
SELECT t.* FROM bad_page, ticker_rejects(body) t;
-- every line is either a quote, a reject or not ticker at all
SELECT (SELECT count(*) FROM bad_page, parse_ticker(body)) +
	   (SELECT count(*) FROM bad_page, ticker_rejects(body)) AS quotes_and_rejects;
-- strict: the first malformed line is an error naming its line number (22P02)
SELECT t.* FROM bad_page, parse_ticker(body, strict => true) t;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM parse_ticker(:'page', strict => true);

-- empty and NULL pages give no rows
SELECT count(*) FROM parse_ticker('');
SELECT count(*) FROM ticker_rejects('');
SELECT count(*) FROM parse_ticker(NULL);
SELECT count(*) FROM parse_ticker(E'\n\n\r\n');

-- other ticker layouts: an arrow gives the sign, a colon after the pair, the
-- change in parentheses, one unit of the base ("1 USD = 515.46 KZT"), decimal
-- commas; each is one quote, printed in the one canonical form
SELECT line_no, quote FROM parse_ticker(:'layouts');
SELECT count(DISTINCT quote) AS distinct_usd_kzt FROM parse_ticker(:'layouts') WHERE line_no <= 4 AND change_pct(quote) > 0;
-- quote-like lines in none of the forms stay rejects, with their reasons
SELECT line_no, line, reason FROM ticker_rejects(:'layouts');
SELECT count(*) FROM parse_ticker(:'layouts', strict => true);
\echo :LAST_ERROR_SQLSTATE

-- many pages at once, in parallel-safe set-returning calls
CREATE TABLE ticker_pages (id int, body text);
INSERT INTO ticker_pages VALUES (1, :'page'), (2, :'next_page'), (3, (SELECT body FROM bad_page)), (4, '');
SELECT p.id, count(t.quote) AS quotes, count(DISTINCT t.quote) AS distinct_quotes,
	   (SELECT count(*) FROM ticker_rejects(p.body)) AS rejects
FROM ticker_pages p LEFT JOIN LATERAL parse_ticker(p.body) t ON true
GROUP BY p.id, p.body ORDER BY p.id;

-- invalid UTF-8 is 22021: only a SQL_ASCII database can hold it in text
\set regress_db :DBNAME
CREATE DATABASE exr_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c exr_sql_ascii
CREATE EXTENSION exchange_rates;
SELECT count(*) FROM parse_ticker(E'KGS/USD = 0.01144 0%\n\xc2\xa0KZT/USD = 0.00194 -0%');
SELECT * FROM parse_ticker(E'KGS/USD = 0.01144 0%\n\xff TJS/USD = 0.10844 -0.46%');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM ticker_rejects(E'KGS/USD = 0.01144 0%\n\xe2\x80');
\echo :LAST_ERROR_SQLSTATE
SELECT E'KGS/USD = 0.01144 \xe2\x88\x920%'::fxquote AS unicode_minus_in_sql_ascii;
SELECT E'KGS/USD = 0.01144 \xe2\x880%'::fxquote;
\echo :LAST_ERROR_SQLSTATE
-- another server encoding: the page is converted (NBSP is 0xA0 in LATIN1)
CREATE DATABASE exr_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c exr_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION exchange_rates;
SELECT * FROM parse_ticker(E'\u00a0\u00b7 KGS/USD\u00a0=\u00a00.01144 0%\nKGS/USD = \u00e9 0%');
SELECT * FROM ticker_rejects(E'\u00a0\u00b7 KGS/USD\u00a0=\u00a00.01144 0%\nKGS/USD = \u00e9 0%');
\c :regress_db
DROP DATABASE exr_sql_ascii;
DROP DATABASE exr_latin1;
