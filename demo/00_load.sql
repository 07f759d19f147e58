-- demo/00_load.sql - create the extension and load the page(s) into a table.
\pset footer off
CREATE EXTENSION IF NOT EXISTS exchange_rates;
CREATE TABLE IF NOT EXISTS pages (id serial PRIMARY KEY, scraped_at timestamptz, body text);
\set page_text `cat :'page_file'`
\set next_text `cat :'next_file'`
INSERT INTO pages (scraped_at, body) VALUES
	('2025-12-09 08:00+05', :'page_text'),
	('2025-12-09 20:00+05', :'next_text');
\echo
\echo '== the page is loaded:'
SELECT id, scraped_at, length(body) AS characters,
	   array_length(regexp_split_to_array(body, E'\n'), 1) AS lines
FROM pages ORDER BY id;
