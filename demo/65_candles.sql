-- demo/65_candles.sql - exact candles: the day loaded with bin/exr-load
-- (demo/45_rates.sql), one candle per pair and day from a table of scrapes,
-- the days with no scrape, a week rolled up from its days.

\echo
\echo '-- the day loaded with bin/exr-load: one candle per pair from its scrapes'
SELECT base, open(c), high(c), low(c), close(c), n(c), high_at(c), low_at(c)
FROM (SELECT base(quote_rate(t.quote)) AS base, candle(t.quote, p.scraped_at) AS c
      FROM day_pages p, parse_ticker(p.body) t GROUP BY 1) x
ORDER BY base;

-- Four days of scrapes every four hours, none on 11 December: the two
-- loaded pages in turn, each quote's rate moved by a few units of its last
-- digit from scrape to scrape (as a site's ticker moves).
\set ECHO none
CREATE TABLE scraped_quotes AS
SELECT s.scraped_at,
       round(fxrate_move_pct(quote_rate(t.quote), ((s.k * 7 + t.line_no) % 5 - 2) * 0.2),
             rate_scale(quote_rate(t.quote))) AS rate
FROM (SELECT k, '2025-12-09 00:00+05'::timestamptz + k * interval '4 hours' AS scraped_at
      FROM generate_series(0, 23) AS k) s,
     pages p, parse_ticker(p.body) t
WHERE p.id = 1 + s.k % 2 AND s.scraped_at::date <> '2025-12-11';
\set ECHO queries

\echo
\echo '-- a table of scrapes: four days, a scrape every four hours, none on 11 December'
SELECT scraped_at::date AS day, count(DISTINCT scraped_at) AS scrapes, count(*) AS rates
FROM scraped_quotes GROUP BY 1 ORDER BY 1;

\echo
\echo '-- one candle per pair and day: open, high, low, close and the change'
SELECT day, open(c), high(c), low(c), close(c), n(c), round(candle_change_pct(c), 2) AS pct
FROM (SELECT base(rate) AS base, date_trunc('day', scraped_at)::date AS day, candle(rate, scraped_at) AS c
      FROM scraped_quotes GROUP BY 1, 2) x
WHERE base IN ('KZT', 'TJS') ORDER BY base, day;

\echo
\echo '-- the candle itself (it reads back from its text), and when each point was seen'
SELECT c, c::text::fxcandle = c AS reads_back,
       open_at(c), high_at(c), low_at(c), close_at(c)
FROM (SELECT candle(rate, scraped_at) AS c FROM scraped_quotes
      WHERE base(rate) = 'KZT' AND scraped_at::date = '2025-12-09') x;

\echo
\echo '-- days with no scrape: every day of the range, the last close carried'
WITH days AS (SELECT d::date AS day FROM generate_series('2025-12-09', '2025-12-12', interval '1 day') AS d),
     daily AS (SELECT scraped_at::date AS day, candle(rate, scraped_at) AS c
               FROM scraped_quotes WHERE base(rate) = 'KZT' GROUP BY 1)
SELECT days.day, daily.c IS NULL AS no_scrape,
       coalesce(close(daily.c), last.close) AS close
FROM days LEFT JOIN daily USING (day)
     LEFT JOIN LATERAL (SELECT close(d.c) FROM daily d WHERE d.day < days.day
                        ORDER BY d.day DESC LIMIT 1) last ON true
ORDER BY days.day;

\echo
\echo '-- the week of each pair, rolled up from its day candles'
WITH daily AS (SELECT base(rate) AS base, scraped_at::date AS day, candle(rate, scraped_at) AS c
               FROM scraped_quotes GROUP BY 1, 2)
SELECT base, open(candle(c)), high(candle(c)), low(candle(c)), close(candle(c)),
       n(candle(c)), round(candle_change_pct(candle(c)), 2) AS pct
FROM daily GROUP BY base ORDER BY base;
