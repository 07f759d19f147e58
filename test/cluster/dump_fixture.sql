-- test/cluster/dump_fixture.sql - a table of each type of the extension, with
-- indexes, for the dump/restore and binary COPY tests.  dump_queries.sql
-- reads them back; the results must be identical after a restore.
CREATE EXTENSION exchange_rates;

CREATE TABLE t_currency (id int PRIMARY KEY, c currency);
-- by name, not position: currencies() gained columns in 1.1, and the upgrade
-- test loads this fixture into a 1.0 database too
INSERT INTO t_currency SELECT row_number() OVER (ORDER BY code), code FROM currencies();
CREATE INDEX ON t_currency (c);
CREATE INDEX ON t_currency USING hash (c);

CREATE TABLE t_fxrate (id int PRIMARY KEY, r fxrate);
INSERT INTO t_fxrate VALUES
	(1, 'KGS/USD 0.01144'), (2, 'TJS/USD 0.10844'), (3, 'TMT/USD 0.28571'), (4, 'KZT/USD = 0.00194'),
	(5, 'UZS/USD 0.00008'), (6, 'USD/KGS 87.40'), (7, 'KZT/USD 0.001940'),
	(8, inverse('UZS/USD 0.0000794')), (9, 'KZT/USD 0.00194'::fxrate / 'KGS/USD 0.01144');
CREATE INDEX ON t_fxrate (r);
CREATE INDEX ON t_fxrate USING hash (r);

CREATE TABLE t_pages (id int PRIMARY KEY, body text);
INSERT INTO t_pages VALUES (1, concat_ws(E'\n',
	'  • KGS/USD = 0.01144 0%', '  • TJS/USD = 0.10844 -0.46%', '  • TMT/USD = 0.28571 0.28%',
	'  • KZT/USD = 0.00194 -0%', '  • UZS/USD = 0.00008 0%',
	'  • KGS/USD = 0.01144 0%', '  • TJS/USD = 0.10844 -0.46%', '  • TMT/USD = 0.28571 0.28%',
	'  • KZT/USD = 0.00194 -0%', '  • UZS/USD = 0.00008 0%', '09 December 2025', '',
	'A Headline About the Tenge', '', 'The tenge fell 0.5% as $3 billion left Kazakhstan.'));

CREATE TABLE t_fxquote (id int PRIMARY KEY, q fxquote);
INSERT INTO t_fxquote SELECT line_no, quote FROM t_pages, parse_ticker(body);
INSERT INTO t_fxquote VALUES (100, 'TMT/USD = 0.28571 +0.28%'), (101, 'KZT/USD = 0.00194 0%');
CREATE INDEX ON t_fxquote (q);
CREATE INDEX ON t_fxquote USING hash (q);

CREATE TABLE t_fxsnapshot (id int PRIMARY KEY, s fxsnapshot);
INSERT INTO t_fxsnapshot
SELECT 1, snapshot_agg(q, id::bigint) FROM t_fxquote
UNION ALL SELECT 2, snapshot_agg(q) FROM t_fxquote
UNION ALL SELECT 3, snapshot_agg(q, timestamptz '2025-12-09 08:00+05' + id * interval '1 minute') FROM t_fxquote;
CREATE INDEX ON t_fxsnapshot USING hash (s);

CREATE TABLE t_fxamount (id int PRIMARY KEY, a fxamount);
INSERT INTO t_fxamount VALUES (1, '70000 KZT'), (2, 'KZT 70000.00'), (3, '-12.50 usd'), (4, '0.1235 KWD'),
	(5, '12.5 JPY'), (6, '70000 KZT'::fxamount * 'KZT/USD 0.00194'::fxrate);
CREATE INDEX ON t_fxamount (a);
CREATE INDEX ON t_fxamount USING hash (a);
