#!/usr/bin/env bash
# scripts/versions.sh - `make test-versions`: the extension on every
# PostgreSQL this machine has (scripts/pg_trees.sh finds them: Debian's under
# /usr/lib/postgresql, the trees of $SHARED/pg, or PG_CONFIGS=).
#   - a server (Debian's 15, the 18 tree): build with -Werror in a copy of the
#     work tree, install into it (holding its lock), start a throwaway cluster
#     (pg_virtualenv for Debian's, initdb/pg_ctl for a tree) and run all of
#     pg_regress, pgTAP and the cluster tests (scripts/suites.sh);
#   - server headers only (17, 19): compile every glue file with -Werror and
#     the flags PGXS would pass (below);
#   - then the server upgrade test (scripts/upgrade_server.sh) when there is
#     Debian's 15 and a newer tree with pg_upgrade.
# Prints a table (version | build | regress | pgTAP | cluster | time) and
# ends with "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib.sh"
source scripts/pg_trees.sh
source scripts/throwaway.sh

bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
throwaway_begin

passed=0
failed=0
rows=()
row() {	# row VERSION BUILD REGRESS PGTAP CLUSTER SECONDS
	rows+=("$(printf '%-20s | %-28s | %-9s | %-9s | %-9s | %4ss' "$@")")
}
add() {	# add PASSED FAILED
	passed=$((passed + $1))
	failed=$((failed + $2))
}
# Add a suite's results and set $result to "ok/total", counting a suite that
# died without a "not ok" line (RC-FILE not 0) or printed nothing as a failure.
suite() {	# suite NAME COUNTS-FUNCTION OUT RC-FILE
	local ok notok
	read -r ok notok < <($2 "$3")
	if [ -n "$4" ] && [ "$(cat "$4" 2>/dev/null)" != "0" ] && [ "$notok" -eq 0 ]; then notok=1; fi
	if [ "$notok" -gt 0 ] || [ $((ok + notok)) -eq 0 ]; then
		echo "== $1 failures ($3)" >&2
		grep -E '^[[:space:]]*not ok|FAILED|^#.*(got|want|Failed)' "$3" 2>/dev/null | head -n 30 >&2
		[ $((ok + notok)) -eq 0 ] && notok=1
	fi
	add "$ok" "$notok"
	result="$ok/$((ok + notok))"
}

# ---- a server: build, install, cluster, suites -------------------------
run_server() {	# run_server KIND LABEL PG_CONFIG N
	local kind=$1 label=$2 pgc=$3 n=$4 start=$SECONDS
	local dir="$THROWAWAY_DIR/build-$n" out="$THROWAWAY_DIR/out-$n" major
	major=$(pg_config_major "$pgc")
	mkdir -p "$out"
	lock_tree 9 "$pgc"
	if ! build_install "$pgc" "$dir" "$out/build.log"; then
		exec 9>&-
		echo "== $label: build failed" >&2
		grep -E 'error|warning' "$out/build.log" | head -n 30 >&2
		add 0 1
		row "$label" "FAILED (-Werror)" "not run" "not run" "not run" $((SECONDS - start))
		return
	fi
	add 1 0
	install_pgtap "$pgc" || echo "== $label: no pgTAP files to install (postgresql-$PG_MAJOR-pgtap missing)" >&2
	if [ "$kind" = debian ]; then
		(cd "$dir" && PG_CONFIG=$pgc pg_virtualenv -t -v "$major" bash scripts/suites.sh "$out") >"$out/cluster.log" 2>&1
	else
		if throwaway_init "pg$n" "$("$pgc" --bindir)" && throwaway_start "pg$n"; then
			(cd "$dir" && throwaway_use "pg$n" && PG_CONFIG=$pgc bash scripts/suites.sh "$out") >"$out/cluster.log" 2>&1
			throwaway_stop "pg$n"
		fi
	fi
	exec 9>&-
	[ -f "$out/regress.rc" ] || { echo "== $label: the cluster did not start" >&2; cat "$out/cluster.log" >&2; }
	[ -f "$out/regression.diffs" ] && head -n 60 "$out/regression.diffs" >&2
	local regress pgtap cluster
	suite "$label pg_regress" regress_counts "$out/regress.out" "$out/regress.rc"
	regress=$result
	suite "$label pgTAP" tap_counts "$out/pgtap.out" "$out/pgtap.rc"
	pgtap=$result
	suite "$label cluster tests" tap_counts "$out/cluster_tests.out" ""
	cluster=$result
	row "$label" "ok (-Werror)" "$regress" "$pgtap" "$cluster" $((SECONDS - start))
}

# ---- server headers only: compile every glue file ------------------------
# The flags are those PGXS passes to an extension's objects: the server's
# CFLAGS (the warnings PostgreSQL's configure picks for gcc, then the CFLAGS
# the headers were configured with, recorded in pg_config.h), -fPIC and
# -fvisibility=hidden (CFLAGS_SL, CFLAGS_SL_MODULE), the project's PG_CFLAGS,
# -D_GNU_SOURCE and the configured CPPFLAGS, the project's PG_CPPFLAGS and
# -I for the headers.  The C standard is the oldest the server accepts:
# C99 up to 18, C11 from 19, so the glue relies on nothing newer.
PG_WARNINGS="-Wall -Wmissing-prototypes -Wpointer-arith -Wdeclaration-after-statement -Werror=vla
	-Wendif-labels -Wmissing-format-attribute -Wimplicit-fallthrough=3 -Wcast-function-type
	-Wshadow=compatible-local -Wformat-security -fno-strict-aliasing -fwrapv -fexcess-precision=standard
	-Wno-format-truncation -Wno-stringop-truncation"
configured() {	# configured VAR INCLUDE_DIR: VAR= as given to the server's configure
	grep '^#define CONFIGURE_ARGS' "$2/pg_config.h" | grep -o "'$1=[^']*'" | sed "s/^'$1=//; s/'\$//"
}

run_headers() {	# run_headers LABEL INCLUDE_DIR
	local label=$1 inc=$2 start=$SECONDS std=gnu99 f ok=0 bad=0 cflags cppflags log
	[ "$(headers_version_num "$inc")" -ge 190000 ] && std=gnu11
	cflags="-std=$std $PG_WARNINGS $(configured CFLAGS "$inc") -fPIC -fvisibility=hidden"
	cppflags="-I. -I$inc -D_GNU_SOURCE $(configured CPPFLAGS "$inc")"
	log="$THROWAWAY_DIR/headers-$label.log"
	for f in src/*.c; do
		# shellcheck disable=SC2086
		if ${CC:-gcc} $cflags "${project_flags[@]}" -Werror $cppflags -c -o /dev/null "$f" >"$log" 2>&1; then
			ok=$((ok + 1))
		else
			bad=$((bad + 1))
			echo "== $label: $f does not compile:" >&2
			grep -E 'error:' "$log" | sed -E 's/^[^ ]*: error: /    /' | sort -u | head -n 6 >&2
		fi
	done
	add "$ok" "$bad"
	if [ "$bad" -eq 0 ]; then f="compiles $ok/$ok"; else f="FAILED $bad of $((ok + bad))"; fi
	row "$label" "$f (-std=$std)" "-" "-" "-" $((SECONDS - start))
}

# ---- every installation ---------------------------------------------------
# The project's PG_CFLAGS and PG_CPPFLAGS, as PGXS expands them.
mapfile -t project_flags < <(make -s --no-print-directory PG_CONFIG="$PG_CONFIG" print-glue-flags)
n=0
have_debian15=""
upgrade_target=""
mapfile -t targets < <(pg_targets)
for target in "${targets[@]}"; do
	IFS='|' read -r kind label path <<<"$target"
	n=$((n + 1))
	case $kind in
	debian | tree)
		run_server "$kind" "$label" "$path" "$n"
		[ "$kind" = debian ] && [ "$(pg_config_major "$path")" = "$PG_MAJOR" ] && have_debian15=$path
		if [ "$kind" = tree ] && [ -x "$("$path" --bindir)/pg_upgrade" ] &&
			[ "$(pg_config_major "$path")" -gt "$PG_MAJOR" ]; then upgrade_target=$path; fi
		;;
	headers) run_headers "$label" "$path" ;;
	broken) add 0 1; row "$label" "FAILED: $path" "-" "-" "-" 0 ;;
	esac
done
if [ -z "$(shared_pg_dir)" ] && [ -z "${PG_CONFIGS:-}" ]; then
	row "17, 18, 19" "SKIP: no $SHARED/pg" "-" "-" "-" 0
fi

# ---- the server upgrade (its own clusters, builds and locks) ----------------
upgrade_line="server upgrade: SKIP (needs Debian's $PG_MAJOR and a newer tree with pg_upgrade: $SHARED/pg)"
if [ -n "$have_debian15" ] && [ -n "$upgrade_target" ]; then
	start=$SECONDS
	PG_NEW_CONFIG=$upgrade_target bash scripts/upgrade_server.sh >"$THROWAWAY_DIR/upgrade.tap" 2>&1
	echo $? >"$THROWAWAY_DIR/upgrade.rc"
	cat "$THROWAWAY_DIR/upgrade.tap"
	suite "server upgrade" tap_counts "$THROWAWAY_DIR/upgrade.tap" "$THROWAWAY_DIR/upgrade.rc"
	upgrade_line="server upgrade $(pg_config_label "$have_debian15") -> $(pg_config_label "$upgrade_target"): $result ($((SECONDS - start)) s)"
fi

echo
printf '%-20s | %-28s | %-9s | %-9s | %-9s | %s\n' version build regress pgTAP cluster time
printf '%s\n' "${rows[@]}"
echo "$upgrade_line"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
