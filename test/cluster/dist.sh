#!/usr/bin/env bash
# test/cluster/dist.sh - `make dist` (scripts/dist.sh) makes NAME-VERSION.zip
# with every committed file under NAME-VERSION/ and nothing else: no build
# output, no untracked file, even when the work tree has them.  (make deb
# builds its package from this zip, which shows the zip builds.)
set -u
source "$(dirname "$0")/tap.sh"
cd "$(dirname "$0")/../.."

if ! git rev-parse --verify -q HEAD >/dev/null 2>&1; then
	echo "ok 1 # SKIP not a git checkout: make dist needs git archive"
	echo "1..1"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# An untracked file in the work tree must stay out of the zip.
stray=test/cluster/dist_stray_$$.tmp
touch "$stray"
zip=$(bash scripts/dist.sh "$tmp" 2>/dev/null)
ok $? "make dist succeeds"
rm -f "$stray"
version=$(perl -MJSON::PP -0777 -ne 'print decode_json($_)->{version}' META.json)
is "$(basename "$zip")" "exchange_rates-$version.zip" "the zip is named after META.json's name and version"

# The zip's file names, read with Perl's own unzip (no unzip tool needed).
perl -MIO::Uncompress::Unzip=\$UnzipError -e '
	my $u = IO::Uncompress::Unzip->new($ARGV[0]) or die "$UnzipError\n";
	for (my $s = 1; $s > 0; $s = $u->nextStream) { print $u->getHeaderInfo->{Name}, "\n" }
' "$zip" >"$tmp/entries" 2>"$tmp/unzip.err"
ok $? "the zip reads back ($(wc -l <"$tmp/entries") entries)"
is "$(grep -v "^exchange_rates-$version/" "$tmp/entries" | head -n 5)" "" "every entry is under exchange_rates-$version/"
sed -n "s|^exchange_rates-$version/||p" "$tmp/entries" | grep -v '/$' | grep -v '^$' | sort >"$tmp/files"
git ls-tree -r --name-only HEAD | sort >"$tmp/committed"
is "$(diff "$tmp/committed" "$tmp/files" | head -n 10; echo end)" "end" \
	"the zip holds exactly the committed files ($(wc -l <"$tmp/committed"))"
is "$(grep -E '\.(o|so|bc|a)$|^build/|^test/out/|^results/|regression\.(diffs|out)$|^sql/exchange_rates--[0-9.]+\.sql$' "$tmp/files" | grep -v '^sql/exchange_rates--1\.0\.sql$' | head -n 5)" "" \
	"no build output is in the zip (the generated install script of $(sed -n "s/^default_version *= *'\(.*\)'/\1/p" exchange_rates.control) neither)"
is "$(grep -c -x -E 'META.json|LICENSE|exchange_rates.control|Makefile|sql/exchange_rates--1\.0\.sql|sql/exchange_rates--1\.0--1\.1\.sql|debian/control\.in' "$tmp/files")" "7" \
	"the zip has META.json, LICENSE, the control file, Makefile, the released and upgrade scripts, debian/"
is "$(grep -c "dist_stray_" "$tmp/files")" "0" "an untracked file of the work tree is not in the zip"

done_testing
