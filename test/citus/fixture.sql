-- test/citus/fixture.sql - run on the Citus coordinator by scripts/citus.sh
-- after CREATE EXTENSION exchange_rates: the same rows twice, in plain tables
-- of the coordinator (schema single) and in tables distributed by page
-- (schema dist), for the checks of test/citus/aggregates.txt.
CREATE SCHEMA single;
CREATE TABLE single.pages (id bigint PRIMARY KEY, published date NOT NULL, body text NOT NULL);
CREATE TABLE single.quotes (page_id bigint NOT NULL, line_no int NOT NULL, quote fxquote NOT NULL,
	seen_at timestamptz NOT NULL, amount fxamount NOT NULL, PRIMARY KEY (page_id, line_no));
CREATE TABLE single.page_snapshots (page_id bigint PRIMARY KEY, snapshot fxsnapshot NOT NULL);
CREATE TABLE single.page_candles (page_id bigint NOT NULL, base currency NOT NULL, c fxcandle NOT NULL,
	PRIMARY KEY (page_id, base));

-- 96 pages over a week, each with its ticker twice round; on every third page
-- the second round moves one rate, so snapshots hold conflicting quotes.
INSERT INTO single.pages
SELECT p, date '2025-12-01' + p % 7,
	string_agg(format('  • %s = %s %s%%', pair,
		rate + (p % 13) * 0.00001 + CASE WHEN r = 1 AND p % 3 = 0 AND n = p % 5 THEN 0.00002 ELSE 0 END, pct),
		E'\n' ORDER BY r, n)
	|| E'\n' || to_char(date '2025-12-01' + p % 7, 'DD Month YYYY')
	|| E'\n\nThe tenge held steady while the som edged up against the dollar.'
FROM generate_series(1, 96) AS p, generate_series(0, 1) AS r,
	(VALUES (0, 'KGS/USD', 0.01144, '0'), (1, 'TJS/USD', 0.10844, '-0.46'), (2, 'TMT/USD', 0.28571, '0.28'),
		(3, 'KZT/USD', 0.00194, '-0'), (4, 'UZS/USD', 0.00008, '0')) AS pairs(n, pair, rate, pct)
GROUP BY p;

INSERT INTO single.quotes
SELECT id, line_no, quote,
	timestamptz '2025-12-01 06:00+05' + id * interval '3 hours' + line_no * interval '1 second',
	fxamount(round((id * 37 + line_no * 11) * 1.75, 2), base(quote_rate(quote)))
FROM single.pages, parse_ticker(body);

INSERT INTO single.page_snapshots
SELECT page_id, snapshot_agg(quote, line_no::bigint) FROM single.quotes GROUP BY page_id;
INSERT INTO single.page_candles
SELECT page_id, base(quote_rate(quote)), candle(quote, seen_at) FROM single.quotes GROUP BY 1, 2;

CREATE SCHEMA dist;
CREATE TABLE dist.pages (LIKE single.pages INCLUDING ALL);
CREATE TABLE dist.quotes (LIKE single.quotes INCLUDING ALL);
CREATE TABLE dist.page_snapshots (LIKE single.page_snapshots INCLUDING ALL);
CREATE TABLE dist.page_candles (LIKE single.page_candles INCLUDING ALL);
SELECT create_distributed_table('dist.pages', 'id');
SELECT create_distributed_table('dist.quotes', 'page_id', colocate_with => 'dist.pages');
SELECT create_distributed_table('dist.page_snapshots', 'page_id', colocate_with => 'dist.pages');
SELECT create_distributed_table('dist.page_candles', 'page_id', colocate_with => 'dist.pages');
INSERT INTO dist.pages SELECT * FROM single.pages;
-- parse_ticker runs on the workers, next to each shard of pages.
INSERT INTO dist.quotes
SELECT id, line_no, quote,
	timestamptz '2025-12-01 06:00+05' + id * interval '3 hours' + line_no * interval '1 second',
	fxamount(round((id * 37 + line_no * 11) * 1.75, 2), base(quote_rate(quote)))
FROM dist.pages, parse_ticker(body);
INSERT INTO dist.page_snapshots
SELECT page_id, snapshot_agg(quote, line_no::bigint) FROM dist.quotes GROUP BY page_id;
-- candle runs on the workers, next to each shard of quotes.
INSERT INTO dist.page_candles
SELECT page_id, base(quote_rate(quote)), candle(quote, seen_at) FROM dist.quotes GROUP BY 1, 2;

-- Amounts at the edge of fxamount's 15 significant digits, on two shards: the
-- exact sum (100000000000000.8) needs a 16th digit, so it is rounded once, at
-- the end.  A sum rounded per shard first would lose the 0.4 of each shard.
CREATE TABLE single.big_amounts (page_id bigint NOT NULL, amount fxamount NOT NULL);
CREATE TABLE dist.big_amounts (LIKE single.big_amounts INCLUDING ALL);
SELECT create_distributed_table('dist.big_amounts', 'page_id', colocate_with => 'dist.pages');
INSERT INTO single.big_amounts VALUES (1, '100000000000000 KZT'), (1, '0.4 KZT');
INSERT INTO single.big_amounts
SELECT min(id), '0.4 KZT' FROM single.pages
WHERE get_shard_id_for_distribution_column('dist.pages', id) <> get_shard_id_for_distribution_column('dist.pages', 1);
INSERT INTO dist.big_amounts SELECT * FROM single.big_amounts;
ANALYZE;
