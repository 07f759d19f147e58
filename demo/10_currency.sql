-- demo/10_currency.sql - the currency type and its catalog.

\echo
\echo '-- currency: an ISO 4217 code, in any case'
SELECT ' kzt '::currency AS typed, currency_minor_units('KWD') AS kwd_minor_units;

\echo
\echo '-- the catalog, for the ticker''s currencies'
SELECT * FROM currencies() WHERE code IN ('KGS', 'KZT', 'TJS', 'UZS', 'TMT', 'USD') ORDER BY code;

\echo
\echo '-- how many active codes the extension knows'
SELECT count(*) AS codes, count(*) FILTER (WHERE minor_units = 0) AS without_decimals,
       count(*) FILTER (WHERE minor_units = 3) AS with_three_decimals
FROM currencies();

\echo
\echo '-- a code that is not an active ISO 4217 currency'
\set ON_ERROR_STOP 0
SELECT 'XYZ'::currency;
\set ON_ERROR_STOP 1
