#!/usr/bin/env bash
# test/cluster/schema.sh - the DBA chooses the schema:
#   CREATE EXTENSION exchange_rates SCHEMA fx
# with fx off the search_path (search_path = public) except where a query
# names it: types, operators (OPERATOR(fx.=)), casts, functions, aggregates,
# btree and hash indexes and pg_dump / pg_restore all work.
# (test/cluster/upgrade.sh checks that 1.0 installs into fx and updates.)
set -u
source "$(dirname "$0")/tap.sh"
tmp=$(mktemp -d)
chmod 777 "$tmp"
cleanup() {
	q -d postgres -c "DROP DATABASE IF EXISTS exr_schema" -c "DROP DATABASE IF EXISTS exr_schema_dst" >/dev/null 2>&1
	rm -rf "$tmp"
}
trap cleanup EXIT
export PGOPTIONS="$PGOPTIONS -c search_path=public"

q -d postgres -c "DROP DATABASE IF EXISTS exr_schema" -c "DROP DATABASE IF EXISTS exr_schema_dst" \
	-c "CREATE DATABASE exr_schema" -c "CREATE DATABASE exr_schema_dst" >/dev/null
q -d exr_schema -c "CREATE SCHEMA fx" -c "CREATE EXTENSION exchange_rates SCHEMA fx" >/dev/null
ok $? "CREATE EXTENSION exchange_rates SCHEMA fx"

is "$(q -d exr_schema -c "SELECT n.nspname, count(*) FROM pg_depend d
	JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
	JOIN pg_namespace n ON n.oid = p.pronamespace
	WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'exchange_rates') AND d.deptype = 'e'
	GROUP BY 1" | cut -d'|' -f1)" "fx" "every function of the extension is in fx"
is "$(q -d exr_schema -c "SELECT string_agg(typname, ' ' ORDER BY typname) FROM pg_type
	WHERE typnamespace = 'fx'::regnamespace AND typtype = 'b' AND typelem = 0")" \
	"currency fxamount fxamount_acc fxcandle fxquote fxrate fxsnapshot" "the seven types are in fx"
is "$(q -d exr_schema -c "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace")
$(q -d exr_schema -c "SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace")" "0
0" "nothing is created in public"

q -d exr_schema -c "SELECT 'KZT'::currency" >/dev/null 2>&1
[ $? -ne 0 ]; ok $? "fx is off the search_path: an unqualified type name is not found"
q -d exr_schema -c "SELECT 'KZT'::fx.currency = 'KZT'" >/dev/null 2>&1
[ $? -ne 0 ]; ok $? "fx is off the search_path: an unqualified operator is not found"

# A table of every type with indexes, filled through the types' inputs,
# casts and functions, all named through fx.
q -d exr_schema >/dev/null <<'SQL'
CREATE TABLE pages (id int PRIMARY KEY, body text);
INSERT INTO pages VALUES (1, E'  • KGS/USD = 0.01144 0%\n  • TJS/USD = 0.10844 -0.46%\n'
	'  • KZT/USD = 0.00194 -0%\n  • KGS/USD = 0.01144 0%\n  • UZS/USD = 0.00008 0%');
CREATE TABLE held (id int PRIMARY KEY, c fx.currency, r fx.fxrate, q fx.fxquote, a fx.fxamount);
INSERT INTO held SELECT t.line_no, fx.amount_currency(a.a), fx.quote_rate(t.quote), t.quote, a.a
FROM pages, fx.parse_ticker(body) t,
	LATERAL (SELECT fx.fxamount(1000, split_part(t.quote::text, '/', 1)::text::fx.currency)) a(a);
INSERT INTO held VALUES (100, 'KZT', 'KZT/USD 0.00195', 'KZT/USD = 0.00195 +0.52%', '70000 KZT'),
	(101, 'kzt'::text::fx.currency, CAST('USD/KZT 515.46' AS fx.fxrate), NULL, '-12.50 USD');
CREATE INDEX ON held (c);
CREATE INDEX ON held USING hash (a);
CREATE INDEX ON held (q);
CREATE TABLE snaps AS SELECT fx.snapshot_agg(q, id::bigint) AS s FROM held WHERE q IS NOT NULL;
CREATE TABLE candles AS
SELECT fx.base(r) AS base, fx.candle(q, timestamptz '2025-12-09 08:00Z' + id * interval '1 minute') AS c
FROM held WHERE q IS NOT NULL GROUP BY 1;
CREATE INDEX ON candles (c);
CREATE INDEX ON candles USING hash (c);
SQL
ok $? "a table of every type with btree and hash indexes, filled through fx.parse_ticker, inputs and casts"

cat >"$tmp/queries.sql" <<'SQL'
SET enable_seqscan = off;
SELECT id, c, r, q, a FROM held ORDER BY id;
SELECT id FROM held WHERE c OPERATOR(fx.=) 'KZT' ORDER BY id;
SELECT id FROM held WHERE a OPERATOR(fx.=) '1000 KGS' ORDER BY id;
SELECT c, fx.currency_name(c), fx.currency_minor_units(c) FROM held ORDER BY c, id;
SELECT a OPERATOR(fx.+) a, a OPERATOR(fx.*) 3, r::numeric FROM held ORDER BY id;
SELECT '70000 KZT'::fx.fxamount OPERATOR(fx.*) 'KZT/USD 0.00194'::fx.fxrate AS converted,
	fx.inverse('USD/KZT 515.46') AS inverted;
SELECT fx.amount_currency(a), fx.sum(a), fx.avg(a), fx.min(a), fx.max(a) FROM held GROUP BY 1 ORDER BY 1;
SELECT fx.snapshot_agg(q) FROM held;
SELECT s, fx.snapshot_duplicates(s) FROM snaps;
SELECT (fx.snapshot_quotes(s)).* FROM snaps ORDER BY 1;
SELECT base, c, fx.close(c), fx.n(c) FROM candles ORDER BY c;
SELECT base FROM candles WHERE c OPERATOR(fx.=) (SELECT fx.candle(c) FROM candles WHERE base OPERATOR(fx.=) 'KZT');
SQL
q -d exr_schema -f "$tmp/queries.sql" >"$tmp/before.out" 2>&1
ok $? "types, OPERATOR(fx.*), casts, functions and aggregates answer ($(wc -l <"$tmp/before.out") lines)"
is "$(q -d exr_schema -c "SELECT string_agg(s::text, ', ' ORDER BY c) FROM
	(SELECT fx.amount_currency(a) c, fx.sum(a) s FROM held GROUP BY 1) x")" \
	"2000 KGS, 71000 KZT, 1000 TJS, -12.50 USD, 1000 UZS" "fx.sum gives each currency's total"

plan=$(q -d exr_schema -c "SET enable_seqscan = off" -c "EXPLAIN (COSTS OFF) SELECT id FROM held WHERE c OPERATOR(fx.=) 'KZT'")
case "$plan" in *"Index"*held_c_idx*) ok 0 "the btree index on a currency is used";;
	*) ok 1 "the btree index on a currency is used"; echo "$plan" | sed 's/^/# /';; esac
plan=$(q -d exr_schema -c "SET enable_seqscan = off" -c "EXPLAIN (COSTS OFF) SELECT id FROM held WHERE a OPERATOR(fx.=) '1000 KGS'")
case "$plan" in *"Index"*held_a_idx*) ok 0 "the hash index on an amount is used";;
	*) ok 1 "the hash index on an amount is used"; echo "$plan" | sed 's/^/# /';; esac

q -d exr_schema -c "ALTER EXTENSION exchange_rates SET SCHEMA public" >/dev/null 2>&1
[ $? -ne 0 ]; ok $? "the extension is not relocatable once installed (relocatable = false)"

pg_dump -Fc -d exr_schema -f "$tmp/db.dump" && pg_restore --exit-on-error -d exr_schema_dst "$tmp/db.dump"
ok $? "pg_dump -Fc and pg_restore of the database"
is "$(q -d exr_schema_dst -c "SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'exchange_rates'")" \
	"fx" "the restored extension is in fx"
q -d exr_schema_dst -f "$tmp/queries.sql" >"$tmp/after.out" 2>&1
is "$(diff "$tmp/before.out" "$tmp/after.out" | head -n 20; echo end)" "end" \
	"the restored database gives the same answers"

done_testing
