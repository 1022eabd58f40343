# hub check recomputes every workstation's audit chain at the hub, with the
# computation of `groeipad check`.  Real chains come from local groeipad
# files (init, a login, a work list), copied into the hub as a push will
# copy them: three whole logs and one without entries are in order (exit
# 0); then an entry changed, one missing in the middle, the first one
# missing, and an entry whose prev_hash no longer follows are each found at
# the right entry (exit 3).  A PostgreSQL cluster of the
# test's own (tests/pgcluster.sh).
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
export PGPASSFILE=$PGC_PASSFILE
hub="host=$PGC_HOST port=$PGC_PORT dbname=$PGC_DB user=$PGC_ADMIN"
echo "--- before init"
"$GP" hub check --hub "$hub" </dev/null; echo "exit $?"
"$GP" hub init --hub "$hub" </dev/null >/dev/null || exit 1

# A local file with a few audit entries, its log copied to the hub as
# workstation $2 named $3.
workstation() {
  GROEIPAD_PASSWORD=geheimwoord1 "$GP" init --db "$1.db" --user anna </dev/null >/dev/null
  GROEIPAD_PASSWORD=geheimwoord1 "$GP" due --db "$1.db" --user anna </dev/null >/dev/null 2>&1
  GROEIPAD_PASSWORD=fout "$GP" due --db "$1.db" --user anna </dev/null 2>/dev/null
  pg_sql "insert into groeipad.workstations (id, name) values ('$2', '$3')"
  sqlite3 "$1.db" "select format('insert into groeipad.audit_entries (workstation_id, seq,
    at, account_id, username, workstation, child_id, action, detail, prev_hash, hash)
    values (%Q, %d, %Q, %Q, %Q, %Q, %Q, %Q, %Q, %Q, %Q);', '$2', seq, at, account_id,
    username, workstation, child_id, action, detail, prev_hash, hash)
    from audit_log order by seq" >"$1.sql"
  pg_sql "$(cat "$1.sql")"
  sqlite3 "$1.db" "select count(*) from audit_log"
}
workstation a 00000000-0000-7000-8000-00000000000a "Laptop Anna"
workstation b 00000000-0000-7000-8000-00000000000b "Bureau Zeist"
workstation c 00000000-0000-7000-8000-00000000000c "Bureau Houten"
pg_sql "insert into groeipad.workstations (id, name) values
  ('00000000-0000-7000-8000-00000000000d', 'Nieuwe laptop')"
echo "--- all whole"
"$GP" hub check --hub "$hub" </dev/null; echo "exit $?"
echo "--- a changed entry, a missing one, one dropped at the start"
pg_sql "alter table groeipad.audit_entries disable trigger user"
pg_sql "update groeipad.audit_entries set detail = 'anders'
  where workstation_id = '00000000-0000-7000-8000-00000000000a' and seq = 3"
pg_sql "delete from groeipad.audit_entries
  where workstation_id = '00000000-0000-7000-8000-00000000000b' and seq = 2"
pg_sql "delete from groeipad.audit_entries
  where workstation_id = '00000000-0000-7000-8000-00000000000c' and seq = 1"
"$GP" hub check --hub "$hub" </dev/null; echo "exit $?"
echo "--- an entry that no longer follows the one before: the chain breaks there"
pg_sql "update groeipad.audit_entries set prev_hash = repeat('2', 64)
  where workstation_id = '00000000-0000-7000-8000-00000000000a' and seq = 2"
"$GP" hub check --hub "$hub" </dev/null; echo "exit $?"
