#!/usr/bin/env bash
# scripts/load.sh - `make load`: the figures of README's Reliability section.
#   1. pgbench: 8 clients for LOAD_SECONDS (default 60) running
#      test/load/mixed.pgbench against one table; reports tps and errors.
#   2. memory: the backend's peak RSS (VmHWM) for snapshot_agg over 2M and
#      20M rows and money_mentions over 5 MB and 50 MB of text; flat means
#      no per-row leak.  shared_buffers is 16MB so shared pages do not hide
#      private memory.
# Writes test/load/RESULTS.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SECONDS_RUN=${LOAD_SECONDS:-60}
MEM_SIZES=${MEM_SIZES:-"2000000:5 20000000:50"}	# rows:MB pairs
OUT=test/load/RESULTS.md

bash scripts/setup.sh
lock_install
build_and_install

in_throwaway_cluster -o shared_buffers=16MB bash -c '
	set -euo pipefail
	secs=$0; out=$1; sizes=$2
	export PGOPTIONS="-c client_min_messages=warning"
	psql -X -q -v ON_ERROR_STOP=1 -v page_file=test/fixtures/sample_page.txt -f test/load/setup.sql
	pgbench -n -c 8 -j 2 -T "$secs" -f test/load/mixed.pgbench >/tmp/exr_pgbench.out 2>&1 || true
	cat /tmp/exr_pgbench.out
	tps=$(sed -n "s/^tps = \([0-9.]*\).*/\1/p" /tmp/exr_pgbench.out | tail -n 1)
	done_tx=$(sed -n "s/^number of transactions actually processed: \([0-9]*\).*/\1/p" /tmp/exr_pgbench.out)
	failed_tx=$(sed -n "s/^number of failed transactions: \([0-9]*\).*/\1/p" /tmp/exr_pgbench.out)
	errors=$(grep -c "ERROR\|aborted" /tmp/exr_pgbench.out || true)

	probe() {	# probe ROWS MB QUERY -> peak MB of a fresh backend running QUERY
		psql -X -q -At -v ON_ERROR_STOP=1 -v query="$3" -f test/load/memory_probe.sql | tail -n 1
	}
	mem_rows=""
	for rows_mb in $sizes; do
		set -- ${rows_mb/:/ }
		psql -X -q -v ON_ERROR_STOP=1 -v rows="$1" -v mb="$2" -f test/load/memory.sql
		a=$(probe "$1" "$2" "SELECT snapshot_agg(quote) FROM mem_quotes")
		b=$(probe "$1" "$2" "SELECT snapshot_agg(quote, pos) FROM mem_quotes")
		c=$(probe "$1" "$2" "SELECT m.* FROM mem_text, money_mentions(body) AS m")
		d=$(probe "$1" "$2" "SELECT 1")
		mem_rows="$mem_rows| $1 rows / $2 MB | $d | $a | $b | $c |
"
	done
	{
		echo "# Load and memory results"
		echo
		echo "Machine: $(nproc) cores, $(free -g | awk "/Mem:/ { print \$2 }") GiB, PostgreSQL $(psql -XAtc "SHOW server_version"), $(date -u +%Y-%m-%d). Command: \`make load\`."
		echo
		echo "## pgbench: 8 clients, $secs s, test/load/mixed.pgbench"
		echo
		echo "| tps | transactions | failed transactions | errors in output |"
		echo "|---:|---:|---:|---:|"
		echo "| $tps | $done_tx | ${failed_tx:-0} | $errors |"
		echo
		echo "## Peak backend memory (VmHWM, MB; shared_buffers = 16MB)"
		echo
		echo "| input | idle backend | snapshot_agg(quote) | snapshot_agg(quote, pos) | money_mentions(body) |"
		echo "|---|---:|---:|---:|---:|"
		printf "%s" "$mem_rows"
	} >"$out"
' "$SECONDS_RUN" "$OUT" "$MEM_SIZES"
cat "$OUT"
