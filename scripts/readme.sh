#!/usr/bin/env bash
# scripts/readme.sh - `make readme`: run the tour (demo/*.sql on the sample
# page, exactly as `make demo` and `make test` do) and rewrite README's tour
# blocks and contents list from it (scripts/readme.pl).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

bash scripts/setup.sh
lock_install
build_and_install

out=$(mktemp)
trap 'rm -f "$out"' EXIT
# The tour's output is written from inside the cluster, so pg_virtualenv's
# own messages stay out of it.
in_throwaway_cluster bash -c 'source scripts/lib.sh && run_tour "$0" "$1" >"$2"' \
	test/fixtures/sample_page.txt test/fixtures/sample_page_next.txt "$out" \
	|| { cat "$out"; echo "readme: make demo failed, README left as it was" >&2; exit 1; }
perl scripts/readme.pl write README.md "$out"
git --no-pager diff --stat -- README.md 2>/dev/null || true
