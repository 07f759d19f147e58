-- demo/00_load.sql - create the extension and load the page and its later
-- scrape into pages(id, scraped_at, body).
--
-- Every demo file is a tour: each section starts with \echo and a line
-- '-- title', then its queries, echoed by psql before their results.
-- README's tour blocks are these sections (scripts/readme.pl), so keep
-- the output deterministic: ORDER BY everything, no timings, no now().
\set ECHO none
CREATE EXTENSION IF NOT EXISTS exchange_rates;
CREATE TABLE pages (id serial PRIMARY KEY, scraped_at timestamptz, body text);
\set page_text `cat :'page_file'`
\set next_text `cat :'next_file'`
INSERT INTO pages (scraped_at, body) VALUES
    ('2025-12-09 08:00+05', :'page_text'),
    ('2025-12-09 20:00+05', :'next_text');
\set ECHO queries

\echo
\echo '-- the page and its evening scrape, loaded'
SELECT id, scraped_at, length(body) AS characters,
       array_length(regexp_split_to_array(body, E'\n'), 1) AS lines
FROM pages ORDER BY id;
