#!/usr/bin/env bash
# scripts/bench.sh - `make bench`: run test/bench/*.sql in a throwaway cluster.
#
# A benchmark file sets up its data and registers cases with
#   SELECT bench_case('name', $q$ our query $q$, $q$ built-in alternative $q$ [, jit => true]);
# This harness then runs every case's two queries alternately RUNS times each
# (default 5) with psql's \timing, takes the median of each, and prints and
# writes a Markdown table (BENCH_OUT, default test/bench/RESULTS.md).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-5}
OUT=${BENCH_OUT:-test/bench/RESULTS.md}
ONLY=${BENCH_ONLY:-}	# a substring of file names to run only some benchmarks

bash scripts/setup.sh
lock_install
build_and_install

in_throwaway_cluster bash -c '
	set -euo pipefail
	runs=$0; out=$1; only=$2
	psql -X -q -v ON_ERROR_STOP=1 -f test/bench/harness.sql
	for f in test/bench/[0-9]*.sql; do
		case "$f" in *"$only"*) ;; *) continue ;; esac
		echo "bench: setting up $f" >&2
		psql -X -q -v ON_ERROR_STOP=1 -f "$f"
	done

	# One query, timed by the server-side \timing of psql; prints ms.
	time_query() {	# $1 = jit on/off, $2 = query
		psql -X -q -v ON_ERROR_STOP=1 -c "SET jit = $1" -c "\\timing on" -c "$2" \
			| sed -n "s/^Time: \([0-9.]*\) ms.*/\1/p" | tail -n 1
	}
	median() { sort -n | awk "{ a[NR] = \$1 } END { print a[int((NR + 1) / 2)] }"; }

	machine="$(nproc) cores, $(free -g | awk "/Mem:/ { print \$2 }") GiB, $(psql -XAtc "SHOW server_version") , $(date -u +%Y-%m-%d)"
	{
		echo "# Benchmark results"
		echo
		echo "Machine: $machine. Command: \`make bench\` (median of $runs runs each, same cluster, same run)."
		echo
		echo "| case | JIT | ours (ms) | built-in (ms) | built-in / ours |"
		echo "|---|---|---:|---:|---:|"
	} >"$out.tmp"
	psql -X -At -F "|" -c "SELECT id, name, jit FROM bench_cases ORDER BY id" |
	while IFS="|" read -r id name jit; do
		ours_q=$(psql -X -At -c "SELECT ours FROM bench_cases WHERE id = $id")
		base_q=$(psql -X -At -c "SELECT builtin FROM bench_cases WHERE id = $id")
		jitset=off; [ "$jit" = t ] && jitset=on
		: >/tmp/bench_ours; : >/tmp/bench_base
		for i in $(seq "$runs"); do
			time_query "$jitset" "$ours_q" >>/tmp/bench_ours
			time_query "$jitset" "$base_q" >>/tmp/bench_base
		done
		o=$(median </tmp/bench_ours); b=$(median </tmp/bench_base)
		ratio=$(awk -v o="$o" -v b="$b" "BEGIN { printf \"%.2f\", b / o }")
		echo "| $name | $jitset | $o | $b | ${ratio}x |" | tee -a "$out.tmp" >&2
	done
	mv "$out.tmp" "$out"
' "$RUNS" "$OUT" "$ONLY"
cat "$OUT"
