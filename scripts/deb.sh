#!/usr/bin/env bash
# scripts/deb.sh - the Debian package (debian/, built by pg_buildext).
#
#   deb.sh build   `make deb`: postgresql-15-exchange-rates (one package per
#                  PostgreSQL version Debian supports here), built with
#                  dpkg-buildpackage from the `make dist` zip unpacked in a
#                  temporary directory: exactly the committed files, never a
#                  build output or an untracked file of the work tree.  The
#                  build runs the pg_regress suite against the package's own
#                  files (dh_pgxs_test).  The .deb lands in build/deb/.
#   deb.sh test    `make test-deb`: on this machine, holding the install lock
#                  the whole time, take away what `make install` put in place,
#                  `apt-get install ./build/deb/...deb`, let a database owner
#                  without superuser CREATE EXTENSION and query it, run the
#                  package's autopkgtest (debian/tests/installcheck), remove
#                  the package and whatever it pulled in, and put back what
#                  make install had put there, byte for byte.  TAP, then
#                  "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib.sh"

build_packages=(debhelper postgresql-all dpkg-dev unzip)
tmp=$(mktemp -d /tmp/exr-deb.XXXXXX)
chmod 755 "$tmp"

unpack_dist() {	# the dist zip unpacked in $tmp; prints the source directory
	local zip
	zip=$(bash scripts/dist.sh "$tmp") || return 1
	(cd "$tmp" && unzip -q -o "$zip") || return 1
	echo "$tmp/$(basename "$zip" .zip)"
}

deb_build() {
	trap 'rm -rf "$tmp"' EXIT
	bash scripts/setup.sh "${build_packages[@]}" || return 1
	local src log="$tmp/build.log"
	src=$(unpack_dist) || return 1
	echo "deb: building in $src"
	# PG_UPDATECONTROL: debian/control follows debian/control.in and the
	# PostgreSQL versions this machine supports.
	if ! (cd "$src" && PG_UPDATECONTROL=yes dpkg-buildpackage -b -us -uc) >"$log" 2>&1; then
		tail -n 60 "$log"
		echo "deb: dpkg-buildpackage failed (the last 60 lines of its log are above)"
		return 1
	fi
	grep -E '^(test |ok |not ok |# All |.* tests passed)' "$log" | tail -n 3
	mkdir -p build/deb
	rm -f build/deb/*.deb
	cp "$tmp"/*.deb build/deb/ || return 1
	for deb in build/deb/*.deb; do
		echo "deb: $deb ($(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version), $(dpkg-deb -c "$deb" | grep -vc '/$') files)"
	done
}

# ---- test ------------------------------------------------------------------

source test/cluster/tap.sh
pkg=""
backup=""			# tar of what make install had put in place
restored=1
pkgs_before="$tmp/packages.before"
paths=()			# what make install had put in place

# What `make install` puts in place for this PostgreSQL (the package ships
# the same paths): the control file and scripts, the library, its bitcode.
installed_paths() {
	local share lib
	share=$("$PG_CONFIG" --sharedir)/extension
	lib=$("$PG_CONFIG" --pkglibdir)
	ls -d "$share"/exchange_rates.control "$share"/exchange_rates--*.sql "$lib"/exchange_rates.so \
		"$lib"/bitcode/exchange_rates "$lib"/bitcode/exchange_rates.index.bc 2>/dev/null
}
checksums() { find "$@" -type f -print0 2>/dev/null | sort -z | xargs -0 -r sha256sum; }
installed_packages() { dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" { print $2 }' | sort; }

# Leave the machine as it was: the package (and what it pulled in) gone,
# make install's files back.  Runs at exit, also after a failure.
deb_cleanup() {
	if [ -n "$pkg" ] && dpkg-query -W -f '${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii'; then
		apt-get purge -y -qq "$pkg" >/dev/null 2>&1
	fi
	if [ -f "$pkgs_before" ]; then
		local pulled
		pulled=$(comm -13 "$pkgs_before" <(installed_packages))
		# shellcheck disable=SC2086
		[ -n "$pulled" ] && apt-get purge -y -qq $pulled >/dev/null 2>&1
	fi
	if [ "$restored" -eq 0 ] && [ -n "$backup" ]; then
		tar -C / -xpf "$backup" && restored=1
		if checksums "${paths[@]}" | cmp -s "$tmp/make_install.sums" -; then
			echo "# cleanup: put back what make install had put in place"
		else
			echo "# cleanup: could not put back make install's files: run make install" >&2
		fi
	fi
	rm -rf "$tmp"
}

deb_test() {
	trap deb_cleanup EXIT
	local deb
	deb=$(ls build/deb/postgresql-"$PG_MAJOR"-exchange-rates_*.deb 2>/dev/null | tail -n 1)
	if [ -z "$deb" ]; then
		echo "not ok 1 - a package in build/deb/ (run make deb first)"; echo "0 passed, 1 failed"; return 1
	fi
	pkg=$(dpkg-deb -f "$deb" Package)
	bash scripts/setup.sh "${build_packages[@]}" >/dev/null || return 1
	lock_install
	echo "# $deb"

	dpkg-query -W -f '${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii'
	if [ $? -eq 0 ]; then
		pkg=""		# not ours to remove
		ok 1 "$deb: the package is not installed yet (it is: remove it first)"
		done_testing; return 1
	fi
	ok 0 "$pkg is not installed yet"

	# 1. Take away what make install put in place.
	mapfile -t paths < <(installed_paths)
	checksums "${paths[@]}" >"$tmp/make_install.sums"
	backup=$tmp/make_install.tar
	if [ ${#paths[@]} -gt 0 ]; then
		tar -C / -cpf "$backup" "${paths[@]#/}" && restored=0 && rm -rf "${paths[@]}"
		ok $? "took away what make install had put in place ($(wc -l <"$tmp/make_install.sums") files)"
	else
		backup=""
		ok 0 "nothing of make install's was in place"
	fi
	is "$(installed_paths)" "" "no file of the extension is left in the PostgreSQL tree"

	# 2. Install the package.
	installed_packages >"$pkgs_before"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >"$tmp/apt.log" 2>&1
	ok $? "apt-get install ./$deb"
	[ $tap_failed -eq 0 ] || sed 's/^/# /' "$tmp/apt.log" | tail -n 20
	is "$(dpkg -S "$("$PG_CONFIG" --pkglibdir)/exchange_rates.so" 2>/dev/null | cut -d: -f1)" "$pkg" \
		"the library in place is the package's"
	is "$(dpkg -L "$pkg" | grep -c -E '/extension/exchange_rates(\.control|--.*\.sql)$')" \
		"$(git ls-files 'sql/exchange_rates--*.sql' | wc -l | awk '{ print $1 + 2 }')" \
		"the package ships the control file and every install and upgrade script"

	# 3. A database owner without superuser creates the extension and uses it.
	local pw=${PGPASSWORD:-exr}
	cat >"$tmp/owner.sh" <<EOF
set -e
psql -X -q -d postgres -c "CREATE ROLE exr_deb_owner LOGIN NOSUPERUSER NOCREATEDB PASSWORD '$pw'" \
	-c "CREATE DATABASE exr_deb OWNER exr_deb_owner"
PGPASSWORD='$pw' psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -U exr_deb_owner -d exr_deb -o "$tmp/owner.out" \
	-c "SET client_min_messages = warning" \
	-c "CREATE SCHEMA fx" -c "CREATE EXTENSION exchange_rates SCHEMA fx" \
	-c "SELECT extversion || ' ' || (SELECT rolsuper::text FROM pg_roles WHERE oid = extowner)
		FROM pg_extension WHERE extname = 'exchange_rates'" \
	-c "SELECT fx.snapshot_agg(quote, line_no) FROM fx.parse_ticker(E'  • KGS/USD = 0.01144 0%\n  • KZT/USD = 0.00194 -0%\n  • KGS/USD = 0.01144 0%')" \
	-c "SELECT '70000 KZT'::fx.fxamount OPERATOR(fx.*) 'KZT/USD 0.00194'::fx.fxrate"
EOF
	pg_virtualenv -v "$PG_MAJOR" bash "$tmp/owner.sh" >"$tmp/owner.err" 2>&1
	is "$(cat "$tmp/owner.out" 2>/dev/null)" \
		"$(printf '%s\n' "$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" exchange_rates.control) false" \
			"{KGS/USD = 0.01144 0% x2 #1..3; KZT/USD = 0.00194 -0% x1 #2}" "135.8 USD")" \
		"a database owner without superuser creates the installed extension in a schema of its own and uses it"
	[ $tap_failed -eq 0 ] || grep -v ' LOG: ' "$tmp/owner.err" | sed 's/^/# /' | tail -n 20

	# 4. The package's autopkgtest: pg_regress against the installed package.
	local src
	src=$(unpack_dist) && chmod -R a+rX "$tmp" &&
		(cd "$src" && debian/tests/installcheck) >"$tmp/autopkgtest.log" 2>&1
	ok $? "debian/tests/installcheck: $(grep -E 'tests passed|tests failed' "$tmp/autopkgtest.log" | tail -n 1 | tr -d '=' | xargs)"
	[ $tap_failed -eq 0 ] || tail -n 30 "$tmp/autopkgtest.log" | sed 's/^/# /'

	# 5. Remove the package and what it pulled in; put make install's files back.
	apt-get purge -y -qq "$pkg" >/dev/null 2>&1
	ok $? "apt-get purge $pkg"
	is "$(installed_paths)" "" "the package's files are gone"
	is "$(comm -3 "$pkgs_before" <(installed_packages) | xargs)" "" "the installed packages are as before"
	if [ -n "$backup" ]; then
		tar -C / -xpf "$backup" && restored=1
		ok $? "put back what make install had put in place"
	fi
	is "$(checksums "${paths[@]}" | diff "$tmp/make_install.sums" - && echo same)" "same" \
		"make install's files are back byte for byte"
	done_testing
	local rc=$?
	echo "$((tap_n - tap_failed)) passed, $tap_failed failed"
	return $rc
}

case "${1:-}" in
	build) deb_build ;;
	test) deb_test ;;
	*) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
