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
