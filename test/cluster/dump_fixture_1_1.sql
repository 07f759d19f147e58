-- test/cluster/dump_fixture_1_1.sql - a table of each type 1.1 added, with
-- indexes, loaded after dump_fixture.sql (which a 1.0 database loads too: the
-- upgrade test loads this file only once the extension is at 1.1).
-- dump_queries_1_1.sql reads them back.
CREATE TABLE t_fxcandle (id int PRIMARY KEY, c fxcandle);
INSERT INTO t_fxcandle
SELECT row_number() OVER (ORDER BY pair), c
FROM (SELECT split_part(q::text, ' ', 1) AS pair,
			 candle(q, timestamptz '2025-12-09 08:00+05' + (id % 7) * interval '1 hour') AS c
	  FROM t_fxquote GROUP BY 1) x;
INSERT INTO t_fxcandle VALUES (100, 'KGS/USD open 0.0114 @2025-12-09T02:00:00Z high 0.011400 @2025-12-09T02:00:00Z '
	'low 0.0114 @2025-12-09T02:00:00Z close 0.011400 @2025-12-09T02:00:00Z n 3'),
	(101, 'UZS/USD open 0.00009 @-infinity high 0.00009 @-infinity low 0.00008 @infinity close 0.00008 @infinity n 2');
CREATE INDEX ON t_fxcandle (c);
CREATE INDEX ON t_fxcandle USING hash (c);

-- fxamount_acc, the state of sum and avg: stored states (whatever a user
-- keeps of it) dump, restore and copy like any value.
CREATE TABLE t_fxamount_acc (id int PRIMARY KEY, s fxamount_acc);
INSERT INTO t_fxamount_acc VALUES (1, 'empty'), (2, '1180873.995 KZT / 2'), (3, '-0.000000000000000000000000000001 USD / 9'),
	(4, '170141183460469231731687303715884105727 KZT / 9223372036854775807');
