-- demo/10_currency.sql - the currency catalog.
\pset footer off
\echo
\echo '== currency: ISO 4217 codes, case-insensitive input'
SELECT ' kzt '::currency AS typed, currency_minor_units('KWD') AS kwd_minor_units;
\echo
\echo '== the catalog for the ticker currencies'
SELECT * FROM currencies()
WHERE code IN ('KGS', 'KZT', 'TJS', 'UZS', 'TMT', 'USD')
ORDER BY code;
\echo
\echo '== how many active codes the extension knows'
SELECT count(*) AS codes, count(*) FILTER (WHERE minor_units = 0) AS without_decimals,
	   count(*) FILTER (WHERE minor_units = 3) AS with_three_decimals
FROM currencies();
