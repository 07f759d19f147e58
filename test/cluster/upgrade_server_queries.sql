-- test/cluster/upgrade_server_queries.sql - run after dump_queries.sql by the
-- server upgrade test: every stored value in text and binary form, and
-- queries the indexes answer (index scans forced, as in dump_queries.sql).
SET enable_seqscan = off;
SELECT id, c, r, a, q, s FROM t_every_type ORDER BY id;
SELECT id, currency_send(c), fxrate_send(r), fxamount_send(a), fxquote_send(q), fxsnapshot_send(s)
FROM t_every_type ORDER BY id;
SELECT c, count(*), min(a), max(a), sum(a), avg(a) FROM t_every_type GROUP BY c ORDER BY c;
SELECT id FROM t_every_type WHERE c = 'TMT' ORDER BY c, id LIMIT 5;
SELECT r, count(*) FROM t_every_type WHERE r BETWEEN 'KZT/USD 0.00194' AND 'KZT/USD 0.00250' GROUP BY r ORDER BY r;
SELECT id, a FROM t_every_type WHERE a > '9000 UZS' AND a < '9999 UZS' ORDER BY a, id;
SELECT q, count(*) FROM t_every_type WHERE q = 'TJS/USD = 0.10845 -0.19%' GROUP BY q;
SELECT count(*) FROM t_every_type WHERE s = (SELECT s FROM t_every_type WHERE id = 42);
SELECT s, count(*) FROM t_every_type GROUP BY s ORDER BY s LIMIT 20;
SELECT snapshot_agg(s) FROM t_every_type WHERE id % 7 = 0;
