#!/usr/bin/env bash
# test/cluster/upgrade.sh - every older version installs, and
# ALTER EXTENSION ... UPDATE from it gives the same objects and the same
# query results as a fresh install of the default version.
set -u
source "$(dirname "$0")/tap.sh"
here=$(dirname "$0")
tmp=$(mktemp -d)

# Everything that defines the extension's behaviour, one line per member,
# with its comment (what \df+ and \do+ show).
fingerprint() {
	q -d "$1" -c "
	WITH members AS (
		SELECT classid, objid, objsubid FROM pg_depend
		WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
		  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'exchange_rates'))
	SELECT pg_describe_object(classid, objid, objsubid) ||
		coalesce(' | ' || (SELECT concat_ws(' ', p.provolatile, p.proisstrict, p.proparallel,
				p.prorettype::regtype, p.prosrc, p.probin IS NOT NULL)
			FROM pg_proc p WHERE classid = 'pg_proc'::regclass AND p.oid = objid), '')
		|| coalesce(' | ' || (SELECT concat_ws(' ', o.oprcode, o.oprcom::regoperator, o.oprnegate::regoperator,
				o.oprrest, o.oprjoin, o.oprcanhash, o.oprcanmerge)
			FROM pg_operator o WHERE classid = 'pg_operator'::regclass AND o.oid = objid), '')
		|| coalesce(' | comment ' || (SELECT c.description FROM pg_description c
			WHERE c.classoid = members.classid AND c.objoid = members.objid AND c.objsubid = members.objsubid), '')
	FROM members ORDER BY 1"
}

default=$(q -d postgres -c "SELECT default_version FROM pg_available_extensions WHERE name = 'exchange_rates'")
q -d postgres -c "DROP DATABASE IF EXISTS exr_fresh" -c "CREATE DATABASE exr_fresh" >/dev/null
q -d exr_fresh -f "$here/dump_fixture.sql" >/dev/null
ok $? "a fresh install of the default version $default works"
fingerprint exr_fresh >"$tmp/fresh.fp"
q -d exr_fresh -f "$here/dump_queries.sql" >"$tmp/fresh.out" 2>&1

older=$(q -d postgres -c "SELECT string_agg(version, ' ' ORDER BY version) FROM pg_available_extension_versions
	WHERE name = 'exchange_rates' AND version <> '$default'")
if [ -z "$older" ]; then
	tap_n=$((tap_n + 1))
	echo "ok $tap_n # SKIP no older version ships yet: $default is the first release"
fi
for v in $older; do
	db="exr_from_${v//./_}"
	q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
	q -d "$db" -c "CREATE EXTENSION exchange_rates VERSION '$v'" >/dev/null
	ok $? "version $v is still installable"
	q -d "$db" -c "ALTER EXTENSION exchange_rates UPDATE" >/dev/null
	ok $? "ALTER EXTENSION UPDATE from $v succeeds"
	fingerprint "$db" >"$tmp/$v.fp"
	is "$(diff "$tmp/fresh.fp" "$tmp/$v.fp" | head -n 20; echo end)" "end" \
		"after updating from $v the extension has the same objects as a fresh $default install"
	q -d "$db" -c "DROP EXTENSION exchange_rates" >/dev/null
	sed '/^CREATE EXTENSION/d' "$here/dump_fixture.sql" >"$tmp/fixture_noext.sql"
	q -d "$db" -c "CREATE EXTENSION exchange_rates VERSION '$v'" -c "ALTER EXTENSION exchange_rates UPDATE" \
		-f "$tmp/fixture_noext.sql" >/dev/null
	q -d "$db" -f "$here/dump_queries.sql" >"$tmp/$v.out" 2>&1
	is "$(diff "$tmp/fresh.out" "$tmp/$v.out" | head -n 20; echo end)" "end" \
		"after updating from $v the queries give the same results"
	q -d postgres -c "DROP DATABASE $db" >/dev/null
done

q -d postgres -c "DROP DATABASE exr_fresh" >/dev/null
rm -rf "$tmp"
done_testing
