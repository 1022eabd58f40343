# A laptop's scope changes, against a throwaway PostgreSQL cluster
# (tests/pgcluster.sh).  Laptop A is checked out for JGZ Zeist.
# Leaving: a child of Zeist whose contact A changed offline moves to JGZ
# Utrecht at the clinic; at A's next exchange the contact's change reaches
# the hub first, and then the child is removed from A whole — no row of it
# in any table, no word of it in the search index — in one transaction with
# one audit entry that names the child and nothing of its content; the hub
# still has everything and no longer lists the child as A's.
# A child created on A, which has no location yet, stays.
# Staying: a child whose change met a conflict (the laptop's version is not
# on the hub yet), and a child whose push failed, stay on A, and the
# exchange says so.
# Arriving: the child that left comes back into A's scope and arrives whole,
# also when A was killed before it told the hub it had removed it; and an
# explicit caseload at the hub brings a child of another location and
# takes it away again.
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
export PGPASSFILE=$PGC_PASSFILE GROEIPAD_PASSWORD=demo
hub="host=$PGC_HOST port=$PGC_PORT dbname=$PGC_DB user=$PGC_ADMIN"
"$GP" hub init --hub "$hub" </dev/null >/dev/null || exit 1
N='s/[0-9]* logboekregel(s)/N logboekregel(s)/; s/wijziging [0-9][0-9]*/wijziging N/'
sync() { "$GP" sync --db "$1.db" --hub "$hub" --name "$2" </dev/null >out.txt 2>&1; rc=$?; sed "$N" out.txt; echo "exit $rc"; }
TABLES="children child_parents contacts contact_observations measurements vaccinations appointments notes giz_assessments giz_agreements giz_agreement_events handovers due_cache sync_conflicts"
# How much of child $2 (hex id) file $1 holds, table by table.
holds() {
  seq=$(sqlite3 "$1" "select seq from children where hex(id) = '$2'")
  for t in $TABLES; do
    case $t in
      children) w="hex(id) = '$2'";;
      sync_conflicts) w="hex(child_id) = '$2'";;
      contact_observations) w="contact_seq in (select seq from contacts where child_seq = '${seq:-0}')";;
      *) w="child_seq = '${seq:-0}'";;
    esac
    printf '%s=%s ' $t "$(sqlite3 "$1" "select count(*) from $t where $w")"
  done
  echo
}
# The search index's entries for the child whose index row is $2 (its sort_no).
words() { sqlite3 "$1" "create virtual table temp.v using fts5vocab(main, children_fts, 'instance'); select count(*) from temp.v where doc = $2"; }
hub_has() { pg_sql "select count(*) from groeipad.workstation_has h join groeipad.workstations w on w.id = h.workstation_id where w.name = '$1' and replace(h.child_id::text, '-', '') = lower('$2')"; }

"$GP" demo --db clinic.db --children 30 --seed 5 >/dev/null || exit 1
sync clinic Bureau >/dev/null
"$GP" hub checkout --hub "$hub" --location "JGZ Zeist" --db a.db --name A </dev/null >/dev/null || exit 1
sqlite3 a.db "select location, count(*) from children group by 1"

echo "--- leaving: a child of Zeist moves to Utrecht; A changed its contact offline"
x=$(sqlite3 a.db "select hex(c.id) from children c where exists (select 1 from contacts where child_seq = c.seq) order by client_no limit 1")
xname=$(sqlite3 a.db "select family_name from children where hex(id) = '$x'")
xsort=$(sqlite3 a.db "select sort_no from children where hex(id) = '$x'")
sqlite3 a.db "update contacts set conclusion = 'Gaat goed (laptop A)', version = version + 1 where seq = (select min(seq) from contacts where child_seq = (select seq from children where hex(id) = '$x'))"
sqlite3 clinic.db "update children set location = 'JGZ Utrecht', version = version + 1 where hex(id) = '$x'"
sync clinic Bureau >/dev/null
echo "before: $(holds a.db $x)"
echo "search index entries before: $(words a.db $xsort)"
sync a A
echo "after:  $(holds a.db $x)"
echo "search index entries after: $(words a.db $xsort)"
sqlite3 a.db "select action, upper(replace(child_id, '-', '')) = '$x', detail from audit_log where action = 'sync_leave'"
sqlite3 a.db "select count(*) from audit_log where action = 'sync_leave' and (detail like '%$xname%' or detail like '%Gaat goed%')" | sed 's/^/content in the audit entry: /'
sqlite3 a.db "select count(*) from sync_outbox" | sed 's/^/outbox: /'
"$GP" check --db a.db | sed 's/: .*, logboek/: …, logboek/; s/van [0-9]* regels/van N regels/'
echo "the hub still has its $(pg_sql "select count(*) from groeipad.records where replace(child_id::text, '-', '') = lower('$x')") records; lists it as A's: $(hub_has A $x)"
sync clinic Bureau >/dev/null
sqlite3 clinic.db "select count(*) from contacts where conclusion = 'Gaat goed (laptop A)'" | sed 's/^/the clinic has A'"'"'s change: /'
echo "--- once more: nothing leaves, nothing is said"
sync a A

echo "--- a child created on A (without a location) stays after its push"
printf 'voornamen;achternaam;geboortedatum\nMila;Nieuwkoop;01-10-2026\n' >nieuw.csv
"$GP" import --db a.db --user demo nieuw.csv </dev/null | tail -n 1
sync a A
sqlite3 a.db "select client_no, location is null from children where family_name = 'Nieuwkoop'"

echo "--- staying: a change that met a conflict is not on the hub yet"
y=$(sqlite3 a.db "select hex(id) from children order by client_no limit 1")
sqlite3 a.db "update children set phone = '0611111111', version = version + 1 where hex(id) = '$y'"
sqlite3 clinic.db "update children set phone = '0622222222', location = 'JGZ Utrecht', version = version + 1 where hex(id) = '$y'"
sync clinic Bureau >/dev/null
sync a A
echo "still here: $(sqlite3 a.db "select phone, location from children where hex(id) = '$y'"); open conflicts: $(sqlite3 a.db "select count(*) from sync_conflicts where state = 'open'")"
sqlite3 a.db "select count(*) from audit_log where action = 'sync_leave' and upper(replace(child_id, '-', '')) = '$y'" | sed 's/^/removal entries for it: /'

echo "--- staying: the push fails (the workstation is switched off at the hub)"
z=$(sqlite3 a.db "select hex(id) from children where hex(id) <> '$y' order by client_no limit 1")
sqlite3 a.db "update contacts set conclusion = 'Slotlaan-advies', version = version + 1 where seq = (select min(seq) from contacts where child_seq = (select seq from children where hex(id) = '$z'))"
sqlite3 clinic.db "update children set location = 'JGZ Utrecht', version = version + 1 where hex(id) = '$z'"
sync clinic Bureau >/dev/null
pg_sql "update groeipad.workstations set active = false where name = 'A'"
sync a A
echo "still here: $(sqlite3 a.db "select count(*) from children where hex(id) = '$z'"); waiting for the hub: $(sqlite3 a.db "select count(*) from sync_outbox")"
pg_sql "update groeipad.workstations set active = true where name = 'A'"
sync a A
echo "after the push: $(holds a.db $z)"
pg_sql "select count(*) from groeipad.records where kind = 'contacts' and body->>'conclusion' = 'Slotlaan-advies'" | sed 's/^/the change at the hub: /'

echo "--- arriving: the child that left comes back whole"
sqlite3 clinic.db "update children set location = 'JGZ Zeist', version = version + 1 where hex(id) = '$x'"
sync clinic Bureau >/dev/null
sync a A | sed 's/[0-9]* record(s) van de hub/N record(s) van de hub/'
echo "clinic: $(holds clinic.db $x)"
echo "a:      $(holds a.db $x)"
echo "lists it as A's: $(hub_has A $x)"

echo "--- arriving after a kill between A's removal and telling the hub"
sqlite3 clinic.db "update children set location = 'JGZ Utrecht', version = version + 1 where hex(id) = '$x'"
sync clinic Bureau >/dev/null
sync a A >/dev/null
wsa=$(sqlite3 a.db "select value from settings where key = 'database_id'")
pg_sql "insert into groeipad.workstation_has values ('$wsa', (select child_id from groeipad.records where kind = 'children' and replace(id::text, '-', '') = lower('$x')))"
sqlite3 a.db "insert into settings values ('sync_left', (select lower(substr(h,1,8)||'-'||substr(h,9,4)||'-'||substr(h,13,4)||'-'||substr(h,17,4)||'-'||substr(h,21)) from (select '$x' as h)))"
sqlite3 clinic.db "update children set location = 'JGZ Zeist', version = version + 1 where hex(id) = '$x'"
sync clinic Bureau >/dev/null
sync a A >/dev/null
echo "a:      $(holds a.db $x)"

echo "--- an explicit caseload: a child of Utrecht comes and goes"
u=$(sqlite3 clinic.db "select hex(id) from children where location = 'JGZ Utrecht' and hex(id) not in ('$y', '$z') order by client_no limit 1")
pg_sql "insert into groeipad.workstation_children select '$wsa', child_id from groeipad.records where kind = 'children' and replace(id::text, '-', '') = lower('$u')"
sync a A >/dev/null
echo "in the caseload: $(holds a.db $u)"
pg_sql "delete from groeipad.workstation_children"
sync a A
echo "out of it:       $(holds a.db $u)"
"$GP" check --db a.db | sed 's/: .*, logboek/: …, logboek/; s/van [0-9]* regels/van N regels/'
"$GP" hub check --hub "$hub" </dev/null | tail -n 1
