-- test/cluster/dump_fixture.sql - a table of each type of the extension, with
-- indexes, for the dump/restore and binary COPY tests.  dump_queries.sql
-- reads them back; the results must be identical after a restore.
CREATE EXTENSION exchange_rates;

CREATE TABLE t_currency (id int PRIMARY KEY, c currency);
INSERT INTO t_currency SELECT i, code FROM currencies() WITH ORDINALITY AS x(code, n, m, name, i);
CREATE INDEX ON t_currency (c);
CREATE INDEX ON t_currency USING hash (c);

CREATE TABLE t_fxrate (id int PRIMARY KEY, r fxrate);
INSERT INTO t_fxrate VALUES
	(1, 'KGS/USD 0.01144'), (2, 'KZT/USD = 0.00194'), (3, 'TJS/USD 0.10844'), (4, 'UZS/USD 0.00008'),
	(5, 'TMT/USD 0.28571'), (6, 'USD/KGS 87.40'), (7, 'KZT/USD 0.001940'),
	(8, inverse('UZS/USD 0.0000794')), (9, 'KZT/USD 0.00194'::fxrate / 'KGS/USD 0.01144');
CREATE INDEX ON t_fxrate (r);
CREATE INDEX ON t_fxrate USING hash (r);

CREATE TABLE t_fxquote (id int PRIMARY KEY, q fxquote);
INSERT INTO t_fxquote VALUES
	(1, 'KGS/USD = 0.01144 0%'), (2, 'KZT/USD = 0.00194 -0%'), (3, 'TJS/USD = 0.10844 -0.46%'),
	(4, 'UZS/USD = 0.00008 0%'), (5, 'TMT/USD = 0.28571 +0.28%'), (6, 'KZT/USD = 0.00194 +0%'),
	(7, 'KZT/USD = 0.001940 -0.00%');
CREATE INDEX ON t_fxquote (q);
CREATE INDEX ON t_fxquote USING hash (q);

CREATE TABLE t_fxsnapshot (id int PRIMARY KEY, s fxsnapshot);
INSERT INTO t_fxsnapshot
SELECT 1, snapshot_agg(q, id::bigint) FROM t_fxquote
UNION ALL SELECT 2, snapshot_agg(q) FROM t_fxquote
UNION ALL SELECT 3, snapshot_agg(q, '2025-12-09 08:00+05'::timestamptz + id * interval '1 hour') FROM t_fxquote
UNION ALL SELECT 4, '{}';
CREATE INDEX ON t_fxsnapshot (s);
CREATE INDEX ON t_fxsnapshot USING hash (s);
