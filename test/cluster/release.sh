#!/usr/bin/env bash
# test/cluster/release.sh - released install scripts never change.
#
# A user who installed 1.0 has exactly what sql/exchange_rates--1.0.sql
# made; a dump of their database restores against that script, and the
# upgrade scripts start from it.  So once a version is released its install
# script is frozen byte for byte: every later change goes into sql/parts/
# (a fresh install of the current version) and an upgrade script.
set -u
source "$(dirname "$0")/tap.sh"
cd "$(dirname "$0")/../.."

# version  sha256 of sql/exchange_rates--VERSION.sql as released
released="
1.0 e1f209b35590474148df6b1b9ba835eb2bae982e99aede737d36f087c1bcdf79
"

current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" exchange_rates.control)
while read -r version sum; do
	[ -n "$version" ] || continue
	script=sql/exchange_rates--$version.sql
	is "$(sha256sum "$script" 2>/dev/null | cut -d' ' -f1)" "$sum" \
		"released install script $script is unchanged"
	if git rev-parse --git-dir >/dev/null 2>&1; then
		is "$(git ls-files --error-unmatch "$script" 2>/dev/null)" "$script" \
			"$script is committed, not generated"
	else
		tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP not a git checkout"
	fi
	if [ "$version" != "$current" ]; then
		[ -f "sql/exchange_rates--$version--$current.sql" ]
		ok $? "an upgrade script leads from $version to the current $current"
	fi
done <<<"$released"
done_testing
