#!/usr/bin/env bash
# scripts/upgrade_server.sh - `make test-upgrade-server` (also run by make
# test-versions): a database of Debian's PostgreSQL 15 holding every type of
# the extension (test/cluster/dump_fixture*.sql and upgrade_server_fixture.sql:
# btree and hash indexes on each, stored snapshots) moves to the newer tree of
# $SHARED/pg (18) three ways:
#   pg_upgrade --copy, pg_upgrade --link, and pg_dump (18's, from the running
#   15 server) + pg_restore into a new 18 cluster.
# Each time: the same queries give identical answers (dump_queries*.sql and
# upgrade_server_queries.sql, text and binary forms), every index on one of
# the extension's types answers a query (EXPLAIN shows a scan of that index), and
# amcheck's bt_index_check(index, true) is clean on every btree index.
# Prints TAP; PG_NEW_CONFIG= names the newer tree's pg_config.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
source scripts/pg_trees.sh
source scripts/throwaway.sh
source test/cluster/tap.sh
here=test/cluster
db=exr_upgrade

old_config=/usr/lib/postgresql/$PG_MAJOR/bin/pg_config
new_config=${PG_NEW_CONFIG:-}
if [ -z "$new_config" ]; then
	bash scripts/setup.sh >&2 || { echo "not ok 1 - setup"; exit 1; }
	new_config=$(pg_targets | awk -F'|' '$1 == "tree" {print $3}' | while read -r c; do
		[ -x "$("$c" --bindir)/pg_upgrade" ] && [ "$(pg_config_major "$c")" -gt "$PG_MAJOR" ] && echo "$c"
	done | tail -n 1)
fi
if [ -z "$new_config" ]; then
	echo "1..0 # SKIP no PostgreSQL newer than $PG_MAJOR with pg_upgrade (looked in PG_NEW_CONFIG and $SHARED/pg)"
	exit 0
fi
old_bin=$("$old_config" --bindir)
new_bin=$("$new_config" --bindir)
old_version=$(pg_config_label "$old_config")
new_version=$(pg_config_label "$new_config")

throwaway_begin
# Every query goes through the new tree's psql, so the client is one thing
# the servers do not differ in.
q() {
	(throwaway_use "$server" && PATH="$new_bin:$PATH" LD_LIBRARY_PATH=$(tree_libs "$new_bin") \
		psql -X -At -v ON_ERROR_STOP=1 "$@")
}
check() { ok "$1" "$2"; return "$1"; }	# ok, and the status to act on

# Both installations stay locked until the end: the servers load their files.
lock_tree 8 "$old_config"
lock_tree 9 "$new_config"
build_install "$old_config" "$THROWAWAY_DIR/build-old" "$THROWAWAY_DIR/build-old.log"
check $? "build with -Werror and install into $old_version" || cat "$THROWAWAY_DIR/build-old.log"
build_install "$new_config" "$THROWAWAY_DIR/build-new" "$THROWAWAY_DIR/build-new.log"
check $? "build with -Werror and install into $new_version" || cat "$THROWAWAY_DIR/build-new.log"

# Indexes on the extension's types, as "index|table|column|access method".
our_indexes() {
	q -d "$db" -F '|' -c "
	SELECT i.indexrelid::regclass, i.indrelid::regclass, a.attname, am.amname
	FROM pg_index i
	JOIN pg_class ic ON ic.oid = i.indexrelid
	JOIN pg_am am ON am.oid = ic.relam
	JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
	WHERE ic.relnamespace = 'public'::regnamespace
	  AND a.atttypid IN (SELECT objid FROM pg_depend WHERE classid = 'pg_type'::regclass AND deptype = 'e'
			AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'exchange_rates'))
	ORDER BY 1::text"
}

# check_server WHERE: the checks every copy of the database must pass.
check_server() {
	local where=$1 idx tbl col am plan others
	q -d "$db" -f "$here/dump_queries.sql" -f "$here/dump_queries_1_1.sql" -f "$here/upgrade_server_queries.sql" >"$THROWAWAY_DIR/$server.out" 2>&1
	is "$(diff "$THROWAWAY_DIR/before.out" "$THROWAWAY_DIR/$server.out" | head -n 20; echo end)" "end" \
		"$where: the queries give the same answers as on $old_version ($(wc -l <"$THROWAWAY_DIR/before.out") lines, text and binary)"
	while IFS='|' read -r idx tbl col am; do
		# Only this index may answer: the other one on the column goes, in a
		# transaction rolled back.
		others=$(q -d "$db" -c "SELECT string_agg(format('DROP INDEX %s;', o.indexrelid::regclass), ' ')
			FROM pg_index o WHERE o.indrelid = '$tbl'::regclass AND o.indkey[0] = (SELECT attnum FROM pg_attribute
			WHERE attrelid = '$tbl'::regclass AND attname = '$col') AND o.indexrelid <> '$idx'::regclass")
		plan=$(q -d "$db" -c "BEGIN" -c "SET LOCAL enable_seqscan = off" ${others:+-c "$others"} \
			-c "EXPLAIN (COSTS OFF) SELECT $col FROM $tbl WHERE $col = (SELECT $col FROM $tbl ORDER BY id LIMIT 1)" \
			-c "ROLLBACK" 2>&1)
		echo "$plan" | grep -qE "(Index Scan|Index Only Scan) using $idx |Bitmap Index Scan on $idx\$"
		check $? "$where: $am index $idx answers $col = ..." || echo "$plan" | sed 's/^/#   /'
	done < <(our_indexes)
	if [ "$where" != "$old_version" ]; then
		q -d "$db" -c "CREATE EXTENSION IF NOT EXISTS amcheck" >/dev/null
		while read -r idx; do
			q -d "$db" -c "SELECT bt_index_check('$idx'::regclass, true)" >"$THROWAWAY_DIR/amcheck.out" 2>&1
			check $? "$where: bt_index_check($idx, true) is clean" || sed 's/^/#   /' "$THROWAWAY_DIR/amcheck.out"
		done < <(q -d "$db" -c "SELECT c.oid::regclass FROM pg_class c JOIN pg_am am ON am.oid = c.relam
			WHERE c.relkind = 'i' AND am.amname = 'btree' AND c.relnamespace = 'public'::regnamespace ORDER BY 1::text")
	fi
}

# ---- the 15 cluster --------------------------------------------------------
server=old
throwaway_init old "$old_bin" && throwaway_start old
ok $? "a $old_version cluster starts"
q -c "CREATE DATABASE $db" >/dev/null &&
	q -d "$db" -f "$here/dump_fixture.sql" -f "$here/dump_fixture_1_1.sql" -f "$here/upgrade_server_fixture.sql" >/dev/null
ok $? "the fixture (every type, btree and hash indexes, stored snapshots) loads on $old_version"
q -d "$db" -f "$here/dump_queries.sql" -f "$here/dump_queries_1_1.sql" -f "$here/upgrade_server_queries.sql" >"$THROWAWAY_DIR/before.out" 2>&1
ok $? "the queries run on $old_version ($(wc -l <"$THROWAWAY_DIR/before.out") lines)"
check_server "$old_version"
# ../shared/pg/README.md: Debian's 15 records a pg_attver attribute option 18
# does not know, which pg_upgrade and pg_restore would fail to restore.  A
# mismatch of these two builds, not of the extension: clear it.
for d in $(q -c "SELECT datname FROM pg_database WHERE datallowconn"); do
	q -d "$d" -c "UPDATE pg_attribute SET attoptions = NULL WHERE attoptions::text LIKE '%pg_attver%'" >/dev/null
done
tree_run "$new_bin" pg_dump -h "$THROWAWAY_DIR" -p "$(throwaway_port old)" -U postgres -Fc -d "$db" \
	-f "$THROWAWAY_DIR/db.dump"
ok $? "$new_version's pg_dump -Fc reads the $old_version database"
throwaway_stop old

# ---- pg_upgrade, copy then link (link leaves the old cluster unusable) ------
for mode in copy link; do
	server=up_$mode
	throwaway_init "$server" "$new_bin" --no-data-checksums
	p1=$(free_port)
	p2=$(free_port)
	[ "$p1" = "$p2" ] && p2=$((p1 + 1))
	(cd "$THROWAWAY_DIR" && tree_run "$new_bin" pg_upgrade --"$mode" -b "$old_bin" -B "$new_bin" \
		-d "$THROWAWAY_DIR/old" -D "$THROWAWAY_DIR/$server" -p "$p1" -P "$p2" \
		-s "$THROWAWAY_DIR" >"$THROWAWAY_DIR/$server.upgrade.log" 2>&1)
	check $? "pg_upgrade --$mode $old_version -> $new_version" ||
		{ tail -n 20 "$THROWAWAY_DIR/$server.upgrade.log"; cat "$THROWAWAY_DIR/$server"/pg_upgrade_output.d/*/log/*.log 2>/dev/null | tail -n 20; } | sed 's/^/#   /'
	throwaway_start "$server"
	check $? "the $new_version cluster made by pg_upgrade --$mode starts" && check_server "pg_upgrade --$mode"
	throwaway_stop "$server"
done

# ---- pg_dump + pg_restore ----------------------------------------------------
server=restored
throwaway_init "$server" "$new_bin" && throwaway_start "$server"
ok $? "a fresh $new_version cluster starts"
q -c "CREATE DATABASE $db" >/dev/null &&
	tree_run "$new_bin" pg_restore -h "$THROWAWAY_DIR" -p "$(throwaway_port "$server")" -U postgres \
		--exit-on-error -d "$db" "$THROWAWAY_DIR/db.dump"
check $? "pg_restore of the $old_version dump into $new_version" && check_server "pg_dump + pg_restore"
throwaway_stop "$server"

done_testing
