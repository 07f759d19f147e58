-- test/cluster/dump_queries.sql - queries whose output must not change across
-- ALTER EXTENSION UPDATE,
-- pg_dump / pg_restore and binary COPY.  Index scans are forced so restored
-- indexes are used.
SET enable_seqscan = off;
SELECT id, c, c::text FROM t_currency ORDER BY id;
SELECT count(*) FROM t_currency WHERE c = 'KZT';
SELECT c FROM t_currency WHERE c < 'BAM' ORDER BY c;
SELECT id, r, rate(r), rate_scale(r) FROM t_fxrate ORDER BY id;
SELECT r FROM t_fxrate WHERE r = 'KZT/USD 0.00194' ORDER BY id;
SELECT r FROM t_fxrate WHERE r > 'TJS/USD 0.1' ORDER BY r;
SELECT id, q, change_pct(q), change_direction(q) FROM t_fxquote ORDER BY id;
SELECT q FROM t_fxquote WHERE q = 'KZT/USD = 0.00194 -0%' ORDER BY id;
SELECT id, s::text FROM t_fxsnapshot ORDER BY id;
SELECT id, (snapshot_quotes(s)).* FROM t_fxsnapshot ORDER BY id, 2;
SELECT count(*) FROM t_fxsnapshot WHERE s = (SELECT s FROM t_fxsnapshot WHERE id = 2);
SELECT id, a, amount(a), round(a) FROM t_fxamount ORDER BY id;
SELECT a FROM t_fxamount WHERE a = '70000 KZT' ORDER BY id;
SELECT amount_currency(a), sum(a) FROM t_fxamount GROUP BY 1 ORDER BY 1;
-- the binary forms (what binary COPY and pg_dump's binary paths carry)
SELECT id, currency_send(c) FROM t_currency ORDER BY id;
SELECT id, fxrate_send(r) FROM t_fxrate ORDER BY id;
SELECT id, fxquote_send(q) FROM t_fxquote ORDER BY id;
SELECT id, fxsnapshot_send(s) FROM t_fxsnapshot ORDER BY id;
SELECT id, fxamount_send(a) FROM t_fxamount ORDER BY id;
