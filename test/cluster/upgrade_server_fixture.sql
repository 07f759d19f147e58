-- test/cluster/upgrade_server_fixture.sql - run after dump_fixture.sql by the
-- server upgrade test (scripts/upgrade_server.sh): one table with a column
-- of every type, a btree and a hash index on each column, enough rows that
-- every index has several pages, stored snapshots, and the btree index on
-- fxsnapshot that dump_fixture.sql does not have.
CREATE INDEX t_fxsnapshot_btree ON t_fxsnapshot (s);

CREATE TABLE t_every_type (id int PRIMARY KEY, c currency, r fxrate, a fxamount, q fxquote, s fxsnapshot);
WITH pairs(n, pair, rate) AS (VALUES
	(0, 'KGS/USD', 0.01144), (1, 'TJS/USD', 0.10844), (2, 'TMT/USD', 0.28571),
	(3, 'KZT/USD', 0.00194), (4, 'UZS/USD', 0.00008)),
rows AS (
	SELECT i, pair, split_part(pair, '/', 1) AS code, rate + (i % 97) * 0.00001 AS rate,
		round(((i % 41) - 20) / 100.0, 2) AS pct
	FROM generate_series(1, 1200) AS i JOIN pairs ON n = i % 5)
INSERT INTO t_every_type
SELECT i, code::currency, format('%s %s', pair, rate)::fxrate,
	format('%s %s', round((i * 7919) % 1000000 / 100.0, 2), code)::fxamount,
	format('%s = %s %s%%', pair, rate, pct)::fxquote,
	(SELECT snapshot_agg(x, k) FROM (VALUES
		(format('%s = %s %s%%', pair, rate, pct)::fxquote, 1::bigint),
		('KZT/USD = 0.00194 -0%'::fxquote, (i % 3)::bigint),
		(format('TJS/USD = 0.108%s 0%%', i % 10)::fxquote, 2::bigint)) AS v(x, k))
FROM rows;
CREATE INDEX t_every_type_c_btree ON t_every_type (c);
CREATE INDEX t_every_type_c_hash ON t_every_type USING hash (c);
CREATE INDEX t_every_type_r_btree ON t_every_type (r);
CREATE INDEX t_every_type_r_hash ON t_every_type USING hash (r);
CREATE INDEX t_every_type_a_btree ON t_every_type (a);
CREATE INDEX t_every_type_a_hash ON t_every_type USING hash (a);
CREATE INDEX t_every_type_q_btree ON t_every_type (q);
CREATE INDEX t_every_type_q_hash ON t_every_type USING hash (q);
CREATE INDEX t_every_type_s_btree ON t_every_type (s);
CREATE INDEX t_every_type_s_hash ON t_every_type USING hash (s);
ANALYZE;
