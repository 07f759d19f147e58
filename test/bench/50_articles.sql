-- test/bench/50_articles.sql - article analytics beside plain SQL.
--
-- Data: the fixture pages written for the tests (test/fixtures/), 10,000 of
-- them for parse_articles, and their articles repeated to 100 MB of text for
-- the mention extractors.  The built-in alternative extracts the same things
-- with regexp_matches and the extension's own vocabulary (currency_words(),
-- currencies()) as a table; amounts are scaled in SQL.
\set p1 `cat test/fixtures/sample_page.txt`
\set p2 `cat test/fixtures/sample_page_next.txt`
\set p3 `cat test/fixtures/two_days_page.txt`
\set p4 `cat test/fixtures/plain_page.txt`
\set p5 `cat test/fixtures/reference_outline.txt`

CREATE TABLE bench_fixture_pages (k int, body text);
INSERT INTO bench_fixture_pages VALUES (0, :'p1'), (1, :'p2'), (2, :'p3'), (3, :'p4'), (4, :'p5');

-- 10,000 pages, the five fixtures in turn, each with its own first line
CREATE TABLE bench_article_pages AS
SELECT i AS id, 'Page ' || i || E'.\n' || f.body AS body
FROM generate_series(1, 10000) i JOIN bench_fixture_pages f ON f.k = i % 5;

-- 100 MB of articles (title and body), one row per article.  Each copy
-- starts with its own number: identical rows would let the planner memoize
-- the function calls and time only the first of each.
CREATE TABLE bench_articles AS
WITH one AS (SELECT a.title || E'\n\n' || a.body AS body FROM bench_fixture_pages f, parse_articles(f.body) a),
	 n AS (SELECT ceil(100e6 / sum(octet_length(body) + 16))::int AS copies FROM one)
SELECT 'Copy ' || i || E'.\n\n' || one.body AS body FROM n, generate_series(1, n.copies) i, one;
VACUUM ANALYZE bench_article_pages;
VACUUM ANALYZE bench_articles;
SELECT count(*) AS articles, pg_size_pretty(sum(octet_length(body))) AS text FROM bench_articles;

-- The vocabulary as a table: every word, sign and code with its currency.
-- The built-in way tokenizes with regexp_matches and looks tokens up with a
-- hash join.  (One regular expression with the whole vocabulary as
-- alternatives is the obvious alternative, but PostgreSQL runs it at about
-- 0.17 MB/s here, 30 s for 5 MB: too slow to time on 100 MB.)  On this text
-- both ways find the same mentions and the same amounts.
CREATE TABLE bench_tok AS
SELECT word AS token, currency, via FROM currency_words()
UNION SELECT lower(code::text), code, 'code' FROM currencies();
CREATE UNIQUE INDEX ON bench_tok (token);
CREATE TABLE bench_scale (word text PRIMARY KEY, factor numeric);
INSERT INTO bench_scale VALUES ('thousand', 1e3), ('k', 1e3), ('million', 1e6), ('mln', 1e6),
	('mn', 1e6), ('m', 1e6), ('billion', 1e9), ('bln', 1e9), ('bn', 1e9), ('b', 1e9),
	('trillion', 1e12), ('trn', 1e12), ('tn', 1e12);
ANALYZE bench_tok;
ANALYZE bench_scale;

SELECT bench_case('money_mentions + currency_mentions, 100 MB of articles vs regexp_matches',
	$q$ SELECT (SELECT count(*) || ' amounts, ' || sum(amount(m.amount))
			FROM bench_articles a, money_mentions(a.body) m)
		|| '; ' || (SELECT count(*) || ' currencies' FROM bench_articles a, currency_mentions(a.body) c) $q$,
	$q$ SELECT (SELECT count(*) || ' amounts, ' || sum(replace(x.num, ',', '')::numeric * coalesce(s.factor, 1))
			FROM (SELECT t.currency, m[2] AS num, lower(m[3]) AS scale
				  FROM bench_articles a,
					   regexp_matches(a.body, '([A-Z]{1,2}[$¥]|[$€£¥₽₸₺₴₹₩₼₾₪₫₦₱฿₮₭₡₲₵৳៛]|\m[A-Z]{3}\M)\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn|m|k|b)\M)?', 'g') m
				  JOIN bench_tok t ON t.token = lower(m[1])
				  UNION ALL
				  SELECT CASE WHEN t3.via <> 'country' THEN t3.currency WHEN t4.via = 'name' THEN t3.currency END,
						 m[1], m[2]
				  FROM bench_articles a,
					   regexp_matches(lower(a.body), '\m((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn|m|k|b))?\s+((?:[[:alpha:]]\.)+|[[:alpha:]]+)(?:\s+([[:alpha:]]+))?', 'g') m
				  JOIN bench_tok t3 ON t3.token = m[3]
				  LEFT JOIN bench_tok t4 ON t4.token = m[4]) x
			LEFT JOIN bench_scale s ON s.word = x.scale
			WHERE x.currency IS NOT NULL)
		|| '; ' || (SELECT count(t.currency) || ' currencies'
			FROM bench_articles a,
				 regexp_matches(a.body, '([[:alpha:]]\.(?:[[:alpha:]]\.)+|[A-Z]{1,2}[$¥]|[[:alpha:]]+|[$€£¥₽₸₺₴₹₩₼₾₪₫₦₱฿₮₭₡₲₵৳៛])', 'g') m
			JOIN bench_tok t ON t.token = lower(m[1])) $q$);

SELECT bench_case('percent_mentions, 100 MB of articles vs regexp_matches',
	$q$ SELECT count(*), sum(m.value) FROM bench_articles a, percent_mentions(a.body) m $q$,
	$q$ SELECT count(*), sum(replace(m[1], ',', '')::numeric)
		FROM bench_articles a,
			 regexp_matches(a.body, '([-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?(?:%|percent\M|per cent\M|pct\M)', 'g') m $q$);

SELECT bench_case('article_stats words, 100 MB of articles vs regexp_split_to_array',
	$q$ SELECT sum((article_stats(a.body)).words) FROM bench_articles a $q$,
	$q$ SELECT sum(array_length(regexp_split_to_array(btrim(a.body), '\s+'), 1)) FROM bench_articles a $q$);

-- parse_articles beside a trivial baseline: only splitting the pages into lines
SELECT bench_case('parse_articles, 10,000 pages vs regexp_split_to_table into lines',
	$q$ SELECT count(*) FROM bench_article_pages p, parse_articles(p.body) a $q$,
	$q$ SELECT count(*) FROM bench_article_pages p, regexp_split_to_table(p.body, E'\n') l $q$);

-- ---------------------------------------------------------------------------
-- Russian text: the 13 Russian pages of the article corpus (test/corpus/ru_*),
-- 10,000 of them for parse_articles, and their articles repeated to 50 MB
-- for the mention extractors.  The built-in way to find Russian mentions
-- tokenizes with regexp_matches and looks the tokens up in the vocabulary's
-- dictionary forms (currency_words()): it finds only the words in that form
-- (a lower bound of the work a complete SQL version would do); the floor is
-- the same scan with length() (which reads every character), the least a
-- function over the text costs.
\set r1 `cat test/corpus/ru_01_news_page.txt`
\set r2 `cat test/corpus/ru_02_opinion.txt`
\set r3 `cat test/corpus/ru_03_briefs.txt`
\set r4 `cat test/corpus/ru_04_questions.txt`
\set r5 `cat test/corpus/ru_05_scrape_noise.txt`
\set r6 `cat test/corpus/ru_06_lists.txt`
\set r7 `cat test/corpus/ru_07_dates.txt`
\set r8 `cat test/corpus/ru_08_no_date_crlf.txt`
\set r9 `cat test/corpus/ru_09_places_people.txt`
\set r10 `cat test/corpus/ru_10_interview.txt`
\set r11 `cat test/corpus/ru_11_dense_no_blank_lines.txt`
\set r12 `cat test/corpus/ru_12_archive.txt`
\set r13 `cat test/corpus/ru_13_boxes_quotes.txt`
CREATE TABLE bench_ru_fixture_pages (k int, body text);
INSERT INTO bench_ru_fixture_pages VALUES (0, :'r1'), (1, :'r2'), (2, :'r3'), (3, :'r4'), (4, :'r5'),
	(5, :'r6'), (6, :'r7'), (7, :'r8'), (8, :'r9'), (9, :'r10'), (10, :'r11'), (11, :'r12'), (12, :'r13');
CREATE TABLE bench_ru_article_pages AS
SELECT i AS id, 'Страница ' || i || E'.\n' || f.body AS body
FROM generate_series(1, 10000) i JOIN bench_ru_fixture_pages f ON f.k = i % 13;
CREATE TABLE bench_ru_articles AS
WITH one AS (SELECT a.title || E'\n\n' || a.body AS body FROM bench_ru_fixture_pages f, parse_articles(f.body) a),
	 n AS (SELECT ceil(50e6 / sum(octet_length(body) + 16))::int AS copies FROM one)
SELECT 'Копия ' || i || E'.\n\n' || one.body AS body FROM n, generate_series(1, n.copies) i, one;
VACUUM ANALYZE bench_ru_article_pages;
VACUUM ANALYZE bench_ru_articles;
SELECT count(*) AS ru_articles, pg_size_pretty(sum(octet_length(body))) AS ru_text FROM bench_ru_articles;

SELECT bench_case('Russian: money_mentions + currency_mentions, 50 MB vs regexp_matches and the dictionary forms',
	$q$ SELECT (SELECT count(*) || ' amounts, ' || sum(amount(m.amount))
			FROM bench_ru_articles a, money_mentions(a.body) m)
		|| '; ' || (SELECT count(*) || ' currencies' FROM bench_ru_articles a, currency_mentions(a.body) c) $q$,
	$q$ SELECT (SELECT count(*) || ' number-word pairs'
			FROM bench_ru_articles a,
				 regexp_matches(lower(a.body), '(\d+(?:[  ]\d{3})*(?:,\d+)?)\s+([[:alpha:]]+)', 'g') m
			JOIN bench_tok t ON t.token = m[2])
		|| '; ' || (SELECT count(t.currency) || ' currencies'
			FROM bench_ru_articles a, regexp_matches(a.body, '([[:alpha:]]+)', 'g') m
			JOIN bench_tok t ON t.token = lower(m[1])) $q$);

SELECT bench_case('Russian: currency_mentions, 50 MB vs the floor (the same scan, length)',
	$q$ SELECT count(*) FROM bench_ru_articles a, currency_mentions(a.body) c $q$,
	$q$ SELECT sum(length(a.body)) FROM bench_ru_articles a $q$);

SELECT bench_case('Russian: percent_mentions, 50 MB vs regexp_matches',
	$q$ SELECT count(*), sum(m.value) FROM bench_ru_articles a, percent_mentions(a.body) m $q$,
	$q$ SELECT count(*), sum(replace(m[1], ',', '.')::numeric)
		FROM bench_ru_articles a,
			 regexp_matches(a.body, '([-+−]?\d+(?:,\d+)?)\s?(?:%|процент[[:alpha:]]*|проц\.)', 'g') m $q$);

SELECT bench_case('English: currency_mentions, 100 MB vs the floor (the same scan, length)',
	$q$ SELECT count(*) FROM bench_articles a, currency_mentions(a.body) c $q$,
	$q$ SELECT sum(length(a.body)) FROM bench_articles a $q$);

SELECT bench_case('Russian: parse_articles, 10,000 pages vs regexp_split_to_table into lines',
	$q$ SELECT count(*) FROM bench_ru_article_pages p, parse_articles(p.body) a $q$,
	$q$ SELECT count(*) FROM bench_ru_article_pages p, regexp_split_to_table(p.body, E'\n') l $q$);
