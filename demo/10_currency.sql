-- demo/10_currency.sql - the currency type and its catalog.

\echo
\echo '-- currency: an ISO 4217 code, in any case'
SELECT ' kzt '::currency AS typed, currency_minor_units('KWD') AS kwd_minor_units;

\echo
\echo '-- the catalog, for the ticker''s currencies'
SELECT * FROM currencies() WHERE code IN ('KGS', 'KZT', 'TJS', 'UZS', 'TMT', 'USD') ORDER BY code;

\echo
\echo '-- how many codes the extension knows: every active one, and withdrawn ones old pages name'
SELECT count(*) FILTER (WHERE active) AS active, count(*) FILTER (WHERE NOT active) AS withdrawn,
       count(*) FILTER (WHERE minor_units = 0) AS without_decimals,
       count(*) FILTER (WHERE minor_units = 3) AS with_three_decimals
FROM currencies();

\echo
\echo '-- a withdrawn code still reads: Turkmenistan''s manat before its 2009 redenomination'
SELECT 'TMM'::currency AS code, currency_is_active('TMM') AS active, withdrawn_in,
       '70000 TMM'::fxamount * 'TMM/TMT 0.0002'::fxrate AS in_new_manat
FROM currencies() WHERE code = 'TMM';

\echo
\echo '-- a code that is not an ISO 4217 currency the extension knows'
\set ON_ERROR_STOP 0
SELECT 'XYZ'::currency;
\set ON_ERROR_STOP 1
