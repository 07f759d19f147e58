-- demo/50_articles.sql - the page's articles, their stats, what they
-- mention, joined to the page's own ticker, and full-text search.

\echo
\echo '-- how the page splits: the kinds of its lines (paragraphs left out)'
SELECT line_no, kind, content FROM pages, page_blocks(body)
WHERE id = 1 AND line_no >= 40 AND kind <> 'paragraph' ORDER BY line_no;

\echo
\echo '-- its articles, with words, sentences and reading time'
SELECT a.ord, a.published, a.title, s.*
FROM pages p, parse_articles(p.body) a, article_stats(a.body) s WHERE p.id = 1 ORDER BY a.ord;

\echo
\echo '-- currencies, amounts of money and percentages in a text'
SELECT * FROM currency_mentions('Tajikistan’s somoni, the Kyrgyz som, U.S.-funded NGOs, ₸, KZT; a summary of the summit');
SELECT * FROM money_mentions('embezzling $10 billion; 70,000 tenge, USD 5 million, €3.5m, 1.2 trillion soums, KZT 1,500; billions of dollars, 600,000 Kyrgyz citizens');
SELECT * FROM percent_mentions('24% of GDP, 0.46 percent, nearly 84%, -0.5%');

\echo
\echo '-- the currencies each article of the page mentions, and how'
SELECT a.ord, m.currency, count(*) AS mentions,
       string_agg(DISTINCT m.via, ', ') AS via, string_agg(DISTINCT m.matched, ', ') AS words
FROM pages p, parse_articles(p.body) a, currency_mentions(a.title || E'\n\n' || a.body) m
WHERE p.id = 1
GROUP BY a.ord, m.currency
ORDER BY a.ord, mentions DESC, m.currency;

\echo
\echo '-- articles that mention a currency whose quote moved by more than 0.25 % on that scrape'
SELECT p.id AS page, a.ord, a.title, base(quote_rate(q.quote)) AS currency,
       change_pct(q.quote) AS pct, string_agg(DISTINCT m.matched, ', ') AS mentioned_as
FROM pages p
CROSS JOIN LATERAL (SELECT snapshot_agg(t.quote, t.line_no) AS snap FROM parse_ticker(p.body) t) s
CROSS JOIN LATERAL snapshot_quotes(s.snap) q
CROSS JOIN LATERAL parse_articles(p.body) a
CROSS JOIN LATERAL currency_mentions(a.title || E'\n\n' || a.body) m
WHERE abs(change_pct(q.quote)) > 0.25 AND m.currency = base(quote_rate(q.quote))
GROUP BY p.id, a.ord, a.title, q.quote
ORDER BY page, a.ord, currency;

\echo
\echo '-- the amounts in the articles, in USD at the rate of the same page''s ticker'
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
\echo '-- the percentages in the articles'
SELECT a.ord, m.value, m.matched
FROM pages p, parse_articles(p.body) a, percent_mentions(a.body) m
WHERE p.id = 1
ORDER BY a.ord, m.start;

\echo
\echo '-- full-text search over the articles, with PostgreSQL''s own to_tsvector and ts_rank'
SELECT a.ord, a.title, round(ts_rank(doc, q)::numeric, 3) AS rank
FROM pages p, parse_articles(p.body) a,
     to_tsvector('english', a.title || ' ' || a.body) doc,
     websearch_to_tsquery('english', 'remittances or engineers') q
WHERE p.id = 1 AND doc @@ q
ORDER BY rank DESC, a.ord;
