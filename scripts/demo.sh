#!/usr/bin/env bash
# scripts/demo.sh - `make demo [PAGE=file]`: set up, build, install, start a
# throwaway cluster, load a page (the bundled sample unless PAGE is given)
# and run the tour in demo/*.sql against it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

page=${1:-test/fixtures/sample_page.txt}
second=test/fixtures/sample_page_next.txt	# a later scrape, for diffs
if [ ! -r "$page" ]; then
	echo "demo: cannot read page \"$page\"" >&2
	exit 1
fi
[ -r "$second" ] || second=$page

bash scripts/setup.sh
lock_install
build_and_install

# The page's text goes to demo/00_load.sql as :'page_file' and :'next_file'.
in_throwaway_cluster bash -c 'source scripts/lib.sh && run_tour "$0" "$1"' "$page" "$second"
