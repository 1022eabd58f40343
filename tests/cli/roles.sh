# Roles on the command line, checked in the core: an assistent and a
# beheerder export nothing (not a dossier, not the due list), so the notes
# and GIZ content of a dossier cannot reach them that way.  Accounts from the
# command line: `user add|passwd|disable|enable` by a beheerder; a password
# a beheerder sets must be changed by its owner first.  Retention: the
# dossiers past the WGBO term, and destroying one with a reason.
"$GP" demo --db d.db --children 40 --seed 5 >/dev/null
as() { who=$1; shift; GROEIPAD_PASSWORD=demo "$GP" "$@" --db d.db --user "$who" </dev/null; }
# care content written by a nurse (a GIZ worry stored as issue 9 will, and a note)
kid=$(sqlite3 d.db "select seq from children where client_no = 100018")
sqlite3 d.db "insert into giz_assessments(id, child_seq, assessed_on, parent_worries, created_at, updated_at) values (randomblob(16), $kid, '2026-11-01', 'GEHEIM-GIZ zorgen van moeder', 1793000000, 1793000000);
  insert into notes(id, child_seq, written_at, author_seq, text, created_at, updated_at) values (randomblob(16), $kid, 1793000000, (select seq from accounts where username = 'demo'), 'GEHEIM-NOTITIE over thuis', 1793000000, 1793000000)"
echo "--- assistent"
as assistent export child 100018 --format json >out.json; echo "exit $?"; wc -c <out.json
as assistent due >/dev/null; echo "exit $?"
as assistent export all --format bds -o all.ndjson; echo "exit $?"; ls all.ndjson 2>/dev/null
printf 'bsn;voornamen;achternaam;geslacht;geboortedatum\n999902192;Zoë;Vermeer;V;01-10-2026\n' >k.csv
as assistent import k.csv; echo "exit $?"
as assistent report --from 01-01-2026 --to 26-11-2026 >/dev/null; echo "exit $?"
echo "--- beheerder: no dossier leaves, no child is imported; the counts for the municipality may"
as beheer export child 100018 --format json >/dev/null; echo "exit $?"
as beheer due >/dev/null; echo "exit $?"
as beheer export all --format bds -o all.ndjson; echo "exit $?"; ls all.ndjson 2>/dev/null
as beheer import k.csv; echo "exit $?"
as beheer report --from 01-01-2026 --to 26-11-2026 | head -n 1; echo "exit $?"
echo "--- jeugdverpleegkundige"
as demo export child 100018 --format json >out.json; echo "exit $?"
# the GIZ worry is in a nurse's export (issue 9); notes join it with issue 11
grep -o 'GEHEIM-[A-Z]*' out.json
echo "--- accounts"
GROEIPAD_NEW_PASSWORD=tijdelijk-12345 as beheer user add anna --role jeugdarts --name "Anna de Wit"; echo "exit $?"
GROEIPAD_NEW_PASSWORD=tijdelijk-12345 as demo user add bob --role assistent; echo "exit $?"
GROEIPAD_NEW_PASSWORD=tijdelijk-12345 as beheer user add anna --role jeugdarts; echo "exit $?"
GROEIPAD_NEW_PASSWORD=tijdelijk-12345 as beheer user add kees --role koning; echo "exit $?"
as beheer user add kees; echo "exit $?"
GROEIPAD_PASSWORD=tijdelijk-12345 "$GP" due --db d.db --user anna </dev/null >/dev/null; echo "exit $?"
GROEIPAD_PASSWORD=tijdelijk-12345 GROEIPAD_NEW_PASSWORD=eigen-wachtwoord "$GP" user passwd anna --db d.db --user anna </dev/null; echo "exit $?"
GROEIPAD_PASSWORD=eigen-wachtwoord "$GP" due --db d.db --user anna </dev/null | head -n 1; echo "exit $?"
as beheer user disable anna; echo "exit $?"
GROEIPAD_PASSWORD=eigen-wachtwoord "$GP" due --db d.db --user anna </dev/null; echo "exit $?"
as beheer user disable anna; echo "exit $?"
as beheer user enable anna; echo "exit $?"
as beheer user disable beheer; echo "exit $?"
GROEIPAD_NEW_PASSWORD=reset-wachtwoord as beheer user passwd anna; echo "exit $?"
GROEIPAD_PASSWORD=reset-wachtwoord "$GP" due --db d.db --user anna </dev/null; echo "exit $?"
as beheer user frobnicate anna; echo "exit $?"
sqlite3 d.db "select action || ' ' || coalesce(detail, '') from audit_log where action like 'account_%' or action in ('password_changed', 'denied') order by seq" | sed 's/[0-9a-f-]\{36\}/ID/'
echo "--- retention"
as beheer retention --list | head -n 1
old=$(date -u -d 2004-01-01 +%s)
sqlite3 d.db "update children set updated_at = $old where client_no = 100018;
  update contacts set updated_at = $old where child_seq = $kid;
  update measurements set updated_at = $old where child_seq = $kid;
  update vaccinations set updated_at = $old where child_seq = $kid;
  update child_parents set updated_at = $old where child_seq = $kid;
  update giz_assessments set updated_at = $old where child_seq = $kid;
  update notes set updated_at = $old;"
as beheer retention --list
as demo retention --list; echo "exit $?"
as beheer retention --destroy 100018; echo "exit $?"
as beheer retention --destroy 100018 --reason "verzoek ouders 2026-11"; echo "exit $?"
sqlite3 d.db "select count(*) from children where client_no = 100018; select count(*) from notes; select count(*) from giz_assessments where child_seq = $kid"
sqlite3 d.db "select action || ': ' || detail from audit_log where action = 'destroy'"
"$GP" check --db d.db; echo "exit $?"
grep -c 'GEHEIM' d.db
