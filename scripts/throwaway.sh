# scripts/throwaway.sh - sourced: throwaway PostgreSQL servers started by hand
# (initdb and pg_ctl), for what pg_virtualenv cannot do: a relocatable tree
# (the 18 tree of ../shared/pg), pg_upgrade between two clusters, several
# nodes (Citus).  All servers of a run live in one temp folder, listen on
# 127.0.0.1 at a free port and on a Unix socket in that folder, trust local
# connections, and run as `postgres` when the caller is root.  throwaway_begin
# sets an EXIT trap that stops every server in the folder (also the ones
# pg_upgrade starts) and removes the folder, on success and on failure.

as_server_owner() {	# run a command as the owner of the servers
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A relocatable tree's programs find their libpq through a run path of the
# prefix it was built for (/opt/pg/18/lib), not where it was unpacked; without
# LD_LIBRARY_PATH they would load Debian's older libpq.
tree_libs() {	# tree_libs BINDIR: the library folder its programs need, or nothing
	case $1 in /usr/lib/postgresql/*) return ;; esac
	[ -e "$1/../lib/libpq.so.5" ] && (cd "$1/../lib" && pwd)
}
tree_run() {	# tree_run BINDIR PROGRAM ARGS...: BINDIR/PROGRAM as the servers' owner
	local bindir=$1 prog=$2 libs
	libs=$(tree_libs "$bindir")
	shift 2
	if [ -n "$libs" ]; then
		LD_LIBRARY_PATH="$libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" as_server_owner "$bindir/$prog" "$@"
	else
		as_server_owner "$bindir/$prog" "$@"
	fi
}

throwaway_begin() {
	THROWAWAY_DIR=$(mktemp -d /tmp/exr-servers.XXXXXX) || exit 1
	THROWAWAY_PATH=$PATH
	chmod 755 "$THROWAWAY_DIR"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$THROWAWAY_DIR"
	trap throwaway_end EXIT
	trap 'exit 130' INT TERM
}

# Stop every server whose data folder is in THROWAWAY_DIR, with the pg_ctl it
# was created with, or by its process id when that fails, and wait until each
# postmaster has exited.
throwaway_end() {
	local pidfile data pid bindir pids="" i
	[ -n "${THROWAWAY_DIR:-}" ] && [ -d "$THROWAWAY_DIR" ] || return 0
	for pidfile in "$THROWAWAY_DIR"/*/postmaster.pid; do
		[ -f "$pidfile" ] || continue
		data=$(dirname "$pidfile")
		pid=$(head -n 1 "$pidfile")
		pids="$pids $pid"
		bindir=$(cat "$data.bindir" 2>/dev/null)
		tree_run "${bindir:-/nonexistent}" pg_ctl -D "$data" -m immediate -w stop >/dev/null 2>&1 ||
			kill -QUIT "$pid" 2>/dev/null
	done
	for pid in $pids; do
		for i in $(seq 1 100); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.2
		done
	done
	rm -rf "$THROWAWAY_DIR"
}

listening_ports() {	# TCP ports in LISTEN state (0A), from /proc: no iproute2 needed
	local _ local_address state
	cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | while read -r _ local_address _ state _; do
		[ "$state" = 0A ] && echo $((16#${local_address##*:}))
	done
}

free_port() {	# a TCP port nothing listens on, from a random start
	local p=$((20000 + RANDOM % 30000)) i used
	used=" $(listening_ports | tr '\n' ' ') "
	for i in $(seq 1 200); do
		case $used in *" $p "*) p=$((p + 1)) ;; *) echo "$p"; return 0 ;; esac
	done
	return 1
}

# throwaway_init NAME BINDIR [initdb options...]: a new data folder NAME, UTF-8
# with the C.UTF-8 locale (as pg_virtualenv's clusters), owner `postgres`.
throwaway_init() {
	local name=$1 bindir=$2
	shift 2
	echo "$bindir" >"$THROWAWAY_DIR/$name.bindir"
	tree_run "$bindir" initdb -D "$THROWAWAY_DIR/$name" -U postgres --auth=trust \
		-E UTF8 --locale=C.UTF-8 "$@" >"$THROWAWAY_DIR/$name.initdb.log" 2>&1 || {
		cat "$THROWAWAY_DIR/$name.initdb.log" >&2
		return 1
	}
	cat >>"$THROWAWAY_DIR/$name/postgresql.conf" <<-EOF
		listen_addresses = '127.0.0.1'
		unix_socket_directories = '$THROWAWAY_DIR'
		fsync = off
		synchronous_commit = off
		full_page_writes = off
	EOF
}

# throwaway_set NAME 'setting = value'...: append to NAME's postgresql.conf.
throwaway_set() {
	local name=$1
	shift
	printf '%s\n' "$@" >>"$THROWAWAY_DIR/$name/postgresql.conf"
}

# throwaway_start NAME: start NAME on a free port (another one if the port
# was taken meanwhile) and record the port in $THROWAWAY_DIR/NAME.port.
throwaway_start() {
	local name=$1 data="$THROWAWAY_DIR/$1" bindir port try
	bindir=$(cat "$data.bindir")
	for try in 1 2 3 4 5; do
		port=$(free_port) || return 1
		throwaway_set "$name" "port = $port"
		if tree_run "$bindir" pg_ctl -D "$data" -l "$data.log" -w -t 120 start >/dev/null 2>&1; then
			echo "$port" >"$data.port"
			return 0
		fi
	done
	tail -n 20 "$data.log" >&2
	return 1
}

throwaway_stop() {	# throwaway_stop NAME
	tree_run "$(cat "$THROWAWAY_DIR/$1.bindir")" pg_ctl -D "$THROWAWAY_DIR/$1" -w -t 120 stop >/dev/null
}

throwaway_port() { cat "$THROWAWAY_DIR/$1.port"; }

# throwaway_use NAME: point libpq, PATH (and the tree's libraries) at NAME,
# as pg_virtualenv does.
throwaway_use() {
	local bindir libs
	bindir=$(cat "$THROWAWAY_DIR/$1.bindir")
	libs=$(tree_libs "$bindir")
	export PGHOST=$THROWAWAY_DIR PGPORT PGUSER=postgres PGDATABASE=postgres
	PGPORT=$(throwaway_port "$1")
	PATH="$bindir:$THROWAWAY_PATH"
	if [ -n "$libs" ]; then export LD_LIBRARY_PATH=$libs; fi
}
