-- test/bench/10_currency.sql - grouping by currency vs by char(3).
CREATE TABLE bench_currency AS
SELECT c::currency AS cur, c::char(3) AS chr
FROM (SELECT (ARRAY['KGS','KZT','TJS','UZS','TMT','USD','EUR','RUB','CNY','TRY'])[1 + (i::bigint * 7919) % 10] AS c
	  FROM generate_series(1, 5000000) AS i) s;
VACUUM ANALYZE bench_currency;

SELECT bench_case('GROUP BY currency vs char(3), 5M rows',
	$q$ SELECT count(*) FROM (SELECT cur, count(*) FROM bench_currency GROUP BY cur) s $q$,
	$q$ SELECT count(*) FROM (SELECT chr, count(*) FROM bench_currency GROUP BY chr) s $q$);
SELECT bench_case('text -> currency cast vs text -> char(3), 5M rows',
	$q$ SELECT count(c::text::currency) FROM (SELECT chr AS c FROM bench_currency) s $q$,
	$q$ SELECT count(c::text::char(3)) FROM (SELECT chr AS c FROM bench_currency) s $q$);
