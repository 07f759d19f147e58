-- test/cluster/dump_queries_1_1.sql - dump_queries.sql for the types 1.1
-- added (dump_fixture_1_1.sql).  Index scans are forced so restored indexes
-- are used.
SET enable_seqscan = off;
SELECT id, c::text, open(c), close(c), n(c) FROM t_fxcandle ORDER BY id;
SELECT id FROM t_fxcandle WHERE c = (SELECT c FROM t_fxcandle WHERE id = 100) ORDER BY id;
SELECT id FROM t_fxcandle WHERE c > (SELECT c FROM t_fxcandle WHERE id = 1) ORDER BY c;
SELECT candle(c)::text FROM t_fxcandle WHERE id < 100 AND base(open(c)) = 'KZT';
SELECT id, fxcandle_send(c) FROM t_fxcandle ORDER BY id;
SELECT id, s, fxamount_sum_final(s), fxamount_avg_final(s), fxamount_acc_send(s) FROM t_fxamount_acc WHERE id < 4 ORDER BY id;
SELECT id, s, fxamount_acc_send(s) FROM t_fxamount_acc WHERE id = 4;
