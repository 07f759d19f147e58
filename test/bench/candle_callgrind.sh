#!/usr/bin/env bash
# test/bench/candle_callgrind.sh - instructions per row of the daily-candle
# queries of test/bench/65_candles.sql, counted by callgrind in a real
# backend (single-user mode), so changes to the transition function can be
# compared to the instruction on a shared machine where wall-clock times
# are not repeatable.  Only the executor's run is counted (planning, start-up
# and catalog look-ups are not), divided by the rows.
#   bash test/bench/candle_callgrind.sh [ROWS]     (default 200000 rows)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
rows=${1:-200000}
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)"; exit 1; }

lock_install
build_and_install
bindir=$("$PG_CONFIG" --bindir)
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
chown postgres "$tmp"
runuser -u postgres -- "$bindir/initdb" -D "$tmp/data" >/dev/null

# One session of single-user mode: one statement per line on stdin.
single() { runuser -u postgres -- "$@" "$bindir/postgres" --single -D "$tmp/data" \
	-c max_parallel_workers_per_gather=0 -c jit=off postgres >/dev/null; }

single <<SQL
CREATE EXTENSION exchange_rates;
CREATE TABLE bench_fx AS SELECT base, at, fxrate(base, 'USD', r) AS rate, r AS rate_n FROM (SELECT (ARRAY['KGS','KZT','TJS','UZS','TMT'])[k]::currency AS base, timestamptz '2022-01-01 00:00Z' + i * interval '2 minutes' AS at, round((ARRAY[0.01144, 0.00194, 0.10844, 0.00008, 0.28571])[k] * (1 + ((i * 7919 + k * 104729) % 2001 - 1000) / 100000.0), 7) AS r FROM generate_series(1::bigint, $rows / 5) AS i, generate_series(1, 5) AS k) x;
VACUUM ANALYZE bench_fx;
SQL

count() {	# count N QUERY: instructions of the executor running QUERY
	echo "$2" | single valgrind --tool=callgrind --toggle-collect=standard_ExecutorRun \
		--callgrind-out-file="$tmp/cg.$1" 2>"$tmp/log.$1"
	sed -n 's/.*Collected : *//p' "$tmp/log.$1"
}
i=0
while IFS='|' read -r name query; do
	i=$((i + 1))
	n=$(count "$i" "$query")
	echo "$name: $(awk -v a="$n" -v n="$rows" 'BEGIN { printf "%.0f", a / n }') instructions per row"
done <<'CASES'
floor (count per pair and day)|SELECT count(n) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), count(rate) AS n FROM bench_fx GROUP BY 1, 2) x;
candle(fxrate, timestamptz) per pair and day|SELECT count(c) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), candle(rate, at) AS c FROM bench_fx GROUP BY 1, 2) x;
SQL: min/max of arrays per pair and day|SELECT count((o, c, h, l, n)) FROM (SELECT base, date_trunc('day', at AT TIME ZONE 'UTC'), min(ARRAY[extract(epoch FROM at), rate_n]) AS o, max(ARRAY[extract(epoch FROM at), rate_n]) AS c, max(ARRAY[rate_n, -extract(epoch FROM at)]) AS h, min(ARRAY[rate_n, extract(epoch FROM at)]) AS l, count(*) AS n FROM bench_fx GROUP BY 1, 2) x;
CASES
