-- test/cluster/stored_1_0/queries.sql - the values 1.0 wrote, as text and in
-- their binary forms, and found through their indexes where they have one.
SELECT id, c, r, q, s, a FROM stored_1_0 ORDER BY id;
SELECT id, currency_send(c), fxrate_send(r), fxquote_send(q), fxsnapshot_send(s), fxamount_send(a)
FROM stored_1_0 ORDER BY id;
SELECT id, amount(a), amount_currency(a), rate(r) FROM stored_1_0 ORDER BY id;
-- (no sum: the amounts at the limits would overflow it)
SELECT amount_currency(a), count(*), min(a), max(a) FROM stored_1_0 GROUP BY 1 ORDER BY 1;
