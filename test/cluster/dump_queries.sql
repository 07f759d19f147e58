-- test/cluster/dump_queries.sql - queries whose output must not change across
-- pg_dump / pg_restore and binary COPY.  Index scans are forced so restored
-- indexes are used.
SET enable_seqscan = off;
SELECT id, c, c::text FROM t_currency ORDER BY id;
SELECT count(*) FROM t_currency WHERE c = 'KZT';
SELECT c FROM t_currency WHERE c < 'BAM' ORDER BY c;
SELECT id, r, rate(r), rate_scale(r) FROM t_fxrate ORDER BY id;
SELECT r FROM t_fxrate WHERE r = 'KZT/USD 0.00194' ORDER BY id;
SELECT r FROM t_fxrate WHERE r > 'TJS/USD 0.1' ORDER BY r;
