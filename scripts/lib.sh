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
