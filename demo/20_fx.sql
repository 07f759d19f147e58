-- demo/20_fx.sql - exact rates and amounts: the page's ticker as fxrate,
-- inverse and cross rates, conversions, percent changes.
\pset footer off
\echo
\echo '== the ticker rates of the first scrape, as fxrate (1 base = rate USD), with the published precision'
CREATE TEMP TABLE page_rates AS
SELECT DISTINCT p.id AS page, m[1]::fxrate AS rate
FROM pages AS p, regexp_matches(p.body, '([A-Z]{3}/[A-Z]{3} = [0-9.]+)', 'g') AS m;
SELECT rate, rate_scale(rate) AS digits, round(100 * rate_error_bound(rate), 4) AS "may be off by %"
FROM page_rates WHERE page = 1 ORDER BY rate;
\echo
\echo '== how much of each currency one dollar buys: inverse() keeps 18 significant digits'
SELECT rate, inverse(rate) AS per_dollar FROM page_rates WHERE page = 1 ORDER BY rate;
\echo
\echo '== UZS/USD 0.00008 is a rounded figure: against a precise USD/UZS 12600.5 it is 0.8 % too high'
SELECT inverse('USD/UZS 12600.5') AS precise,
	   'UZS/USD 0.00008'::fxrate -% inverse('USD/UZS 12600.5') AS "published vs precise, %";
\echo
\echo '== conversions, exact: an amount in the base converts to USD, an amount in USD converts back'
SELECT a AS amount, a * r.rate AS in_usd, round(a * r.rate) AS rounded_to_cents,
	   '100 USD'::fxamount * r.rate AS "100 USD buys"
FROM (VALUES ('70000 KZT'::fxamount), ('25000 KGS'), ('3500 TJS'), ('1500000 UZS'), ('900 TMT')) AS v(a)
JOIN page_rates AS r ON r.page = 1 AND base(r.rate) = amount_currency(a)
ORDER BY amount_currency(a);
\echo
\echo '== a household budget in five currencies, summed in USD (exact, one currency per sum)'
SELECT sum(a * r.rate) AS total_usd, round(sum(a * r.rate)) AS to_cents
FROM (VALUES ('70000 KZT'::fxamount), ('25000 KGS'), ('3500 TJS'), ('1500000 UZS'), ('900 TMT')) AS v(a)
JOIN page_rates AS r ON r.page = 1 AND base(r.rate) = amount_currency(a);
\echo
\echo '== mixing currencies is an error, not a silent sum'
\set ON_ERROR_STOP 0
SELECT '70000 KZT'::fxamount + '10 USD'::fxamount;
SELECT '100 EUR'::fxamount * 'KZT/USD 0.00194'::fxrate;
\set ON_ERROR_STOP 1
\echo
\echo '== cross rates through USD: 1 row-currency = x column-currency (A/USD / B/USD -> A/B)'
SELECT base(a.rate) AS "1 unit of",
	   max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'KGS') AS "KGS",
	   max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'KZT') AS "KZT",
	   max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'TJS') AS "TJS",
	   max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'UZS') AS "UZS",
	   max(round(rate(a.rate / b.rate), 6)) FILTER (WHERE base(b.rate) = 'TMT') AS "TMT"
FROM page_rates AS a JOIN page_rates AS b ON a.page = 1 AND b.page = 1 AND a.rate <> b.rate
GROUP BY base(a.rate) ORDER BY base(a.rate);
\echo
\echo '== and one cell at full precision: KZT/KGS, and the chain back to USD'
SELECT a.rate / b.rate AS kzt_kgs, (a.rate / b.rate) * b.rate AS back_to_usd
FROM page_rates AS a, page_rates AS b
WHERE a.page = 1 AND b.page = 1 AND base(a.rate) = 'KZT' AND base(b.rate) = 'KGS';
\echo
\echo '== percent changes between the two scrapes (new -% old), beside the published precision'
SELECT o.rate AS morning, n.rate AS evening, n.rate -% o.rate AS "change %",
	   round(100 * rate_error_bound(o.rate), 3) AS "rounding alone, %"
FROM page_rates AS o JOIN page_rates AS n
	ON o.page = 1 AND n.page = 2 AND base(o.rate) = base(n.rate) AND quote(o.rate) = quote(n.rate)
ORDER BY o.rate;
\echo
\echo '== a rate moved by a percent, and rounded half-even'
SELECT 'KZT/USD 0.00194'::fxrate +% -0.52 AS "KZT/USD -0.52 %", round('TJS/USD 0.10844'::fxrate +% 0.25, 5) AS "TJS/USD +0.25 %, 5 digits";
