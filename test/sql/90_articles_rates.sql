--
-- articles joined to the day's ticker: articles that mention a currency
-- whose quote moved more than 0.25 %, amounts converted to USD with the
-- day's rates, and full-text search over the articles
--
\set page `cat test/fixtures/sample_page.txt`
\set next_page `cat test/fixtures/sample_page_next.txt`
\set two_days `cat test/fixtures/two_days_page.txt`
CREATE TABLE rate_pages (id int PRIMARY KEY, scraped_at timestamptz, body text);
INSERT INTO rate_pages VALUES
	(1, '2025-12-09 08:00+05', :'page'),
	(2, '2025-12-09 20:00+05', :'next_page'),
	(3, '2025-12-10 09:00+05', :'two_days');
SET TimeZone = 'Asia/Almaty';

-- one row per article, and one snapshot per day (the latest scrape's quote wins)
CREATE VIEW articles AS
SELECT p.id AS page_id, a.ord, coalesce(a.published, p.scraped_at::date) AS day, a.title, a.body
FROM rate_pages p, parse_articles(p.body) a;
CREATE VIEW day_snapshots AS
SELECT p.scraped_at::date AS day, snapshot_agg(t.quote, p.scraped_at) AS snap
FROM rate_pages p, parse_ticker(p.body) t
GROUP BY 1;
CREATE VIEW day_moves AS
SELECT d.day, base(quote_rate(q.quote)) AS currency, q.quote, change_pct(q.quote) AS pct
FROM day_snapshots d, snapshot_quotes(d.snap) q;

SELECT day, currency, quote, pct FROM day_moves ORDER BY day, currency;

-- articles that mention a currency whose quote moved more than 0.25 % that day
-- (the third page's articles of 10 December have no ticker of their own day)
SELECT a.day, a.page_id, a.ord, a.title, mv.currency, mv.pct,
	   string_agg(DISTINCT m.matched, ', ') AS mentioned_as
FROM articles a
CROSS JOIN LATERAL currency_mentions(a.title || E'\n\n' || a.body) m
JOIN day_moves mv ON mv.day = a.day AND mv.currency = m.currency
WHERE abs(mv.pct) > 0.25
GROUP BY a.day, a.page_id, a.ord, a.title, mv.currency, mv.pct
ORDER BY a.day, a.page_id, a.ord, mv.currency;

-- amounts named in the articles, in USD at the day's rate (NULL where the
-- ticker has no rate for the currency)
SELECT a.day, a.page_id, a.ord, m.matched, m.amount,
	   CASE WHEN amount_currency(m.amount) = 'USD' THEN m.amount
			ELSE m.amount * quote_rate(mv.quote) END AS in_usd
FROM articles a
CROSS JOIN LATERAL money_mentions(a.body) m
LEFT JOIN day_moves mv ON mv.day = a.day AND mv.currency = amount_currency(m.amount)
ORDER BY a.day, a.page_id, a.ord, m.start;

-- the same day's total, per article, in USD
SELECT a.page_id, a.ord, sum(CASE WHEN amount_currency(m.amount) = 'USD' THEN m.amount
								  ELSE m.amount * quote_rate(mv.quote) END) AS usd_named
FROM articles a
CROSS JOIN LATERAL money_mentions(a.body) m
LEFT JOIN day_moves mv ON mv.day = a.day AND mv.currency = amount_currency(m.amount)
WHERE a.page_id = 1
GROUP BY a.page_id, a.ord ORDER BY a.ord;

-- full-text search on the articles with PostgreSQL's own functions,
-- restricted to articles on a day their currency moved
SELECT DISTINCT a.day, a.title,
	   round(ts_rank(to_tsvector('english', a.title || ' ' || a.body),
					 websearch_to_tsquery('english', 'tenge or somoni or remittances'))::numeric, 3) AS rank
FROM articles a
CROSS JOIN LATERAL currency_mentions(a.title || E'\n\n' || a.body) m
JOIN day_moves mv ON mv.day = a.day AND mv.currency = m.currency AND abs(mv.pct) > 0.25
WHERE to_tsvector('english', a.title || ' ' || a.body) @@ websearch_to_tsquery('english', 'tenge or somoni or remittances')
ORDER BY rank DESC, a.title;

RESET TimeZone;
DROP VIEW day_moves, day_snapshots, articles;
DROP TABLE rate_pages;
