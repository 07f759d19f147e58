#!/usr/bin/env bash
# test/cluster/dump_restore.sh - pg_dump / pg_restore (custom format) and
# binary COPY of a database holding every type of the extension give
# identical query results.
set -u
source "$(dirname "$0")/tap.sh"
here=$(dirname "$0")
tmp=$(mktemp -d)
chmod 777 "$tmp"

q -d postgres -c "DROP DATABASE IF EXISTS exr_dump_src" -c "DROP DATABASE IF EXISTS exr_dump_dst" \
	-c "CREATE DATABASE exr_dump_src" -c "CREATE DATABASE exr_dump_dst" >/dev/null
q -d exr_dump_src -f "$here/dump_fixture.sql" -f "$here/dump_fixture_1_1.sql" >/dev/null
ok $? "the fixture database is created"

q -d exr_dump_src -f "$here/dump_queries.sql" -f "$here/dump_queries_1_1.sql" >"$tmp/before.out" 2>&1
ok $? "the queries run on the fixture ($(wc -l <"$tmp/before.out") lines of results)"
pg_dump -Fc -d exr_dump_src -f "$tmp/db.dump"
ok $? "pg_dump -Fc succeeds"
pg_restore --exit-on-error -d exr_dump_dst "$tmp/db.dump"
ok $? "pg_restore into an empty database succeeds"
q -d exr_dump_dst -f "$here/dump_queries.sql" -f "$here/dump_queries_1_1.sql" >"$tmp/after.out" 2>&1
is "$(diff "$tmp/before.out" "$tmp/after.out" && echo same)" "same" \
	"every query gives the same result after the restore ($(wc -l <"$tmp/before.out") lines)"

# Binary COPY of every table out of the source and into a copy of its structure.
tables=$(q -d exr_dump_src -c "SELECT string_agg(relname, ' ' ORDER BY relname) FROM pg_class
	WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace")
q -d postgres -c "DROP DATABASE IF EXISTS exr_copy_dst" -c "CREATE DATABASE exr_copy_dst" >/dev/null
pg_dump -s -d exr_dump_src | q -d exr_copy_dst >/dev/null
copy_ok=0
for t in $tables; do
	q -q -d exr_dump_src -c "\\copy $t TO '$tmp/$t.bin' WITH (FORMAT binary)" || copy_ok=1
	q -q -d exr_copy_dst -c "\\copy $t FROM '$tmp/$t.bin' WITH (FORMAT binary)" || copy_ok=1
done
ok $copy_ok "binary COPY out and in of: $tables"
q -d exr_copy_dst -f "$here/dump_queries.sql" -f "$here/dump_queries_1_1.sql" >"$tmp/copy.out" 2>&1
is "$(diff "$tmp/before.out" "$tmp/copy.out" && echo same)" "same" \
	"every query gives the same result after binary COPY"

q -d postgres -c "DROP DATABASE exr_dump_src" -c "DROP DATABASE exr_dump_dst" -c "DROP DATABASE exr_copy_dst" >/dev/null
rm -rf "$tmp"
done_testing
