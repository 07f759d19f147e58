#!/usr/bin/env bash
# scripts/dist.sh - `make dist`: the PGXN release zip NAME-VERSION.zip (name
# and version from META.json), made by `git archive` of HEAD as pgxn-bundle
# makes it: exactly the committed files under NAME-VERSION/, never a build
# output or an untracked file.  Prints the zip's path.
#   scripts/dist.sh [OUTDIR]      (default: the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

meta() { perl -MJSON::PP -0777 -ne "print decode_json(\$_)->{$1}" META.json; }
name=$(meta name)
version=$(meta version)
out=${1:-.}

if ! git rev-parse --verify -q HEAD >/dev/null; then
	echo "dist: not a git checkout: the zip is made with git archive" >&2
	exit 1
fi
if ! git diff --quiet HEAD --; then
	echo "dist: note: uncommitted changes are not in the zip (it is made from HEAD)" >&2
fi
git archive --format=zip --prefix="$name-$version/" --output="$out/$name-$version.zip" HEAD
echo "$out/$name-$version.zip"
