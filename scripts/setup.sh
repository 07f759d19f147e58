#!/usr/bin/env bash
# scripts/setup.sh - install what `make demo`, `make test` and `make bench`
# need on Debian 12, from Debian's own packages only.  Idempotent: installs
# only what is missing, and runs `apt-get update` at most once.  Arguments
# are more packages to install the same way.
set -euo pipefail

PG_MAJOR=${PG_MAJOR:-15}
packages=(
	"postgresql-$PG_MAJOR"               # the server pg_virtualenv starts
	"postgresql-server-dev-$PG_MAJOR"    # pg_config, PGXS, server headers
	"postgresql-$PG_MAJOR-pgtap"         # pgTAP, for the catalog-contract tests
	libtap-parser-sourcehandler-pgtap-perl  # pg_prove
	postgresql-common                    # pg_virtualenv
	clang libclang-rt-14-dev             # libFuzzer, ASan, UBSan for the fuzz targets
	make gcc perl
	xz-utils                             # unpacking ../shared's trees (test-versions, test-citus)
	"$@"                                 # what the caller needs besides (scripts/deb.sh)
)
missing=()
for p in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "setup: missing packages: ${missing[*]}" >&2
	echo "setup: run as root, or: sudo apt-get install ${missing[*]}" >&2
	exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
