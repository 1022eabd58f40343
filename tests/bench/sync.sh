#!/bin/sh
# Figures of docs/sync.md ("The figures"), against a throwaway PostgreSQL
# cluster (tests/pgcluster.sh): a clinic of N children (default 5000: all of
# CB Centrum but 200 of CB West) sends everything at its first exchange; a laptop checks that
# location out; a nurse's day on the laptop (30 children, 5 records each:
# a contact, a measurement, a vaccination, the child and a note's worth of
# changes = 150 records) is exchanged; then W workstations (default 50) each
# exchange such a day against the one hub, one after another and 10 at a
# time, with the hub's time per exchange (PostgreSQL's active_time).
# Usage: sh tests/bench/sync.sh [N] [W]   (from the worktree, after make)
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
GP=${GP:-$ROOT/build/groeipad}
N=${1:-5000} W=${2:-50}
export GROEIPAD_DATADIR=$ROOT/data GROEIPAD_PASSWORD=demo GROEIPAD_TODAY=2026-11-26
work=$(mktemp -d); cd "$work"
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
trap 'pg_down; rm -rf "$work"' EXIT
export PGPASSFILE=$PGC_PASSFILE
hub="host=$PGC_HOST port=$PGC_PORT dbname=$PGC_DB user=$PGC_ADMIN"
"$GP" hub init --hub "$hub" >/dev/null
t() { s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
"$GP" demo --db clinic.db --children "$N" --seed 7 >/dev/null
sqlite3 clinic.db "update children set location = 'CB Centrum';
  update children set location = 'CB West' where seq in (select seq from children order by seq desc limit 200)"
echo "records in the clinic: $(sqlite3 clinic.db "select (select count(*) from children) + (select count(*) from contacts) + (select count(*) from measurements) + (select count(*) from vaccinations) + (select count(*) from parents) + (select count(*) from child_parents) + (select count(*) from contact_observations)")"
echo "clinic's first exchange (push of everything): $(t "$GP" sync --db clinic.db --hub "$hub" --name Bureau) s"
echo "checkout of CB Centrum ($N children): $(t "$GP" hub checkout --hub "$hub" --location "CB Centrum" --db lap.db --name Laptop) s"
# a nurse's day: 30 children, each a changed child record, a new contact,
# measurement, vaccination and a changed earlier contact (150 records)
day() {
  sqlite3 "$1" "
  with kids as (select seq from children order by random() limit 30)
  update children set phone = '06' || abs(random() % 100000000), version = version + 1 where seq in kids;
  insert into contacts (id, child_seq, contact_date, kind_code, status_code, version, created_at, updated_at)
    select randomblob(16), seq, '2026-11-26', (select kind_code from contacts limit 1), (select status_code from contacts limit 1), 1, 1764150000, 1764150000 from children where phone like '06%' and version > 1 limit 30;
  insert into measurements (id, child_seq, measured_on, weight_g, weight_method, version, created_at, updated_at)
    select randomblob(16), seq, '2026-11-26', 9000, 1, 1, 1764150000, 1764150000 from children where version > 1 limit 30;
  insert into vaccinations (id, child_seq, vaccinated_on, vaccine, dose_no, given, reason_not_given, version, created_at, updated_at)
    select randomblob(16), child_seq, '2026-11-26', vaccine, dose_no, given, reason_not_given, 1, 1764150000, 1764150000 from vaccinations limit 30;
  update contacts set conclusion = 'bijgewerkt', version = version + 1 where seq in (select min(seq) from contacts group by child_seq limit 30);"
}
day lap.db
echo "pending on the laptop: $(sqlite3 lap.db "select count(*) from sync_outbox")"
echo "a nurse's day exchanged (laptop): $(t "$GP" sync --db lap.db --hub "$hub" --name Laptop) s"
echo "the clinic pulls that day: $(t "$GP" sync --db clinic.db --hub "$hub" --name Bureau) s"
# W workstations, each a checkout of CB West (200 children)
i=0
while [ $i -lt "$W" ]; do
  i=$((i + 1))
  "$GP" hub checkout --hub "$hub" --location "CB West" --db ws$i.db --name "Werkplek $i" >/dev/null
  day ws$i.db
done
# the hub's own time: what PostgreSQL spent executing statements in the hub
# database (pg_stat_database.active_time, ms; flushed as each session ends)
active() { pg_sql "select active_time from pg_stat_database where datname = '$PGC_DB'"; }
a0=$(active)
s=$(date +%s.%N)
i=0; while [ $i -lt "$W" ]; do i=$((i + 1)); "$GP" sync --db ws$i.db --hub "$hub" --name "Werkplek $i" >/dev/null; done
e=$(date +%s.%N)
sleep 1
a1=$(active)
echo "$W workstations each exchanging a day, one after another: $(echo "$e - $s" | bc) s"
echo "the hub's time per exchange: $(echo "scale=1; ($a1 - $a0) / $W" | bc) ms (active_time)"
i=0
while [ $i -lt "$W" ]; do i=$((i + 1)); day ws$i.db; done
s=$(date +%s.%N)
i=0; while [ $i -lt "$W" ]; do
  i=$((i + 1)); "$GP" sync --db ws$i.db --hub "$hub" --name "Werkplek $i" >/dev/null &
  [ $((i % 10)) -eq 0 ] && wait
done; wait
e=$(date +%s.%N)
sleep 1
a2=$(active)
echo "$W workstations, 10 at a time: $(echo "$e - $s" | bc) s"
echo "the hub's time per exchange, 10 at a time: $(echo "scale=1; ($a2 - $a1) / $W" | bc) ms (active_time)"
pg_sql "select count(*), round(avg(extract(epoch from (at - lag))) ::numeric, 3) from (select at, lag(at) over (order by change_seq) from groeipad.changes) x" >/dev/null
echo "hub: $(pg_sql "select count(*) from groeipad.changes") changes, $(pg_sql "select pg_size_pretty(pg_database_size('$PGC_DB'))")"
