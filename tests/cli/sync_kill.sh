# A sync killed at any moment (SIGKILL, 120 times) and run again neither
# duplicates nor loses anything.  Two laptops checked out from a hub keep
# changing their own children (a new measurement, a new phone number) while
# their syncs are killed at random moments; after a final sync of every file,
# the clinic holds exactly the hub's records (row by row, at the same
# versions), each laptop exactly its scope at the hub's versions, every
# measurement arrived once, every last phone number is the one typed last,
# and every audit chain verifies, in the files and at the hub.
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
export PGPASSFILE=$PGC_PASSFILE GROEIPAD_PASSWORD=demo
hub="host=$PGC_HOST port=$PGC_PORT dbname=$PGC_DB user=$PGC_ADMIN"
"$GP" hub init --hub "$hub" </dev/null >/dev/null || exit 1
"$GP" demo --db clinic.db --children 30 --seed 5 >/dev/null || exit 1
"$GP" sync --db clinic.db --hub "$hub" --name Bureau </dev/null >/dev/null || exit 1
"$GP" hub checkout --hub "$hub" --location "JGZ Zeist" --db a.db --name A </dev/null >/dev/null || exit 1
"$GP" hub checkout --hub "$hub" --location "JGZ Utrecht" --db b.db --name B </dev/null >/dev/null || exit 1

TABLES="accounts organisations children parents child_parents contacts contact_observations measurements vaccinations appointments notes giz_assessments giz_aspects giz_agreements giz_agreement_events handovers handover_consents handover_events"
records() {
  for t in $TABLES; do
    v=version; case $t in *_events) v=1;; esac
    sqlite3 "$1" "select '$t', lower(hex(id)), $v from $t"
  done | tr '|' ' ' | sort
}
hub_records() {
  pg_sql "select kind, replace(id::text, '-', ''), version from groeipad.records" | tr '|' ' ' | sort
}

i=0 landed=0 measured=0
while [ $i -lt 120 ]; do
  i=$((i + 1))
  f=a; [ $((i % 2)) -eq 0 ] && f=b
  if [ $((i % 3)) -eq 0 ]; then
    sqlite3 $f.db "insert into measurements (id, child_seq, measured_on, weight_g, weight_method, note,
      version, created_at, created_by, updated_at, updated_by)
      values (randomblob(16), (select seq from children order by client_no limit 1 offset $((i % 3))),
      '2026-11-26', $((5000 + i)), 1, 'k$i', 1, 1764150000, (select seq from accounts
      where username = 'demo'), 1764150000, (select seq from accounts where username = 'demo'))"
    measured=$((measured + 1))
  else
    sqlite3 $f.db "update children set phone = '06$(printf %08d $i)', version = version + 1
      where seq = (select seq from children order by client_no limit 1 offset $((i % 2)))"
  fi
  "$GP" sync --db $f.db --hub "$hub" --name $f </dev/null >/dev/null 2>&1 &
  pid=$!
  # a random moment within a sync's run (about 20 to 100 ms here)
  sleep "0.0$(awk -v s=$i 'BEGIN { srand(s); printf "%02d", int(rand() * 99) }')"
  kill -9 $pid 2>/dev/null && landed=$((landed + 1))
  wait $pid 2>/dev/null
done
echo "120 syncs killed at random moments"
[ $landed -ge 30 ] && echo "at least 30 of them while running" || echo "only $landed while running"
echo "--- final syncs"
for f in a b clinic a b; do
  "$GP" sync --db $f.db --hub "$hub" --name x </dev/null >/dev/null || echo "sync $f failed"
done
[ "$(records clinic.db)" = "$(hub_records)" ] && echo "hub = clinic, row by row"
hub_records >hub.rec
for f in a b; do
  records $f.db >$f.rec
  echo "$f: $(comm -23 $f.rec hub.rec | wc -l) records differ from the hub"
  loc=$(sqlite3 $f.db "select location from children where location is not null limit 1")
  [ "$(sqlite3 clinic.db "select lower(hex(id)), phone, version from children where location = '$loc' order by 1")" = \
    "$(sqlite3 $f.db "select lower(hex(id)), phone, version from children where location = '$loc' order by 1")" ] \
    && echo "$f: every child of its location, as the clinic has them"
done
n=$(sqlite3 clinic.db "select count(*) from measurements where note like 'k%'")
[ "$n" -eq "$measured" ] && echo "every measurement arrived once ($n)" || echo "measurements: $n of $measured"
pg_sql "select count(*) - count(distinct (record_id, version)) from groeipad.changes"
for f in a b; do
  [ "$(sqlite3 $f.db "select group_concat(phone) from (select phone from children order by client_no)")" = \
    "$(sqlite3 clinic.db "select group_concat(phone) from (select phone from children where id in ($(sqlite3 $f.db "select group_concat('x''' || hex(id) || '''') from children")) order by client_no)")" ] \
    && echo "$f: the last phone numbers typed are the ones everywhere"
  sqlite3 $f.db "select count(*) from sync_outbox"
done
for f in clinic a b; do "$GP" check --db $f.db >/dev/null && echo "$f: check in orde"; done
"$GP" hub check --hub "$hub" </dev/null | tail -n 1
