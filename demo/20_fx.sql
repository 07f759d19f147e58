-- demo/20_fx.sql - exact rates and amounts: the forms of fxrate, inverse,
-- cross and chained rates, percent moves, conversions and sums; then the
-- page's own ticker as rates, a cross-rate matrix and the changes between
-- the two scrapes.

\echo
\echo '-- a rate keeps the digits it was published with'
SELECT 'KGS/USD = 0.01144'::fxrate AS ticker_form, 'usd/kzt 515.460'::fxrate AS digits_kept,
       rate('USD/KZT 515.460') AS exact_numeric;

\echo
\echo '-- derived rates keep 18 significant digits'
SELECT inverse('KGS/USD 0.01144') AS usd_kgs, inverse('USD/UZS 12600.5') AS uzs_usd;
SELECT 'KZT/USD 0.00194'::fxrate / 'KGS/USD 0.01144' AS cross_kzt_kgs,
       'KGS/USD 0.01144'::fxrate * 'USD/KZT 515.46' AS chain_kgs_kzt;
SELECT 'KZT/USD 0.00193'::fxrate -% 'KZT/USD 0.00194' AS change_pct,
       'TJS/USD 0.10844'::fxrate +% 0.25 AS moved, round('TJS/USD 0.10844'::fxrate +% 0.25, 5) AS rounded;

\echo
\echo '-- how precise a published rate is'
SELECT rate_scale('UZS/USD 0.00008') AS digits, rate_error_bound('UZS/USD 0.00008') AS error_bound,
       'UZS/USD 0.00008'::fxrate -% inverse('USD/UZS 12600.5') AS vs_precise_pct;

\echo
\echo '-- pairs that do not chain, and a malformed rate'
\set ON_ERROR_STOP 0
SELECT 'KGS/USD 0.01144'::fxrate * 'KZT/USD 0.00194';
SELECT 'KGS/USDT 0.01144'::fxrate;
\set ON_ERROR_STOP 1

\echo
\echo '-- amounts convert with a rate in either direction'
SELECT '70000 KZT'::fxamount * 'KZT/USD 0.00194'::fxrate AS usd,
       '100 USD'::fxamount * 'KGS/USD 0.01144'::fxrate AS kgs,
       round('100 USD'::fxamount * 'KGS/USD 0.01144'::fxrate) AS kgs_rounded;
SELECT round('0.1235 KWD'::fxamount) AS kwd, round('12.5 JPY'::fxamount) AS jpy,
       round('1234.5 KZT'::fxamount, -2) AS hundreds;

\echo
\echo '-- sums are exact'
SELECT sum(a), avg(a), min(a), max(a)
FROM (VALUES ('0.1 USD'::fxamount), ('0.2 USD'), ('12.50 USD')) AS v(a);

\echo
\echo '-- mixing currencies is an error, not a silent sum'
\set ON_ERROR_STOP 0
SELECT '70000 KZT'::fxamount + '10 USD';
SELECT '100 EUR'::fxamount * 'KZT/USD 0.00194'::fxrate;
\set ON_ERROR_STOP 1

\echo
\echo '-- the rates of the page''s ticker, with the precision they were published with'
CREATE TEMP TABLE page_rates AS
SELECT DISTINCT p.id AS page, m[1]::fxrate AS rate
FROM pages AS p, regexp_matches(p.body, '([A-Z]{3}/[A-Z]{3} = [0-9.]+)', 'g') AS m;
SELECT rate, inverse(rate) AS per_dollar, rate_scale(rate) AS digits,
       round(100 * rate_error_bound(rate), 4) AS "may be off by %"
FROM page_rates WHERE page = 1 ORDER BY rate;

\echo
\echo '-- a household budget in five currencies, converted and summed in USD'
SELECT a AS amount, a * r.rate AS in_usd, round(a * r.rate) AS rounded_to_cents
FROM (VALUES ('70000 KZT'::fxamount), ('25000 KGS'), ('3500 TJS'), ('1500000 UZS'), ('900 TMT')) AS v(a)
JOIN page_rates AS r ON r.page = 1 AND base(r.rate) = amount_currency(a)
ORDER BY amount_currency(a);
SELECT sum(a * r.rate) AS total_usd, round(sum(a * r.rate)) AS to_cents
FROM (VALUES ('70000 KZT'::fxamount), ('25000 KGS'), ('3500 TJS'), ('1500000 UZS'), ('900 TMT')) AS v(a)
JOIN page_rates AS r ON r.page = 1 AND base(r.rate) = amount_currency(a);

\echo
\echo '-- cross rates through USD: one unit of the row currency in the column currency'
SELECT base(a.rate) AS "1 unit of",
       max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'KGS') AS "KGS",
       max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'KZT') AS "KZT",
       max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'TJS') AS "TJS",
       max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'UZS') AS "UZS",
       max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'TMT') AS "TMT"
FROM page_rates AS a JOIN page_rates AS b ON a.page = 1 AND b.page = 1 AND a.rate <> b.rate
GROUP BY base(a.rate) ORDER BY base(a.rate);

\echo
\echo '-- percent changes between the two scrapes, beside what rounding alone could explain'
SELECT o.rate AS morning, n.rate AS evening, n.rate -% o.rate AS "change %",
       round(100 * rate_error_bound(o.rate), 3) AS "rounding alone, %"
FROM page_rates AS o JOIN page_rates AS n
    ON o.page = 1 AND n.page = 2 AND base(o.rate) = base(n.rate) AND quote(o.rate) = quote(n.rate)
ORDER BY o.rate;
