#!/usr/bin/env bash
# test/cluster/exr_load.sh - bin/exr-load as a non-superuser: a folder of
# fixture scrapes (test/fixtures/scrapes: a day of two sites, a mirrored
# copy, one page cut in the middle of a letter), repeats skipped, times from
# file names or modification times, bodies byte for byte, unreadable files
# reported without stopping the rest, progress on a terminal, exit status.
set -u
source "$(dirname "$0")/tap.sh"
here=$(cd "$(dirname "$0")/../.." && pwd)
load=$here/bin/exr-load
scrapes=$here/test/fixtures/scrapes
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pw=${PGPASSWORD:-exr}
q -d postgres -c "DROP DATABASE IF EXISTS exr_load" -c "DROP ROLE IF EXISTS exr_loader" >/dev/null
q -d postgres -c "CREATE ROLE exr_loader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$pw'" \
	-c "CREATE DATABASE exr_load OWNER exr_loader" >/dev/null
admin=(env PGUSER="${PGUSER:-$(id -un)}" PGDATABASE=postgres)
export PGUSER=exr_loader PGDATABASE=exr_load PGTZ=Asia/Almaty
lq() { q -d exr_load "$@"; }

# 1. The fixture folder: 6 pages load, the mirrored copy is a repeat, the broken page fails.
(cd "$here" && "$load" test/fixtures/scrapes) >"$tmp/out" 2>"$tmp/err"
is "$?" 1 "a folder with one broken page: exit status 1"
is "$(cat "$tmp/out")" "exr-load: 6 loaded, 1 skipped (already loaded), 1 failed, into pages" \
	"6 pages loaded, the mirrored copy skipped, the broken page failed"
is "$(cat "$tmp/err")" \
	'exr-load: test/fixtures/scrapes/2025-12-09T14-00.txt: not valid UTF-8 text (invalid byte sequence for encoding "UTF8": 0xd0 0x20)' \
	"the broken page is reported with its name and why"
is "$(lq -c "SELECT string_agg(format('%s %s', source, to_char(scraped_at, 'YYYY-MM-DD HH24:MI TZH')), ', ' ORDER BY id) FROM pages")" \
	"test/fixtures/scrapes/2025-12-09T08-00.txt 2025-12-09 08:00 +05, test/fixtures/scrapes/2025-12-09T12-00.txt 2025-12-09 12:00 +05, test/fixtures/scrapes/2025-12-09T16-00.txt 2025-12-09 16:00 +05, test/fixtures/scrapes/2025-12-09T20-00.txt 2025-12-09 20:00 +05, test/fixtures/scrapes/kaktus/kaktus_20251209_0900.txt 2025-12-09 09:00 +05, test/fixtures/scrapes/kaktus/kaktus_20251209_1800.txt 2025-12-09 18:00 +05" \
	"in path order, each with its path and the time in its name (both styles), in the session's time zone"
is "$(lq -c "SELECT pg_get_userbyid(relowner) || ' ' || (SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
			FROM pg_attribute WHERE attrelid = 'pages'::regclass AND attnum > 0) FROM pg_class WHERE oid = 'pages'::regclass")" \
	"exr_loader id bigint, source text, scraped_at timestamp with time zone, sha256 text, body text" \
	"the table is created, owned by the loading role, with the documented columns"

bad=""
for f in "$scrapes"/2025-12-09T08-00.txt "$scrapes"/kaktus/kaktus_20251209_0900.txt; do
	got=$(lq -c "SELECT sha256 = encode(sha256(convert_to(body, 'UTF8')), 'hex') FROM pages WHERE sha256 = '$(sha256sum <"$f" | cut -d' ' -f1)'")
	[ "$got" = t ] || bad="$bad $f"
done
is "${bad:-none}" none "sha256 is the file's, and the body is the file byte for byte (English and Russian pages)"

# 2. Again: everything is a repeat now.
(cd "$here" && "$load" test/fixtures/scrapes) >"$tmp/out" 2>/dev/null
is "$(cat "$tmp/out")" "exr-load: 0 loaded, 7 skipped (already loaded), 1 failed, into pages" \
	"a second run skips every page already loaded"

# 3. Files given one by one; times from modification times; exact bytes; unreadable files.
printf 'KGS/USD = 0.01144 0%%\r\nA page saved on Windows, with no final newline' >"$tmp/latest.txt"
touch -d '2025-12-09 10:30:00 UTC' "$tmp/latest.txt"
printf 'A page with a NUL \000 byte\n' >"$tmp/nul.txt"
ln -s "$tmp/nowhere.txt" "$tmp/gone.txt"
cp "$scrapes/2025-12-09T12-00.txt" "$tmp/site_2025-12-10_07-15-30.txt"
printf 'x' >>"$tmp/site_2025-12-10_07-15-30.txt"
"$load" -s mtime-test "$tmp/latest.txt" "$tmp/gone.txt" "$tmp/nul.txt" "$tmp/missing.txt" \
	"$tmp/site_2025-12-10_07-15-30.txt" >"$tmp/out" 2>"$tmp/err"
is "$?" 1 "failed files give exit status 1"
is "$(cat "$tmp/out")" "exr-load: 2 loaded, 0 skipped (already loaded), 3 failed, into pages" \
	"the readable files load around the failures"
is "$(sed "s|$tmp/||" "$tmp/err")" "exr-load: gone.txt: cannot read (No such file or directory)
exr-load: missing.txt: cannot read (No such file or directory)
exr-load: nul.txt: not valid UTF-8 text (invalid byte sequence for encoding \"UTF8\": 0x00)" \
	"a dangling link, a missing file and a NUL byte are each reported by name"
is "$(lq -c "SELECT to_char(scraped_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' ' || source || ' ' ||
			(body = E'KGS/USD = 0.01144 0%\r\nA page saved on Windows, with no final newline')::text
			FROM pages WHERE body LIKE '%Windows%'")" "2025-12-09 10:30:00 mtime-test true" \
	"no time in the name: the modification time; CRLF and a missing final newline kept; --source labels it"
is "$(lq -c "SELECT to_char(scraped_at, 'YYYY-MM-DD HH24:MI:SS') FROM pages WHERE source = 'mtime-test' AND body LIKE '%x'")" \
	"2025-12-10 07:15:30" "a name with seconds (site_2025-12-10_07-15-30.txt)"

# 4. A folder of good pages: exit status 0; progress on a terminal only.
mkdir "$tmp/good"
for h in 06 07 08; do sed "s/0.00194/0.0019$h/" "$scrapes/2025-12-09T08-00.txt" >"$tmp/good/2025-12-11T$h-00.txt"; done
"$load" "$tmp/good" >"$tmp/out" 2>"$tmp/err"
is "$?" 0 "no failure: exit status 0"
is "$(cat "$tmp/err")" "" "not on a terminal: no progress output"
script -qec "$load $tmp/good" /dev/null >"$tmp/tty" 2>&1
ok "$(grep -q 'exr-load: 3 of 3 files, 0.0 MB, [0-9.]* MB/s' "$tmp/tty"; echo $?)" \
	"on a terminal: progress with files done of total and MB/s"

# 5. Refusals before loading anything: a table without the columns, no arguments.
lq -c "CREATE TABLE notes (id int, body text)" >/dev/null
"$load" -t notes "$tmp/good" >"$tmp/out" 2>"$tmp/err"
is "$?:$(cat "$tmp/err")" "2:exr-load: table notes exists without column source, scraped_at, sha256 and a unique index on sha256 alone" \
	"an existing table without what exr-load writes: exit status 2, nothing loaded"
"$load" >/dev/null 2>&1
is "$?" 2 "no file or folder: exit status 2"
PGDATABASE=no_such_db "$load" "$tmp/good" >/dev/null 2>"$tmp/err"
is "$?:$(grep -c 'no_such_db' "$tmp/err")" "2:1" "a connection error: exit status 2, psql's message"

"${admin[@]}" psql -X -q -c "DROP DATABASE exr_load" -c "DROP ROLE exr_loader" >/dev/null
done_testing
