#!/usr/bin/env bash
# test/cluster/stored_1_0.sh - what 1.0 wrote reads back unchanged.
#
# test/cluster/stored_1_0/values.{copy,bin} are the text and binary COPY of
# a table of every type, written by the 1.0 build (see make.sql there): an
# amount in every currency 1.0 knew, values at the limits of digits and
# scale, snapshots of every key kind.  Loaded into the current version from
# either form, they must copy out to the very same text and bytes.
set -u
source "$(dirname "$0")/tap.sh"
here=$(cd "$(dirname "$0")" && pwd)
fixture=$here/stored_1_0
tmp=$(mktemp -d)
chmod 777 "$tmp"
trap 'q -d postgres -c "DROP DATABASE IF EXISTS exr_stored" >/dev/null 2>&1; rm -rf "$tmp"' EXIT

q -d postgres -c "DROP DATABASE IF EXISTS exr_stored" -c "CREATE DATABASE exr_stored" >/dev/null
table=$(grep '^CREATE TABLE' "$fixture/make.sql")
q -d exr_stored -c "CREATE EXTENSION exchange_rates" -c "$table" \
	-c "CREATE TABLE from_text (LIKE stored_1_0)" >/dev/null
ok $? "a table of every type in the default version"

q -d exr_stored -c "\\copy stored_1_0 FROM '$fixture/values.bin' WITH (FORMAT binary)" >/dev/null
ok $? "binary COPY reads every value 1.0 wrote ($(wc -c <"$fixture/values.bin") bytes)"
q -d exr_stored -c "\\copy from_text FROM '$fixture/values.copy'" >/dev/null
ok $? "text COPY reads every value 1.0 wrote ($(wc -l <"$fixture/values.copy") rows)"

q -d exr_stored -c "\\copy stored_1_0 TO '$tmp/bin.bin' WITH (FORMAT binary)" \
	-c "\\copy stored_1_0 TO '$tmp/bin.copy'" \
	-c "\\copy from_text TO '$tmp/text.bin' WITH (FORMAT binary)" \
	-c "\\copy from_text TO '$tmp/text.copy'" >/dev/null
for f in bin.bin text.bin; do
	cmp -s "$fixture/values.bin" "$tmp/$f"
	ok $? "read from ${f%.bin} form, the values give back 1.0's binary form byte for byte"
done
for f in bin.copy text.copy; do
	is "$(diff "$fixture/values.copy" "$tmp/$f" | head -n 10; echo end)" "end" \
		"read from ${f%.copy} form, the values give back 1.0's text form"
done
is "$(q -d exr_stored -c "SELECT count(*) FROM stored_1_0 s JOIN from_text t USING (id)
	WHERE s.c IS NOT DISTINCT FROM t.c AND s.r IS NOT DISTINCT FROM t.r AND s.q IS NOT DISTINCT FROM t.q
	  AND s.s IS NOT DISTINCT FROM t.s AND s.a IS NOT DISTINCT FROM t.a")" \
	"$(wc -l <"$fixture/values.copy")" "the two forms read to equal values, row by row"

done_testing
