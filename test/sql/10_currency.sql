--
-- currency: ISO 4217 codes
--
-- input: case-insensitive, surrounding white space trimmed; output upper case
SELECT ' kzt '::currency, 'Usd'::currency, E'\tEUR\n'::currency;
SELECT ' kzt '::currency, currency_minor_units('KWD');
SELECT pg_column_size('KZT'::currency) AS bytes;
-- the text -> currency cast reads text in place, with input's results and errors
SELECT ' kzt '::text::currency AS cast_from_text, currency('Usd') AS function_form,
	   (SELECT castmethod FROM pg_cast WHERE castsource = 'text'::regtype AND casttarget = 'currency'::regtype) AS method;
SELECT 'XYZ'::text::currency;
\echo :LAST_ERROR_SQLSTATE
SELECT 'USDT'::text::currency;
\echo :LAST_ERROR_SQLSTATE

-- the catalog functions
SELECT c, currency_name(c), currency_numeric_code(c), currency_minor_units(c)
FROM unnest('{KGS,KZT,TJS,UZS,TMT,USD,EUR,RUB,CNY,TRY,GBP,JPY,KWD,XAU}'::currency[]) AS c;
SELECT count(*) > 170 AS has_all_active_codes,
	   count(*) FILTER (WHERE minor_units IS NULL) AS without_minor_units,
	   bool_and(code::text ~ '^[A-Z]{3}$') AS three_letters
FROM currencies();
SELECT * FROM currencies() WHERE code IN ('KZT', 'JPY', 'KWD', 'CLF') ORDER BY code;

-- withdrawn codes (1.1): known and read like active codes, but not active;
-- two groups from ISO 4217 List Three: the former Soviet Union's codes and
-- the euro's predecessors, with the year ISO withdrew each
SELECT c, currency_is_active(c) AS active, currency_name(c), currency_numeric_code(c),
	   currency_minor_units(c)
FROM unnest('{KZT,BYR,tmm,RUR,SUR,DEM,HRK,BGN,XEU}'::currency[]) AS c;
SELECT count(*) FILTER (WHERE active) > 170 AS active_codes, count(*) FILTER (WHERE NOT active) AS withdrawn,
	   bool_and(active = (withdrawn_in IS NULL)) AS active_without_year,
	   bool_and(active = currency_is_active(code)) AS agrees_with_currency_is_active,
	   min(withdrawn_in), max(withdrawn_in)
FROM currencies();
SELECT withdrawn_in, string_agg(code::text, ' ' ORDER BY code) AS codes
FROM currencies() WHERE NOT active GROUP BY 1 ORDER BY 1;
-- they sort among the active codes, alphabetically
SELECT array_agg(c ORDER BY c) FROM unnest('{KZT,DEM,BYR,BYN,EUR,TMT,TMM}'::currency[]) AS c;
SELECT 'BYR'::text::currency AS cast_from_text, currency('dem') AS function_form;

-- errors: never a code, not a currency, withdrawn outside the two groups,
-- too short, too long, empty (SQLSTATE 22P02)
SELECT 'XYZ'::currency;
\echo :LAST_ERROR_SQLSTATE
SELECT 'ZWD'::currency;
\echo :LAST_ERROR_SQLSTATE
SELECT 'CUC'::text::currency;
\echo :LAST_ERROR_SQLSTATE
SELECT 'US'::currency;
\echo :LAST_ERROR_SQLSTATE
SELECT 'USDT'::currency;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::currency;
\echo :LAST_ERROR_SQLSTATE
SELECT 'XXX'::currency;
\echo :LAST_ERROR_SQLSTATE
SELECT 'K1T'::currency;
\echo :LAST_ERROR_SQLSTATE

-- ordering is alphabetical by code
SELECT array_agg(c ORDER BY c) FROM unnest('{USD,AED,KZT,ZAR,EUR,KGS}'::currency[]) AS c;
SELECT 'AED'::currency < 'ZAR', 'KZT'::currency = 'kzt', 'KZT'::currency <> 'KGS',
	   'KZT'::currency >= 'KZT', 'KGS'::currency <= 'KZT', 'USD'::currency > 'EUR';

-- GROUP BY (hash and sort) and joins (hash and merge)
CREATE TABLE cur_t AS
SELECT (ARRAY['KGS','KZT','TJS','UZS','TMT'])[1 + i % 5]::currency AS c, i
FROM generate_series(1, 1000) AS i;
ANALYZE cur_t;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT c, count(*) FROM cur_t GROUP BY c;
SELECT c, count(*) FROM cur_t GROUP BY c ORDER BY c;
RESET enable_sort;
SET enable_hashagg = off;
SELECT c, count(*) FROM cur_t GROUP BY c ORDER BY c;
RESET enable_hashagg;

CREATE TABLE cur_names AS SELECT code, name FROM currencies();
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM cur_t JOIN cur_names ON cur_t.c = cur_names.code;
SELECT count(*), count(DISTINCT name) FROM cur_t JOIN cur_names ON cur_t.c = cur_names.code;
RESET enable_mergejoin; SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM cur_t JOIN cur_names ON cur_t.c = cur_names.code;
SELECT count(*) FROM cur_t JOIN cur_names ON cur_t.c = cur_names.code;
RESET enable_hashjoin; RESET enable_nestloop;

-- indexes: btree and hash
CREATE INDEX ON cur_t (c);
CREATE INDEX ON cur_t USING hash (c);
SET enable_seqscan = off;
SELECT count(*) FROM cur_t WHERE c = 'TMT';
SELECT count(*) FROM cur_t WHERE c < 'KZT';
RESET enable_seqscan;

-- hash agrees with equality
SELECT currency_hash('kzt') = currency_hash('KZT') AS same_hash;

-- binary COPY round trip
COPY (SELECT c FROM cur_t ORDER BY i LIMIT 5) TO '/tmp/exr_currency.bin' WITH (FORMAT binary);
CREATE TABLE cur_copy (c currency);
COPY cur_copy FROM '/tmp/exr_currency.bin' WITH (FORMAT binary);
SELECT array_agg(c) FROM cur_copy;
-- withdrawn codes read back from their binary form too
COPY (SELECT unnest('{BYR,TMM,DEM}'::currency[])) TO '/tmp/exr_currency.bin' WITH (FORMAT binary);
TRUNCATE cur_copy;
COPY cur_copy FROM '/tmp/exr_currency.bin' WITH (FORMAT binary);
SELECT array_agg(c ORDER BY c) FROM cur_copy;
-- a hostile binary value is refused
COPY (SELECT 'ZZZ'::text) TO '/tmp/exr_currency_bad.bin' WITH (FORMAT binary);
COPY cur_copy FROM '/tmp/exr_currency_bad.bin' WITH (FORMAT binary);
\echo :LAST_ERROR_SQLSTATE

DROP TABLE cur_t, cur_names, cur_copy;
