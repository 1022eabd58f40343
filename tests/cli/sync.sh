# groeipad sync against a throwaway PostgreSQL cluster (tests/pgcluster.sh).
# A clinic file (the demo) sends everything at its first exchange; two
# laptops are checked out for two locations and change different children
# offline (a child's phone and street, a contact's conclusion, a new
# measurement, a new child with a number from the laptop's own block); after
# every file synced, the clinic and the hub hold the same records at the same
# versions (compared row by row) and each laptop holds exactly its scope, the
# same as the hub; a child moved into a laptop's location arrives there with
# all its records; a sync run again changes nothing; every audit chain
# verifies, here and at the hub.  Then a file of another hub and a hub of a
# newer schema are refused with a sentence, and nothing is exchanged.
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
export PGPASSFILE=$PGC_PASSFILE GROEIPAD_PASSWORD=demo
hub="host=$PGC_HOST port=$PGC_PORT dbname=$PGC_DB user=$PGC_ADMIN"
"$GP" hub init --hub "$hub" </dev/null >/dev/null || exit 1
N='s/[0-9]* logboekregel(s)/N logboekregel(s)/; s/wijziging [0-9]*/wijziging N/; s/: [0-9]* record(s) van de hub/: N record(s) van de hub/'
sync() { "$GP" sync --db "$1.db" --hub "$hub" --name "$2" </dev/null >out.txt; rc=$?; sed "$N" out.txt; echo "exit $rc"; }

# Every exchanged record of a file as "table id version", and the same at
# the hub (optionally only the ids a file has).
TABLES="accounts organisations children parents child_parents contacts contact_observations measurements vaccinations appointments notes giz_assessments giz_aspects giz_agreements giz_agreement_events handovers handover_consents handover_events"
records() {
  for t in $TABLES; do
    v=version; case $t in *_events) v=1;; esac
    sqlite3 "$1" "select '$t', lower(hex(id)), $v from $t"
  done | sort
}
hub_records() {
  pg_sql "select kind, replace(id::text, '-', ''), version from groeipad.records" | tr '|' ' ' | sort
}
# The children of a file as people see them (no row numbers).
people() { sqlite3 "$1" "select lower(hex(id)), client_no, given_names, family_name, phone, street, location, version from children order by 1"; }

"$GP" demo --db clinic.db --children 30 --seed 5 >/dev/null || exit 1
echo "--- the clinic's first exchange sends everything"
sync clinic Bureau
[ "$(records clinic.db | tr '|' ' ')" = "$(hub_records)" ] && echo "hub = clinic: $(hub_records | wc -l) records"
sync clinic Bureau

echo "--- two laptops for two locations"
"$GP" hub checkout --hub "$hub" --location "JGZ Zeist" --db a.db --name "Laptop A" </dev/null | sed "$N"
"$GP" hub checkout --hub "$hub" --location "JGZ Utrecht" --db b.db --name "Laptop B" </dev/null | sed "$N"
"$GP" hub checkout --hub "$hub" --location "JGZ Zeist" --db a.db </dev/null; echo "exit $?"
for f in a b; do
  sqlite3 $f.db "select location, count(*) from children group by 1"
  "$GP" check --db $f.db | sed 's/logboek van [0-9]* regels/logboek van N regels/'
done

echo "--- offline: each laptop changes its own children"
za=$(sqlite3 a.db "select seq from children order by client_no limit 1")
ub=$(sqlite3 b.db "select seq from children order by client_no limit 1")
sqlite3 a.db "update children set phone = '0612345678', version = version + 1 where seq = $za;
  insert into measurements (id, child_seq, measured_on, weight_g, weight_method, version,
    created_at, created_by, updated_at, updated_by)
    values (randomblob(16), $za, '2026-11-26', 9100, 1, 1, 1764150000,
      (select seq from accounts where username = 'demo'), 1764150000,
      (select seq from accounts where username = 'demo'));"
sqlite3 b.db "update children set street = 'Oudegracht', version = version + 1 where seq = $ub;
  update contacts set conclusion = 'Gaat goed (laptop B)', version = version + 1
    where seq = (select min(seq) from contacts where child_seq = $ub);"
printf 'voornamen;achternaam;geboortedatum\nMila;Nieuwkoop;01-10-2026\n' >nieuw.csv
"$GP" import --db a.db --user demo nieuw.csv </dev/null | tail -n 1
sqlite3 a.db "select client_no from children where family_name = 'Nieuwkoop'"
echo "--- both sync, then the clinic, then both again"
sync a "Laptop A"; sync b "Laptop B"; sync clinic Bureau; sync a "Laptop A"; sync b "Laptop B"
echo "--- the clinic holds what the hub holds, row by row"
[ "$(records clinic.db | tr '|' ' ')" = "$(hub_records)" ] && echo "hub = clinic"
sqlite3 clinic.db "select phone from children where id = (select id from children where phone = '0612345678')"
sqlite3 clinic.db "select count(*) from children where street = 'Oudegracht'; select count(*) from contacts where conclusion like '%laptop B%'; select count(*) from measurements where weight_g = 9100; select client_no, location is null from children where family_name = 'Nieuwkoop'"
echo "--- each laptop holds its scope at the hub's versions"
for f in a b; do
  records $f.db | tr '|' ' ' >$f.rec
  hub_records >hub.rec
  echo "$f: $(comm -23 $f.rec hub.rec | wc -l) records differ from the hub"
  loc=$(sqlite3 $f.db "select location from children where location is not null limit 1")
  sqlite3 clinic.db "select lower(hex(id)) from children where location = '$loc' order by 1" >want.ids
  sqlite3 $f.db "select lower(hex(id)) from children where location = '$loc' order by 1" >have.ids
  cmp -s want.ids have.ids && echo "$f: every child of $loc, as the clinic has them"
  people $f.db | grep -F -f have.ids >p1; people clinic.db | grep -F -f have.ids >p2
  cmp -s p1 p2 && echo "$f: the same names, numbers, addresses and versions" || diff p1 p2
done
echo "--- a child moves into laptop A's scope: it arrives whole"
mv=$(sqlite3 clinic.db "select hex(id) from children where location = 'JGZ Utrecht' order by client_no limit 1")
sqlite3 clinic.db "update children set location = 'JGZ Zeist', version = version + 1 where hex(id) = '$mv'"
sync clinic Bureau >/dev/null
sync a "Laptop A"
for f in clinic a; do
  sqlite3 $f.db "select c.location, (select count(*) from contacts where child_seq = c.seq),
    (select count(*) from measurements where child_seq = c.seq), (select count(*) from vaccinations where child_seq = c.seq),
    (select count(*) from child_parents where child_seq = c.seq) from children c where hex(c.id) = '$mv'"
done
echo "--- once more: nothing to exchange"
sync a "Laptop A"
echo "--- every audit chain verifies"
for f in clinic a b; do "$GP" check --db $f.db | sed 's/: .*, logboek/: …, logboek/; s/van [0-9]* regels/van N regels/'; done
"$GP" hub check --hub "$hub" </dev/null | sed 's/van [0-9]* regels/van N regels/'

echo "--- another hub, a newer hub"
cp a.db other.db
sqlite3 other.db "update settings set value = 'x' where key = 'hub_id'"
sync other Ander
pg_sql "update groeipad.hub_meta set value = '2' where key = 'schema_version'"
sync a "Laptop A"
