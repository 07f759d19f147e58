# scripts/lib.sh - shared by demo.sh, test.sh and bench.sh (sourced, not run).

# Run from the repository root whatever the caller's directory.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PG_MAJOR=${PG_MAJOR:-15}
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_MAJOR/bin/pg_config}

# Several work trees on one machine share one PostgreSQL installation: hold
# a lock from `make install` until the tests that load the library are done.
lock_install() {
	exec 9>/tmp/exchange_rates-install.lock
	flock 9
}

# Build and install; -Werror only under CI (users' builds never get it).
build_and_install() {
	local copt=""
	if [ "${CI:-}" = "true" ]; then copt="-Werror"; fi
	make -s PG_CONFIG="$PG_CONFIG" COPT="$copt" all
	make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# Run a command inside a throwaway cluster (Debian's pg_virtualenv).
in_throwaway_cluster() {
	pg_virtualenv -v "$PG_MAJOR" "$@"
}

# The tour: run demo/*.sql in order against the server in the environment,
# in a fresh database exr_demo, and print what each prints (psql echoes
# every query before its result; errors the tour shows on purpose go to the
# same stream).  $1 is the page to load, $2 a later scrape of it.  This is
# `make demo`'s output, and README's tour blocks are its sections
# (scripts/readme.pl), so the session is pinned: no psqlrc, no pager, a
# fixed time zone and DateStyle whatever the machine's.
run_tour() {
	local page next f
	page=$(realpath "$1") || return 1
	next=$(realpath "$2") || return 1
	PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS exr_demo" -c "CREATE DATABASE exr_demo" || return 1
	for f in demo/*.sql; do
		PGOPTIONS="-c TimeZone=Asia/Tashkent -c DateStyle=ISO,YMD -c client_min_messages=warning" \
		psql -X -q -d exr_demo -v ON_ERROR_STOP=1 -v ECHO=queries -P pager=off -P footer=off \
			-v page_file="$page" -v next_file="$next" <"$f" 2>&1 || return 1
	done
}

# Results of a suite's output file, as "PASSED FAILED".
tap_counts() {		# TAP: "ok N" / "not ok N" lines (pgTAP, core, cluster tests)
	[ -f "$1" ] || { echo "0 0"; return; }
	echo "$(grep -cE '^[[:space:]]*ok [0-9]+' "$1" 2>/dev/null) $(grep -cE '^[[:space:]]*not ok [0-9]+' "$1" 2>/dev/null)"
}
regress_counts() {	# pg_regress: 15's "test x ... ok" lines, or 18's TAP lines
	local ok notok
	[ -f "$1" ] || { echo "0 0"; return; }
	read -r ok notok < <(tap_counts "$1")
	echo "$((ok + $(grep -cE '^(test| ) .* \.\.\. ok' "$1" 2>/dev/null))) $((notok + $(grep -cE '^(test| ) .* \.\.\. FAILED' "$1" 2>/dev/null)))"
}
