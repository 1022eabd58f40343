# hub init and hub migrate against a throwaway PostgreSQL 15 cluster of the
# test's own (tests/pgcluster.sh: a temporary folder, a Unix socket, no TCP,
# password authentication).  The password comes only from a password file;
# one in --hub is refused, as is a weak TLS mode for a network host.  init
# creates the schema once; migrate leaves a current hub alone; a hub with a
# newer schema is refused in words and left as it was; the change log and the
# audit entries refuse UPDATE and DELETE.
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
hub="host=$PGC_HOST port=$PGC_PORT dbname=$PGC_DB user=$PGC_ADMIN"
unset PGPASSWORD PGSERVICE PGSSLMODE
# the socket folder differs per run
show() { sed "s|$PGC_HOST|SOCKET|g"; }

echo "--- no password anywhere, input not a terminal: refused, nothing made"
(PGPASSFILE=/nonexistent "$GP" hub init --hub "$hub" </dev/null 2>&1; echo "exit $?") | show
pg_sql "select to_regnamespace('groeipad') is null"
echo "--- a password on the command line: refused before connecting"
"$GP" hub init --hub "$hub password=geheim" </dev/null; echo "exit $?"
"$GP" hub init --hub "postgresql://hubadmin:geheim@/hub?host=$PGC_HOST" </dev/null; echo "exit $?"
echo "--- a network host without a verified certificate: refused before connecting"
"$GP" hub init --hub "host=hub.example.org dbname=hub sslmode=require" </dev/null; echo "exit $?"
"$GP" hub init --hub "hostaddr=192.0.2.1 dbname=hub sslmode=disable" </dev/null; echo "exit $?"
echo "--- not a conninfo; no --hub; unknown subcommand"
"$GP" hub init --hub "host" </dev/null; echo "exit $?"
"$GP" hub init </dev/null; echo "exit $?"
"$GP" hub opruimen --hub "$hub" </dev/null; echo "exit $?"
echo "--- a wrong password in the password file"
printf '%s:%s:*:%s:fout\n' "$PGC_HOST" "$PGC_PORT" "$PGC_ADMIN" >wrong.pgpass
chmod 0600 wrong.pgpass
(PGPASSFILE=$PWD/wrong.pgpass "$GP" hub init --hub "$hub" </dev/null 2>&1; echo "exit $?") |
  show | sed "s|$PWD|.|"

export PGPASSFILE=$PGC_PASSFILE
echo "--- a schema groeipad that is no hub: init fails as a whole, nothing left behind"
pg_sql "create schema groeipad; create table groeipad.eigen (x int)"
"$GP" hub init --hub "$hub" </dev/null; echo "exit $?"
pg_sql "select table_name from information_schema.tables where table_schema = 'groeipad'"
pg_sql "drop schema groeipad cascade"
echo "--- migrate before init"
"$GP" hub migrate --hub "$hub" </dev/null; echo "exit $?"
echo "--- init"
"$GP" hub init --hub "$hub" </dev/null; echo "exit $?"
pg_sql "select table_name from information_schema.tables where table_schema = 'groeipad' order by 1"
pg_sql "select key, case when key = 'schema_version' then value else '(set)' end
        from groeipad.hub_meta order by key"
pg_sql "select last from groeipad.change_counter"
echo "--- init again: refused, nothing changed"
pg_sql "select value from groeipad.hub_meta where key = 'hub_id'" >id.before
"$GP" hub init --hub "$hub" </dev/null; echo "exit $?"
pg_sql "select value from groeipad.hub_meta where key = 'hub_id'" | cmp - id.before && echo "same hub"
echo "--- migrate on a current hub"
"$GP" hub migrate --hub "$hub" </dev/null; echo "exit $?"
echo "--- a service file names the hub (PGSERVICEFILE), the password file the password"
printf '[groeipad]\nhost=%s\nport=%s\ndbname=%s\nuser=%s\n' \
  "$PGC_HOST" "$PGC_PORT" "$PGC_DB" "$PGC_ADMIN" >pg_service.conf
PGSERVICEFILE=$PWD/pg_service.conf "$GP" hub migrate --hub "service=groeipad" </dev/null
echo "exit $?"
echo "--- the change log and the audit entries are append-only"
ws=00000000-0000-7000-8000-000000000001
pg_sql "insert into groeipad.workstations (id, name) values ('$ws', 'laptop 1');
  insert into groeipad.audit_entries (workstation_id, seq, at, action, prev_hash, hash)
  values ('$ws', 1, '2026-11-26T09:00:00', 'login', repeat('0', 64), repeat('a', 64));
  insert into groeipad.changes (change_seq, record_id, kind, version, base_version, body,
    workstation_id) values (1, gen_random_uuid(), 'children', 1, 0, '{}', '$ws')"
pg_sql "update groeipad.audit_entries set action = 'view'" 2>&1 | sed 's/^psql:[^E]*//'
pg_sql "delete from groeipad.changes" 2>&1 | sed 's/^psql:[^E]*//'
pg_sql "truncate groeipad.audit_entries" 2>&1 | sed 's/^psql:[^E]*//'
pg_sql "select count(*) from groeipad.audit_entries"
echo "--- a hub whose schema is newer than this groeipad: refused, left as it was"
pg_sql "update groeipad.hub_meta set value = '99' where key = 'schema_version'"
"$GP" hub migrate --hub "$hub" </dev/null; echo "exit $?"
"$GP" hub init --hub "$hub" </dev/null; echo "exit $?"
pg_sql "select value from groeipad.hub_meta where key = 'schema_version'"
echo "--- a damaged version"
pg_sql "update groeipad.hub_meta set value = 'x' where key = 'schema_version'"
"$GP" hub migrate --hub "$hub" </dev/null; echo "exit $?"
