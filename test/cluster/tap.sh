# test/cluster/tap.sh - sourced by the cluster tests: tiny TAP helpers.
# The cluster tests run inside `make test`'s throwaway cluster (PGHOST,
# PGPORT, PGUSER set by pg_virtualenv) and print TAP lines.
tap_n=0
tap_failed=0
ok() {		# ok CONDITION-EXIT-CODE DESCRIPTION
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $tap_n - $2"; else echo "not ok $tap_n - $2"; tap_failed=$((tap_failed + 1)); fi
}
is() {		# is GOT WANT DESCRIPTION
	tap_n=$((tap_n + 1))
	if [ "$1" = "$2" ]; then echo "ok $tap_n - $3"
	else
		echo "not ok $tap_n - $3"; tap_failed=$((tap_failed + 1))
		printf '#   got:  %s\n#   want: %s\n' "$1" "$2" | head -n 20
	fi
}
done_testing() { echo "1..$tap_n"; [ $tap_failed -eq 0 ]; }
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
q() { psql -X -At -v ON_ERROR_STOP=1 "$@"; }	# quiet psql
