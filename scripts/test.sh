#!/usr/bin/env bash
# scripts/test.sh - `make test`: set up, build, install, then run
#   1. the core unit tests (plain C, no server),
#   2. pg_regress (test/sql -> expected/) in a throwaway cluster,
#   3. the pgTAP files (test/pgtap) with pg_prove in the same cluster,
#   4. the cluster tests (test/cluster: dump/restore, upgrade, security),
#   5. README's tour against what `make demo` prints (scripts/readme.pl),
#   6. a fuzz smoke round (FUZZ_SECONDS per target, default 10),
# and end with one line "N passed, N failed" counting all three suites.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

bash scripts/setup.sh || exit 1
lock_install
build_and_install || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
count_tap() {	# add the TAP results of file $1
	local ok notok
	read -r ok notok < <(tap_counts "$1")
	passed=$((passed + ok))
	failed=$((failed + notok))
}
log=$(mktemp -d)

echo "== core unit tests"
make -s PG_CONFIG="$PG_CONFIG" core-test >"$log/core.tap" 2>&1
core_rc=$?
cat "$log/core.tap"
count_tap "$log/core.tap"
# A test program that crashed or exited non-zero without a "not ok" line.
if [ $core_rc -ne 0 ] && ! grep -qE '^[[:space:]]*not ok' "$log/core.tap"; then
	failed=$((failed + 1))
fi

echo "== pg_regress and pgTAP in a throwaway cluster"
in_throwaway_cluster bash -c '
	bash scripts/suites.sh "$0"
	source scripts/lib.sh
	run_tour test/fixtures/sample_page.txt test/fixtures/sample_page_next.txt >"$0/demo.out" 2>&1
	echo $? >"$0/demo.rc"
	psql -X -At -d exr_demo -f scripts/user_functions.sql >"$0/functions.txt" 2>&1
' "$log" >"$log/cluster.out" 2>&1
cat "$log/regress.out" 2>/dev/null
read -r regress_ok regress_failed < <(regress_counts "$log/regress.out")
passed=$((passed + regress_ok))
failed=$((failed + regress_failed))
if [ "$(cat "$log/regress.rc" 2>/dev/null)" != "0" ]; then
	[ -f "$log/regression.diffs" ] && cat "$log/regression.diffs"
	[ "$regress_failed" -eq 0 ] && failed=$((failed + 1))
fi

cat "$log/pgtap.out" 2>/dev/null
count_tap "$log/pgtap.out"
if [ "$(cat "$log/pgtap.rc" 2>/dev/null)" != "0" ] && ! grep -qE '^[[:space:]]*not ok' "$log/pgtap.out"; then
	failed=$((failed + 1))	# a pgTAP file died or its plan did not match
fi
echo "== cluster tests (dump/restore, upgrade, security)"
cat "$log/cluster_tests.out" 2>/dev/null
count_tap "$log/cluster_tests.out"
if ! grep -qE '^1\.\.[0-9]+' "$log/cluster_tests.out" 2>/dev/null; then
	failed=$((failed + 1))	# the cluster tests did not run
fi

echo "== README tour against make demo"
if [ "$(cat "$log/demo.rc" 2>/dev/null)" != "0" ]; then
	cat "$log/demo.out" 2>/dev/null
	echo "not ok - make demo failed on the sample page"
	failed=$((failed + 1))
fi
perl scripts/readme.pl check README.md "$log/demo.out" "$log/functions.txt" >"$log/readme.tap" 2>&1
readme_rc=$?
cat "$log/readme.tap"
count_tap "$log/readme.tap"
if [ $readme_rc -ne 0 ] && ! grep -qE '^not ok' "$log/readme.tap"; then
	failed=$((failed + 1))	# the check itself died
fi

# The fuzz targets link src/core only: the installed library is no longer
# needed, so let other work trees install while the fuzzers run.
exec 9>&-

echo "== fuzz smoke round (${FUZZ_SECONDS:-10} s per target)"
bash scripts/fuzz.sh >"$log/fuzz.tap" 2>&1
fuzz_rc=$?
cat "$log/fuzz.tap"
count_tap "$log/fuzz.tap"
if [ $fuzz_rc -ne 0 ] && ! grep -qE '^not ok' "$log/fuzz.tap"; then
	failed=$((failed + 1))
fi

if [ ! -f "$log/regress.rc" ] || [ ! -f "$log/pgtap.rc" ]; then
	cat "$log/cluster.out"
	failed=$((failed + 1))	# the throwaway cluster did not start
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
