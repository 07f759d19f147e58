#!/usr/bin/env bash
# scripts/suites.sh OUTDIR - run inside a throwaway cluster (PGHOST, PGPORT,
# PGUSER set; PG_CONFIG the server's pg_config; the current folder a built
# source tree whose library is installed): pg_regress, the pgTAP files and
# the cluster tests, each into OUTDIR (regress.out/.rc, pgtap.out/.rc,
# cluster_tests.out).  Used by make test (scripts/test.sh) and by make
# test-versions (scripts/versions.sh) for every server it runs.
set -u
out=$1

make -s PG_CONFIG="$PG_CONFIG" installcheck >"$out/regress.out" 2>&1
rc=$?
echo $rc >"$out/regress.rc"
[ $rc -ne 0 ] && [ -f test/out/regression.diffs ] && cp test/out/regression.diffs "$out/"
pg_prove --verbose --ext .sql test/pgtap/ >"$out/pgtap.out" 2>&1
echo $? >"$out/pgtap.rc"
for t in test/cluster/*.sh; do
	[ "$t" = test/cluster/tap.sh ] && continue
	echo "# $t"
	bash "$t" 2>&1 || echo "not ok - $t exited non-zero"
done >"$out/cluster_tests.out"
