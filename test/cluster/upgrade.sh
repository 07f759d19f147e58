#!/usr/bin/env bash
# test/cluster/upgrade.sh - ALTER EXTENSION exchange_rates UPDATE from every
# older version gives exactly the objects of a fresh install of the default
# version, and a database with data in every type reads it back identically.
#
# For each older version V (1.0 at least: it is released):
#   1. the extension's catalog fingerprint (test/cluster/fingerprint.sql:
#      every member and comment, function properties, aggregates and their
#      support functions, operators, operator classes and families, casts,
#      types) after CREATE EXTENSION ... VERSION 'V' and UPDATE equals a fresh
#      install's, in public and in a schema of its own (fx) that is not on
#      the search_path;
#   2. a database filled on V (test/cluster/dump_fixture.sql, and the values
#      1.0 itself wrote, test/cluster/stored_1_0/) answers
#      dump_queries.sql and stored_1_0/queries.sql (text and binary forms)
#      the same before and after the update, and the same as a database
#      filled on the default version; binary and text COPY of the values 1.0
#      wrote give back the very bytes 1.0 wrote.
#
# Runs against whatever server psql reaches (psql in PATH, PGHOST, PGPORT,
# PGUSER...), with the extension installed there: make test runs it on
# Debian's 15; on another server:
#   PATH=/path/to/pg/bin:$PATH PGHOST=... PGPORT=... bash test/cluster/upgrade.sh
set -u
source "$(dirname "$0")/tap.sh"
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
chmod 777 "$tmp"
dbs=()
cleanup() {
	for db in "${dbs[@]}"; do q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; done
	rm -rf "$tmp"
}
trap cleanup EXIT

new_db() {		# new_db NAME: an empty database, dropped at exit
	dbs+=("$1")
	q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
}
# The fingerprint with public as the only schema on the search_path: objects
# in another schema print qualified, so the schema is part of what is compared.
fingerprint() { PGOPTIONS="$PGOPTIONS -c search_path=public" q -d "$1" -f "$here/fingerprint.sql"; }
same() {		# same FILE1 FILE2 DESCRIPTION: diff is empty (shows its start)
	is "$(diff "$1" "$2" | head -n 20; echo end)" "end" "$3"
}
fill() {		# fill DB: the fixture tables and the values 1.0 wrote
	sed '/^CREATE EXTENSION/d' "$here/dump_fixture.sql" | q -d "$1" >/dev/null &&
		grep '^CREATE TABLE' "$here/stored_1_0/make.sql" | q -d "$1" >/dev/null &&
		q -d "$1" -c "\\copy stored_1_0 FROM '$here/stored_1_0/values.bin' WITH (FORMAT binary)" >/dev/null
}
answers() {		# answers DB OUT: every query of both query files
	q -d "$1" -f "$here/dump_queries.sql" -f "$here/stored_1_0/queries.sql" >"$2" 2>&1
}
# The types 1.1 added have their own fixture, loaded once the extension is at 1.1.
fill_1_1() { q -d "$1" -f "$here/dump_fixture_1_1.sql" >/dev/null; }
answers_1_1() { q -d "$1" -f "$here/dump_queries_1_1.sql" >"$2" 2>&1; }

default=$(q -d postgres -c "SELECT default_version FROM pg_available_extensions WHERE name = 'exchange_rates'")
older=$(q -d postgres -c "SELECT string_agg(version, ' ' ORDER BY version) FROM pg_available_extension_versions
	WHERE name = 'exchange_rates' AND version <> '$default'")
is "$(echo " $older " | grep -c ' 1\.0 ')" "1" "the released 1.0 is installable beside the default $default"

# 1. The objects, in public and in a schema of its own.
for schema in public fx; do
	new_db exr_up_fresh
	q -d exr_up_fresh -c "CREATE SCHEMA IF NOT EXISTS $schema" \
		-c "CREATE EXTENSION exchange_rates SCHEMA $schema" >/dev/null
	ok $? "a fresh $default installs into schema $schema"
	fingerprint exr_up_fresh >"$tmp/fresh.fp"
	for v in $older; do
		db="exr_up_${v//./_}"
		new_db "$db"
		q -d "$db" -c "CREATE SCHEMA IF NOT EXISTS $schema" \
			-c "CREATE EXTENSION exchange_rates SCHEMA $schema VERSION '$v'" >/dev/null
		ok $? "version $v installs into schema $schema"
		q -d "$db" -c "ALTER EXTENSION exchange_rates UPDATE" >/dev/null
		ok $? "ALTER EXTENSION UPDATE from $v in schema $schema succeeds"
		fingerprint "$db" >"$tmp/$v.fp"
		same "$tmp/fresh.fp" "$tmp/$v.fp" \
			"in schema $schema, $v updated has the objects of a fresh $default ($(wc -l <"$tmp/fresh.fp") properties)"
	done
done

# 2. The data.
new_db exr_up_fresh
q -d exr_up_fresh -c "CREATE EXTENSION exchange_rates" >/dev/null && fill exr_up_fresh && fill_1_1 exr_up_fresh
ok $? "a database filled on a fresh $default"
answers exr_up_fresh "$tmp/fresh.out"
answers_1_1 exr_up_fresh "$tmp/fresh_1_1.out"
is "$(cat "$tmp/fresh.out" "$tmp/fresh_1_1.out" | grep -c -E 'ERROR|FATAL')" "0" \
	"every query runs on the fresh $default ($(cat "$tmp/fresh.out" "$tmp/fresh_1_1.out" | wc -l) lines)"
for v in $older; do
	db="exr_up_${v//./_}"
	new_db "$db"
	q -d "$db" -c "CREATE EXTENSION exchange_rates VERSION '$v'" >/dev/null && fill "$db"
	ok $? "a database filled on $v: a table of every type with its indexes, the values 1.0 wrote"
	is "$(q -d "$db" -c "SELECT count(*) FROM currencies()")" "$(q -d exr_up_fresh -c "SELECT count(*) FROM currencies()")" \
		"before the update, $v's currencies() (its own columns) lists every code the library knows"
	answers "$db" "$tmp/$v.before"
	q -d "$db" -c "ALTER EXTENSION exchange_rates UPDATE" >/dev/null
	ok $? "ALTER EXTENSION UPDATE from $v with data in every type succeeds"
	is "$(q -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'exchange_rates'")" "$default" \
		"the extension is at $default after the update"
	answers "$db" "$tmp/$v.after"
	same "$tmp/$v.before" "$tmp/$v.after" \
		"every query gives the same text and binary forms before and after the update ($(wc -l <"$tmp/$v.after") lines)"
	same "$tmp/fresh.out" "$tmp/$v.after" "the updated database answers as one filled on a fresh $default"
	fill_1_1 "$db" && answers_1_1 "$db" "$tmp/$v.after_1_1"
	same "$tmp/fresh_1_1.out" "$tmp/$v.after_1_1" "after the update, the types 1.1 added hold and answer as on a fresh $default"
	q -d "$db" -c "\\copy stored_1_0 TO '$tmp/$v.bin' WITH (FORMAT binary)" \
		-c "\\copy stored_1_0 TO '$tmp/$v.copy'" >/dev/null
	cmp -s "$here/stored_1_0/values.bin" "$tmp/$v.bin"
	ok $? "after the update, binary COPY gives back the bytes 1.0 wrote"
	cmp -s "$here/stored_1_0/values.copy" "$tmp/$v.copy"
	ok $? "after the update, text COPY gives back the text 1.0 wrote"
	fingerprint "$db" >"$tmp/$v.data.fp"
	fingerprint exr_up_fresh >"$tmp/fresh.data.fp"
	same "$tmp/fresh.data.fp" "$tmp/$v.data.fp" "with data in it, $v updated has the objects of a fresh $default"
done

done_testing
