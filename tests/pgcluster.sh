# tests/pgcluster.sh — a throwaway PostgreSQL 15 cluster for the hub tests,
# sourced by tests/cli/hub_*.sh (not a test itself).  No system service is
# touched: initdb writes into a new temporary folder, the server listens on a
# Unix socket in that folder only (listen_addresses empty: no TCP), and
# pg_down (also run on exit) stops it and removes the folder.
#
# initdb and postgres refuse to run as root, so as root (CI on a fresh
# Debian 12) the cluster runs as the unprivileged user `nobody` (runuser);
# the folder is made theirs and nobody else may enter it.  The client (the
# test, as root) can still reach the socket.  As any other user it simply runs
# as that user.
#
# After pg_up:
#   PGC_DIR     the folder (cluster in $PGC_DIR/data, socket in $PGC_DIR)
#   PGC_HOST    the socket folder, for host= in a conninfo
#   PGC_PORT    the port number that names the socket file
#   PGC_ADMIN   the cluster's superuser (hubadmin), with password authentication
#               (scram-sha-256) even on the socket, so the tests see a password
#               asked for and given through PGPASSFILE
#   PGC_PASSFILE a password file (mode 0600) holding the admin's password
#   PGC_DB      a database "hub", empty, owned by the admin
# pg_sql SQL   runs SQL in $PGC_DB as the admin (psql, unaligned, no headers).
# Environment: PG_BINDIR overrides where initdb, pg_ctl and psql are found
# (default: `pg_config --bindir`, then /usr/lib/postgresql/15/bin).

pg_bindir() {
	if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
	d=$(pg_config --bindir 2>/dev/null)
	[ -x "$d/initdb" ] || d=/usr/lib/postgresql/15/bin
	echo "$d"
}

# Runs a command as the cluster's owner.
pg_as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u nobody -- "$@"
	else
		"$@"
	fi
}

pg_down() {
	[ -n "${PGC_DIR:-}" ] || return 0
	if [ -f "$PGC_DIR/data/postmaster.pid" ]; then
		pg_as_owner "$PGC_BIN/pg_ctl" -D "$PGC_DIR/data" -m immediate -w stop >/dev/null 2>&1
	fi
	rm -rf "$PGC_DIR"
	PGC_DIR=
}

pg_up() {
	PGC_BIN=$(pg_bindir)
	if [ ! -x "$PGC_BIN/initdb" ]; then
		echo "pgcluster: initdb not found in $PGC_BIN (make deps installs postgresql-15)" >&2
		return 1
	fi
	PGC_DIR=$(mktemp -d /tmp/gp-pg.XXXXXX) || return 1
	trap pg_down EXIT
	trap 'pg_down; exit 1' INT TERM
	chmod 0700 "$PGC_DIR"
	[ "$(id -u)" = 0 ] && chown nobody:nogroup "$PGC_DIR"
	PGC_ADMIN=hubadmin
	PGC_PORT=5432
	PGC_HOST=$PGC_DIR
	PGC_DB=hub
	# a random password, written where only the owner (and the test) can read it
	pw=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
	printf '%s\n' "$pw" >"$PGC_DIR/pw"
	[ "$(id -u)" = 0 ] && chown nobody:nogroup "$PGC_DIR/pw"
	chmod 0600 "$PGC_DIR/pw"
	if ! pg_as_owner "$PGC_BIN/initdb" -D "$PGC_DIR/data" -U "$PGC_ADMIN" \
		--pwfile="$PGC_DIR/pw" --auth=scram-sha-256 --no-sync -E UTF8 \
		--locale=C >"$PGC_DIR/initdb.log" 2>&1; then
		echo "pgcluster: initdb failed:" >&2; tail -n 20 "$PGC_DIR/initdb.log" >&2
		return 1
	fi
	if ! pg_as_owner "$PGC_BIN/pg_ctl" -D "$PGC_DIR/data" -l "$PGC_DIR/server.log" -w \
		-o "-c listen_addresses='' -k $PGC_DIR -p $PGC_PORT -c fsync=off \
		    -c shared_buffers=16MB -c max_connections=20" start >/dev/null 2>&1; then
		echo "pgcluster: the server did not start:" >&2; tail -n 20 "$PGC_DIR/server.log" >&2
		return 1
	fi
	PGC_PASSFILE=$PGC_DIR/pgpass
	# host:port:database:user:password — a socket folder is written as host
	printf '%s:%s:*:%s:%s\n' "$PGC_HOST" "$PGC_PORT" "$PGC_ADMIN" "$pw" >"$PGC_PASSFILE"
	chmod 0600 "$PGC_PASSFILE"
	PGPASSFILE=$PGC_PASSFILE "$PGC_BIN/psql" -X -q -h "$PGC_HOST" -p "$PGC_PORT" \
		-U "$PGC_ADMIN" -d postgres -c "CREATE DATABASE $PGC_DB" || return 1
}

pg_sql() {
	PGOPTIONS="-c client_min_messages=warning" PGPASSFILE=$PGC_PASSFILE "$PGC_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
		-h "$PGC_HOST" -p "$PGC_PORT" -U "$PGC_ADMIN" -d "$PGC_DB" -c "$1"
}
