-- demo/55_russian.sql - a Russian-language page (test/fixtures/russian_page.txt):
-- its ticker in other layouts and with decimal commas, its blocks and
-- articles with their authors, what they mention, and amounts in USD at
-- the page's own rates.
\set ECHO none
\set ru_text `cat test/fixtures/russian_page.txt`
CREATE TABLE ru_pages (id int PRIMARY KEY, body text);
INSERT INTO ru_pages VALUES (1, :'ru_text');
\set ECHO queries

\echo
\echo '-- a Russian page: its ticker, in three layouts and with decimal commas'
SELECT t.line_no, t.quote FROM ru_pages p, parse_ticker(p.body) t WHERE p.id = 1 ORDER BY t.line_no;
SELECT line_no, line, reason FROM ru_pages p, ticker_rejects(p.body) WHERE p.id = 1;

\echo
\echo '-- its blocks (paragraphs left out): Russian dates, bylines, captions, boilerplate'
SELECT line_no, kind, content FROM ru_pages, page_blocks(body)
WHERE id = 1 AND kind NOT IN ('paragraph', 'ticker') ORDER BY line_no;

\echo
\echo '-- its articles, with their dates and authors'
SELECT a.ord, a.published, a.title, a.author, s.words
FROM ru_pages p, parse_articles(p.body) a, article_stats(a.body) s WHERE p.id = 1 ORDER BY a.ord;

\echo
\echo '-- when the rule takes a sub-heading for a headline, name it'
SELECT a.ord, a.title, a.author, s.words
FROM ru_pages p, parse_articles(p.body, subheadings => ARRAY['Что будет после праздников']) a,
     article_stats(a.body) s
WHERE p.id = 1 ORDER BY a.ord;

\echo
\echo '-- what the Russian articles mention: currencies in every form, amounts, percentages'
SELECT a.ord, m.currency, m.via, string_agg(m.matched, ', ' ORDER BY m.start) AS words
FROM ru_pages p, parse_articles(p.body) a, currency_mentions(a.title || E'\n\n' || a.body) m
WHERE p.id = 1
GROUP BY a.ord, m.currency, m.via ORDER BY a.ord, m.currency, m.via;
SELECT a.ord, m.matched, m.amount
FROM ru_pages p, parse_articles(p.body) a, money_mentions(a.body) m WHERE p.id = 1 ORDER BY a.ord, m.start;
SELECT a.ord, m.matched, m.value
FROM ru_pages p, parse_articles(p.body) a, percent_mentions(a.body) m WHERE p.id = 1 ORDER BY a.ord, m.start;

\echo
\echo '-- the Russian amounts in USD, at the rates of the same page''s ticker'
SELECT a.ord, m.matched, m.amount, convert(m.amount, 'USD', s.snap) AS in_usd
FROM ru_pages p
CROSS JOIN LATERAL (SELECT ticker_snapshot(p.body) AS snap) s
CROSS JOIN LATERAL parse_articles(p.body) a
CROSS JOIN LATERAL money_mentions(a.body) m
WHERE p.id = 1
ORDER BY a.ord, m.start;
