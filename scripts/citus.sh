#!/usr/bin/env bash
# scripts/citus.sh - `make test-citus`: the extension on a Citus cluster.
# Installs Citus from $SHARED/citus into Debian's PostgreSQL 15 if it is not
# there (the tarball's README: files under /usr), builds and installs the
# extension, starts a coordinator and two workers on loopback ports in a
# throwaway folder (scripts/throwaway.sh: all stopped at exit, also on
# failure), creates the extension on the coordinator only (Citus propagates
# it), loads test/citus/fixture.sql (pages and quotes distributed by page, and
# the same rows in plain tables), then for every line of
# test/citus/aggregates.txt checks the plan (EXPLAIN VERBOSE: the aggregate
# pushed down to the workers, as a partial aggregate or whole) and that the
# answer is identical to the same query on the plain tables.
# Prints TAP and ends with "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib.sh"
source scripts/pg_trees.sh
source scripts/throwaway.sh
source test/cluster/tap.sh
start=$SECONDS
summary() { echo "$((tap_n - tap_failed)) passed, $tap_failed failed"; }

citus_dir=$(shared_path citus)
tarball=$(ls "$citus_dir"/citus-*-pg"$PG_MAJOR"-*.tar.xz 2>/dev/null | sort -V | tail -n 1)
if [ -z "$tarball" ]; then
	echo "SKIP: no Citus build for PostgreSQL $PG_MAJOR in $SHARED/citus"
	echo "0 passed, 0 failed"
	exit 0
fi
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
bin=$("$PG_CONFIG" --bindir)

throwaway_begin
# Every node loads the installed libraries (ours and Citus's) until the end.
lock_tree 9 "$PG_CONFIG"
if [ "$(id -u)" -eq 0 ] && ! tar -dJf "$tarball" -C / >/dev/null 2>&1; then
	tar -xJf "$tarball" -C / --no-same-owner
fi
[ -f "$("$PG_CONFIG" --pkglibdir)/citus.so" ]
ok $? "Citus $(basename "$tarball" | cut -d- -f2) is installed in PostgreSQL $PG_MAJOR"
build_install "$PG_CONFIG" "$THROWAWAY_DIR/build" "$THROWAWAY_DIR/build.log"
rc=$?
ok $rc "the extension builds with -Werror and installs"
[ $rc -eq 0 ] || { cat "$THROWAWAY_DIR/build.log"; summary; exit 1; }

qn() {	# qn NODE psql-arguments...: a query on one node
	local node=$1
	shift
	(throwaway_use "$node" && psql -X -At -v ON_ERROR_STOP=1 "$@")
}

nodes_up=0
for node in coordinator worker1 worker2; do
	throwaway_init "$node" "$bin" &&
		throwaway_set "$node" "shared_preload_libraries = 'citus'" "max_connections = 60" \
			"citus.shard_count = 8" "max_worker_processes = 16" &&
		throwaway_start "$node" &&
		qn "$node" -c "CREATE EXTENSION citus" >/dev/null && nodes_up=$((nodes_up + 1))
done
is "$nodes_up" 3 "a coordinator and two workers start, each with Citus"
qn coordinator -c "SELECT citus_set_coordinator_host('127.0.0.1', $(throwaway_port coordinator))" \
	-c "SELECT citus_add_node('127.0.0.1', $(throwaway_port worker1))" \
	-c "SELECT citus_add_node('127.0.0.1', $(throwaway_port worker2))" >/dev/null
is "$(qn coordinator -c "SELECT count(*) FROM citus_get_active_worker_nodes()" 2>&1)" 2 \
	"the coordinator has two active workers"

qn coordinator -c "CREATE EXTENSION exchange_rates" >/dev/null
ok $? "CREATE EXTENSION exchange_rates on the coordinator"
for node in worker1 worker2; do
	is "$(qn "$node" -c "SELECT extversion FROM pg_extension WHERE extname = 'exchange_rates'" 2>&1)" \
		"$(qn coordinator -c "SELECT extversion FROM pg_extension WHERE extname = 'exchange_rates'")" \
		"Citus propagated the extension to $node"
done
qn coordinator -q -f test/citus/fixture.sql >"$THROWAWAY_DIR/fixture.out" 2>&1
rc=$?
ok $rc "the fixture distributes pages, quotes and page_snapshots by page"
[ $rc -eq 0 ] || sed 's/^/#   /' "$THROWAWAY_DIR/fixture.out"
is "$(qn coordinator -c "SELECT (SELECT count(*) FROM dist.quotes) || ' ' || (SELECT count(*) FROM single.quotes)")" \
	"960 960" "the same 960 quotes, parsed on the workers and on the coordinator"

# ---- one check per line of test/citus/aggregates.txt --------------------------
# The coordinator's part of a plan is what comes before Citus's custom scan;
# the workers' part is the task's "Query:" line and the plan below it.
coordinator_part() { sed -n '/Custom Scan (Citus/q;p' "$1"; }
workers_query() { grep -m 1 'Query: ' "$1" | sed 's/^ *Query: //'; }
workers_plan() { sed -n '/Query: /,$p' "$1"; }
check_plan() {	# check_plan HOW PLAN-FILE: status 0 when the plan is as HOW says
	case $1 in
	partial)
		workers_query "$2" | grep -q 'worker_partial_agg(' &&
			coordinator_part "$2" | grep -q 'coord_combine_agg(' ;;
	full)
		workers_query "$2" | grep -q 'GROUP BY' &&
			workers_plan "$2" | grep -qE 'Aggregate' &&
			! coordinator_part "$2" | grep -qE 'Aggregate|coord_combine_agg' ;;
	*) return 2 ;;
	esac
}
n=0
shown=""
while IFS='|' read -r how query; do
	how=$(echo "$how" | tr -d '[:space:]')
	case $how in '' | \#*) continue ;; esac
	query=$(echo "$query" | sed 's/^ *//; s/ *$//')
	n=$((n + 1))
	plan="$THROWAWAY_DIR/plan-$n.txt"
	PGOPTIONS="$PGOPTIONS -c search_path=dist,public" qn coordinator -c "EXPLAIN (VERBOSE, COSTS OFF) $query" >"$plan" 2>&1
	check_plan "$how" "$plan"
	rc=$?
	ok $rc "$how push-down: $query"
	[ $rc -eq 0 ] || sed 's/^/#   /' "$plan" | head -n 40
	PGOPTIONS="$PGOPTIONS -c search_path=dist,public" qn coordinator -c "$query" >"$THROWAWAY_DIR/dist-$n.out" 2>&1
	PGOPTIONS="$PGOPTIONS -c search_path=single,public" qn coordinator -c "$query" >"$THROWAWAY_DIR/single-$n.out" 2>&1
	is "$(diff "$THROWAWAY_DIR/single-$n.out" "$THROWAWAY_DIR/dist-$n.out" | head -n 10; echo end)" "end" \
		"same answer as on one node ($(wc -l <"$THROWAWAY_DIR/single-$n.out") rows): $query"
	# The first plan of each kind (README's Citus section shows them), or
	# every plan with CITUS_SHOW_PLANS=1.
	if [ $rc -eq 0 ] && { [ -n "${CITUS_SHOW_PLANS:-}" ] || ! echo " $shown " | grep -q " $how "; }; then
		shown="$shown $how"
		echo "# EXPLAIN (VERBOSE, COSTS OFF) $query"
		sed 's/^/#   /' "$plan"
	fi
done <test/citus/aggregates.txt
[ $n -gt 0 ]
ok $? "test/citus/aggregates.txt lists $n checks"

pids=$(for f in "$THROWAWAY_DIR"/*/postmaster.pid; do head -n 1 "$f"; done)
throwaway_end
alive=""
for p in $pids; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
is "$alive" "" "every server is stopped ($(echo $pids | wc -w) servers, $((SECONDS - start)) s)"
echo "1..$tap_n"
summary
[ "$tap_failed" -eq 0 ]
