-- demo/50_articles.sql - the page's articles, their stats and what they mention.
\pset footer off
\echo
\echo '== how the page splits (ticker lines and paragraphs left out)'
SELECT line_no, kind, content
FROM pages, page_blocks(body)
WHERE id = 1 AND kind NOT IN ('ticker', 'paragraph')
ORDER BY line_no;
\echo
\echo '== its articles, with words, sentences and reading time at 238 words a minute'
SELECT a.ord, a.published, a.title, s.words, s.sentences, s.paragraphs, s.reading_minutes AS minutes
FROM pages p, parse_articles(p.body) a, article_stats(a.body) s
WHERE p.id = 1
ORDER BY a.ord;
\echo
\echo '== the currencies each article mentions, and how'
SELECT a.ord, m.currency, count(*) AS mentions,
	   string_agg(DISTINCT m.via, ', ') AS via, string_agg(DISTINCT m.matched, ', ') AS words
FROM pages p, parse_articles(p.body) a, currency_mentions(a.title || E'\n\n' || a.body) m
WHERE p.id = 1
GROUP BY a.ord, m.currency
ORDER BY a.ord, mentions DESC, m.currency;
\echo
\echo '== amounts of money, exact, in USD at the rate of the same page''s ticker'
SELECT a.ord, m.matched, m.amount,
	   CASE WHEN amount_currency(m.amount) = 'USD' THEN m.amount
			ELSE m.amount * quote_rate(q.quote) END AS in_usd
FROM pages p
CROSS JOIN LATERAL (SELECT snapshot_agg(t.quote, t.line_no) AS snap FROM parse_ticker(p.body) t) s
CROSS JOIN LATERAL parse_articles(p.body) a
CROSS JOIN LATERAL money_mentions(a.body) m
LEFT JOIN LATERAL snapshot_quotes(s.snap) q ON base(quote_rate(q.quote)) = amount_currency(m.amount)
WHERE p.id = 1
ORDER BY a.ord, m.start;
\echo
\echo '== percentages in the articles'
SELECT a.ord, m.value, m.matched
FROM pages p, parse_articles(p.body) a, percent_mentions(a.body) m
WHERE p.id = 1
ORDER BY a.ord, m.start;
\echo
\echo '== full-text search with PostgreSQL''s own to_tsvector and ts_rank'
SELECT a.ord, a.title, round(ts_rank(doc, q) :: numeric, 3) AS rank
FROM pages p, parse_articles(p.body) a,
	 to_tsvector('english', a.title || ' ' || a.body) doc,
	 websearch_to_tsquery('english', 'remittance or engineers or exporters') q
WHERE p.id = 1 AND doc @@ q
ORDER BY rank DESC;
\echo
\echo '== articles that mention a currency whose quote moved more than 0.25% on that scrape'
SELECT p.id AS page, a.ord, a.title, base(quote_rate(q.quote)) AS currency, change_pct(q.quote) AS pct,
	   string_agg(DISTINCT m.matched, ', ') AS mentioned_as
FROM pages p
CROSS JOIN LATERAL (SELECT snapshot_agg(t.quote, t.line_no) AS snap FROM parse_ticker(p.body) t) s
CROSS JOIN LATERAL snapshot_quotes(s.snap) q
CROSS JOIN LATERAL parse_articles(p.body) a
CROSS JOIN LATERAL currency_mentions(a.title || E'\n\n' || a.body) m
WHERE abs(change_pct(q.quote)) > 0.25 AND m.currency = base(quote_rate(q.quote))
GROUP BY p.id, a.ord, a.title, q.quote
ORDER BY p.id, a.ord, currency;
