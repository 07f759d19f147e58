-- test/cluster/stored_1_0/make.sql - how values.copy and values.bin were made:
-- by the 1.0 build (commit 085f15a, the release commit) on PostgreSQL 15,
--   CREATE EXTENSION exchange_rates VERSION '1.0'; \i make.sql
--   \copy stored_1_0 TO 'values.copy'
--   \copy stored_1_0 TO 'values.bin' WITH (FORMAT binary)
-- Never regenerate them: they are what 1.0 wrote, and every later version
-- must read them back to the same text and the same bytes
-- (test/cluster/stored_1_0.sh).  A value of every type; an amount in every
-- currency 1.0 knew (each storage id), at the limits of digits and scale.
CREATE TABLE stored_1_0 (id int PRIMARY KEY, c currency, r fxrate, q fxquote, s fxsnapshot, a fxamount);

-- one row per 1.0 currency: its code, and an amount in it
INSERT INTO stored_1_0 (id, c, a)
SELECT n, code, format('%s %s', ((n * 7919 - 600000) * 1000003)::numeric / 10 ^ (n % 9), code)::fxamount
FROM currencies() WITH ORDINALITY AS x(code, numeric_code, minor_units, name, n);

INSERT INTO stored_1_0 (id, a) VALUES
	(1001, '999999999999999 KZT'), (1002, '-999999999999999 USD'), (1003, '0 KZT'), (1004, '0.00 KZT'),
	(1005, '-0.000000000000000000000000000001 EUR'), (1006, '0.000000000000000999999999999999 XAU'),
	(1007, 'KZT 70000.00'), (1008, '70000 KZT'::fxamount * 'KZT/USD 0.00194'::fxrate),
	(1009, '100 USD'::fxamount / 3), (1010, '-12.50 usd');

INSERT INTO stored_1_0 (id, r) VALUES
	(2001, 'KGS/USD 0.01144'), (2002, 'KZT/USD 0.001940'), (2003, 'USD/UZS 12590.55'),
	(2004, 'XAU/USD 999999999999999999'), (2005, 'UZS/XAU 0.000000000000000000000000000001'),
	(2006, inverse('UZS/USD 0.0000794')), (2007, 'KZT/USD 0.00194'::fxrate / 'KGS/USD 0.01144'),
	(2008, 'ZWG/AED 0.123456789012345678');

INSERT INTO stored_1_0 (id, q) VALUES
	(3001, 'KGS/USD = 0.01144 0%'), (3002, 'TJS/USD = 0.10844 -0.46%'), (3003, 'KZT/USD = 0.00194 -0%'),
	(3004, 'TMT/USD = 0.28571 +0.28%'), (3005, 'UZS/USD = 0.00008 +0%'),
	(3006, 'USD/KZT = 515.460 999999999%'), (3007, 'RUB/KZT = 6.5 -99.9999999%');

INSERT INTO stored_1_0 (id, s)
SELECT 4001, snapshot_agg(q) FROM stored_1_0 WHERE q IS NOT NULL
UNION ALL SELECT 4002, snapshot_agg(q, id::bigint) FROM stored_1_0 WHERE q IS NOT NULL
UNION ALL SELECT 4003, snapshot_agg(q, timestamptz '2025-12-09 08:00+05' + id * interval '1 minute')
	FROM stored_1_0 WHERE q IS NOT NULL
UNION ALL SELECT 4004, snapshot_agg(q, -id::bigint) FROM stored_1_0, generate_series(1, 3) WHERE q IS NOT NULL
UNION ALL SELECT 4005, '{}'::fxsnapshot
UNION ALL SELECT 4006, snapshot_agg(q, n) FROM (VALUES ('KGS/USD = 0.01144 0%'::fxquote, 7::bigint),
	('KGS/USD = 0.01145 +0.09%', 9), ('KGS/USD = 0.01144 0%', 11), ('KZT/USD = 0.00194 -0%', 8)) v(q, n);
