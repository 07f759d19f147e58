# scripts/pg_trees.sh - sourced after lib.sh by versions.sh, upgrade_server.sh
# and citus.sh: which PostgreSQL installations there are, and how to build,
# install and lock each one.
#
# Three kinds of installation ("kind|label|path", one a line, from pg_targets):
#   debian   Debian's servers, /usr/lib/postgresql/N (path: pg_config); their
#            clusters come from pg_virtualenv.
#   tree     a relocatable tree with server binaries (the 18 tree of
#            $SHARED/pg, path: pg_config); clusters come from throwaway.sh.
#   headers  server headers only (17, 19: path: the include/server folder):
#            every glue file is compiled, nothing runs.
# $SHARED/pg's tarballs are unpacked once into PG_TREE_CACHE (outside the
# repository), again only when a tarball changes.

SHARED=${SHARED:-../shared}
PG_TREE_CACHE=${PG_TREE_CACHE:-/var/cache/exchange_rates/pg}

# shared_path SUB: $SHARED/SUB as an absolute path, or nothing when it is not
# there.  A relative SHARED is read from the repository's root: the main
# checkout's, also from a linked work tree (/work/wt/x finds /work/shared as
# /work/main does).
shared_path() {
	local base=.
	if [[ "$SHARED" != /* ]] && base=$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
		base=$(dirname "$base")
	fi
	[[ "$SHARED" == /* ]] && base=/
	[ -d "$base/$SHARED/$1" ] && (cd "$base/$SHARED/$1" && pwd)
}

shared_pg_dir() { shared_path pg; }	# the folder of PostgreSQL tarballs

# The lock of an installation, named after its root folder.  Debian's 15 is
# the one every work tree's make test installs into: it keeps lib.sh's lock.
tree_lock_file() {	# tree_lock_file ROOT
	if [ "$1" = "/usr/lib/postgresql/$PG_MAJOR" ]; then
		echo /tmp/exchange_rates-install.lock
	else
		echo "/tmp/exchange_rates-install$(echo "$1" | tr -c 'A-Za-z0-9_.\n' '-').lock"
	fi
}

tree_root() {	# tree_root PG_CONFIG: the folder above bin/
	dirname "$(dirname "$1")"
}

# Lock an installation on file descriptor FD until it is closed (exec FD>&-).
# Always lock Debian's 15 before any other tree, so two scripts that need
# both cannot deadlock.
lock_tree() {	# lock_tree FD PG_CONFIG
	eval "exec $1>\"\$(tree_lock_file \"\$(tree_root \"\$2\")\")\""
	flock "$1"
}

# Unpack TARBALL into the cache (under the tree's lock) and print the folder.
tree_unpack() {	# tree_unpack TARBALL
	local tarball=$1 top dir want tmp
	top=$(tar -tJf "$tarball" 2>/dev/null | head -n 1)
	top=${top%%/*}
	[ -n "$top" ] || return 1
	dir=$PG_TREE_CACHE/$top
	want="$(basename "$tarball") $(sha256sum <"$tarball" | cut -d' ' -f1)"
	mkdir -p "$PG_TREE_CACHE" || return 1
	(
		flock 8
		[ "$(cat "$dir/.exr-unpacked" 2>/dev/null)" = "$want" ] && exit 0
		tmp=$(mktemp -d "$PG_TREE_CACHE/.unpack.XXXXXX") || exit 1
		if ! tar -xJf "$tarball" -C "$tmp" || [ ! -d "$tmp/$top" ]; then
			rm -rf "$tmp"
			exit 1
		fi
		echo "$want" >"$tmp/$top/.exr-unpacked"
		rm -rf "$dir" && mv "$tmp/$top" "$dir" && rmdir "$tmp"
	) 8>"$(tree_lock_file "$dir")" || return 1
	echo "$dir"
}

pg_config_label() {	# pg_config_label PG_CONFIG: "18.6", "15.20"
	"$1" --version | awk '{print $2}'
}

pg_config_major() {	# pg_config_major PG_CONFIG: 18, 15
	"$1" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/'
}

headers_label() {	# headers_label SERVER_INCLUDE_DIR: "19rc1"
	sed -n 's/^#define PG_VERSION "\([^ "]*\).*/\1/p' "$1/pg_config.h"
}

headers_version_num() {	# headers_version_num SERVER_INCLUDE_DIR: 190000
	sed -n 's/^#define PG_VERSION_NUM \([0-9]*\)/\1/p' "$1/pg_config.h"
}

# Every installation to test, "kind|label|path" one a line.  PG_CONFIGS=
# (pg_config paths, space-separated) replaces the search.
pg_targets() {
	local pgc shared tarball dir
	if [ -n "${PG_CONFIGS:-}" ]; then
		for pgc in $PG_CONFIGS; do
			if [[ "$pgc" == /usr/lib/postgresql/*/bin/pg_config ]]; then
				echo "debian|$(pg_config_label "$pgc") Debian|$pgc"
			else
				echo "tree|$(pg_config_label "$pgc") PG_CONFIGS|$pgc"
			fi
		done
		return
	fi
	for pgc in /usr/lib/postgresql/*/bin/pg_config; do
		[ -x "$pgc" ] && [ -x "$(dirname "$pgc")/postgres" ] || continue
		echo "debian|$(pg_config_label "$pgc") Debian|$pgc"
	done
	shared=$(shared_pg_dir) || return 0
	for tarball in "$shared"/*.tar.xz; do
		[ -f "$tarball" ] || continue
		if ! dir=$(tree_unpack "$tarball"); then
			echo "broken|$(basename "$tarball")|cannot unpack into $PG_TREE_CACHE"
		elif [ -x "$dir/bin/pg_config" ]; then
			echo "tree|$(pg_config_label "$dir/bin/pg_config") shared/pg|$dir/bin/pg_config"
		elif [ -f "$dir/server/pg_config.h" ]; then
			echo "headers|$(headers_label "$dir/server") headers|$dir/server"
		fi
	done
}

# Copy the work tree as it is (tracked and new files, no build outputs) into
# DEST, so each PostgreSQL builds in a folder of its own.
source_copy() {	# source_copy DEST
	mkdir -p "$1" || return 1
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -z --cached --others --exclude-standard |
			tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$1"
	else	# an unpacked release: everything but build outputs
		tar --exclude='*.o' --exclude='*.so' --exclude='*.bc' --exclude=./build --exclude=./test/out \
			-cf - . | tar -xf - -C "$1"
	fi
}

# Build with -Werror in a copy of the source and install into PG_CONFIG's
# installation (the caller holds its lock).  Our own files are removed first,
# so a file the work tree no longer has does not linger in a cached tree.
build_install() {	# build_install PG_CONFIG BUILD_DIR LOG
	local pgc=$1 dir=$2 log=$3
	source_copy "$dir" || return 1
	make -C "$dir" -s PG_CONFIG="$pgc" COPT=-Werror all >"$log" 2>&1 || return 1
	if [[ "$pgc" != /usr/lib/postgresql/*/bin/pg_config ]]; then
		rm -f "$("$pgc" --pkglibdir)/exchange_rates.so" \
			"$("$pgc" --sharedir)"/extension/exchange_rates[-.]*
	fi
	make -C "$dir" -s PG_CONFIG="$pgc" install >>"$log" 2>&1
}

# pgTAP is SQL only: a tree without it gets the files of Debian's package.
install_pgtap() {	# install_pgtap PG_CONFIG
	local ext from
	ext="$("$1" --sharedir)/extension"
	[ -f "$ext/pgtap.control" ] && return 0
	from=$(ls -d /usr/share/postgresql/*/extension/pgtap.control 2>/dev/null | sort -V | tail -n 1)
	[ -n "$from" ] || return 1
	cp "$(dirname "$from")"/pgtap[-.]* "$(dirname "$from")"/uninstall_pgtap.sql "$ext/"
}
