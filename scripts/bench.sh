#!/usr/bin/env bash
# scripts/bench.sh - `make bench`: run test/bench/*.sql in a throwaway cluster.
#
# A benchmark file sets up its data and registers cases with
#   SELECT bench_case('name', $q$ our query $q$, $q$ built-in alternative $q$ [, jit => true]);
# This harness then runs every case's two queries alternately RUNS times each
# (default 5) with psql's \timing, takes the median of each, and prints and
# writes a Markdown table per file (build/bench/) and their union in
# BENCH_OUT (default test/bench/RESULTS.md): a file this run did not run
# (BENCH_ONLY=...) keeps the section BENCH_OUT already has.
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
	runs=$0; only=$1

	# One query, timed by psql'"'"'s \timing; prints ms.
	time_query() {	# $1 = jit on/off, $2 = query
		psql -X -q -v ON_ERROR_STOP=1 -c "SET jit = $1" -c "\\timing on" -c "$2" \
			| sed -n "s/^Time: \([0-9.]*\) ms.*/\1/p" | tail -n 1
	}
	median() { sort -n | awk "{ a[NR] = \$1 } END { print a[int((NR + 1) / 2)] }"; }
	machine="$(nproc) cores, $(free -g | awk "/Mem:/ { print \$2 }") GiB, PostgreSQL $(psql -XAtc "SHOW server_version"), $(date -u +%Y-%m-%d)"

	rm -rf build/bench; mkdir -p build/bench
	for f in test/bench/[0-9]*.sql; do
		case "$f" in *"$only"*) ;; *) continue ;; esac
		name=$(basename "$f" .sql)
		echo "bench: setting up $f" >&2
		# Each file in a database of its own: no name one file uses can
		# collide with another'"'"'s, and the space is given back between files.
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS exr_bench" -c "CREATE DATABASE exr_bench"
		export PGDATABASE=exr_bench
		psql -X -q -v ON_ERROR_STOP=1 -f test/bench/harness.sql -f "$f"
		section="build/bench/$name.md"
		{
			echo "## $name"
			echo
			echo "$machine; median of $runs runs each, alternating."
			echo
			echo "| case | JIT | ours (ms) | built-in (ms) | built-in / ours |"
			echo "|---|---|---:|---:|---:|"
		} >"$section.tmp"
		psql -X -At -F "|" -c "SELECT id, name, jit FROM bench_cases ORDER BY id" >/tmp/bench_cases
		while IFS="|" read -r id case_name jit; do
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
			echo "| $case_name | $jitset | $o | $b | ${ratio}x |" | tee -a "$section.tmp" >&2
		done </tmp/bench_cases
		mv "$section.tmp" "$section"
	done
' "$RUNS" "$ONLY"

# RESULTS.md: one section per benchmark file, this run's where it ran the
# file, else the section RESULTS.md had before (so BENCH_ONLY=... refreshes
# its own section and keeps the others, also on a fresh clone).
old_section() {	# $1 = file name without .sql: its section of $OUT, if any
	[ -f "$OUT" ] || return 0
	awk -v want="## $1" '$0 ~ /^## / { keep = ($0 == want) } keep' "$OUT" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}
{
	echo "# Benchmark results"
	echo
	echo "Command: \`make bench\` (or \`BENCH_ONLY=<file> make bench\` for one file). Each case runs its"
	echo "query and the built-in alternative alternately, RUNS times each (default 5), in one throwaway"
	echo "cluster; the table gives the medians and built-in / ours (above 1: ours is faster)."
	echo
	for f in test/bench/[0-9]*.sql; do
		name=$(basename "$f" .sql)
		if [ -f "build/bench/$name.md" ]; then cat "build/bench/$name.md"; else old_section "$name"; fi
		echo
	done
} >"$OUT.new"
mv "$OUT.new" "$OUT"
cat "$OUT"
