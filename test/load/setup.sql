-- test/load/setup.sql - the table the pgbench load works on (psql -v page_file=...).
CREATE EXTENSION IF NOT EXISTS exchange_rates;
DROP TABLE IF EXISTS load_pages, load_quotes;
CREATE TABLE load_pages (id int PRIMARY KEY, body text);
\set page_text `cat :'page_file'`
INSERT INTO load_pages VALUES (1, :'page_text');
CREATE TABLE load_quotes (page int NOT NULL, line_no int NOT NULL, quote fxquote NOT NULL);
CREATE INDEX ON load_quotes (page);
-- Start with some history so the snapshot queries have work from the first second.
INSERT INTO load_quotes
SELECT g, t.line_no, t.quote FROM generate_series(1, 2000) AS g, load_pages p, parse_ticker(p.body) AS t;
ANALYZE load_quotes;
