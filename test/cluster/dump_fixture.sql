-- test/cluster/dump_fixture.sql - a table of each type of the extension, with
-- indexes, for the dump/restore and binary COPY tests.  dump_queries.sql
-- reads them back; the results must be identical after a restore.
CREATE EXTENSION exchange_rates;

CREATE TABLE t_currency (id int PRIMARY KEY, c currency);
INSERT INTO t_currency SELECT i, code FROM currencies() WITH ORDINALITY AS x(code, n, m, name, i);
CREATE INDEX ON t_currency (c);
CREATE INDEX ON t_currency USING hash (c);
