# Roles in the screens.  A nurse's note and a GIZ worry (stored as issue 9
# will store it) are in one child's dossier: the nurse sees the note under
# Notities; an assistent has no GIZ, Overdrachten or Notities section and neither text appears
# on any section of the dossier.  A beheerder opens a dossier only after
# giving a reason, which Toegang then shows with every opening; a form the
# role may not save is not opened.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db 40 5
kid=$(sqlite3 demo.db "select seq from children where client_no = 100029")
bsn=$(sqlite3 demo.db "select bsn from children where client_no = 100029") # found by BSN
when=$(date -u -d '2026-11-02 10:00' +%s)
sqlite3 demo.db "insert into giz_assessments(id, child_seq, assessed_on, parent_worries, created_at, updated_at) values (randomblob(16), $kid, '2026-11-01', 'GEHEIM-GIZ zorgen', $when, $when);
  insert into notes(id, child_seq, written_at, author_seq, text, created_at, updated_at) values (randomblob(16), $kid, $when, (select seq from accounts where username = 'demo'), 'GEHEIM-NOTITIE over thuis', $when, $when)"
# every section of the open dossier, as text, ending on Overzicht again
sections() {
	for i in 1 2 3 4 5 6 7 8 9 10; do
		tui_raw; tui_keys Right; sleep 0.2
		tui_raw | grep -qF "[Overzicht]" && break
	done
}
open_zoe() {
	tui_keys F3; tui_wait "Typ een deel"; tui_type "$bsn"; tui_wait "1 kind gevonden"; tui_keys Enter
}
tui_start --db demo.db
tui_login assistent
# Vandaag without the GIZ agreements (a nurse sees them: below)
echo "assistent: GIZ agreements on Vandaag: $(tui_raw | grep -c 'GIZ-afspraken')"
open_zoe
tui_wait "Overzicht"
tui_show "Assistent: geen GIZ, geen Notities"
sections >seen
echo "assistent sees a secret: $(grep -c GEHEIM seen)"
# F6 (a GIZ conversation) is not there for an assistent: nothing opens
tui_keys F6; sleep 0.5
echo "assistent: F6 opened the GIZ form: $(tui_raw | grep -c 'Jongere zelf')"
tui_keys F4
tui_wait "mag een assistent niet"
tui_show "Assistent: het kind wijzigen mag niet"
tui_keys F10
tui_wait "afsluitcode"
tui_stop
tui_start --db demo.db
tui_login
echo "nurse: GIZ agreements on Vandaag: $(tui_raw | grep -c 'GIZ-afspraken')"
open_zoe
tui_wait "Overzicht"
tui_keys Right Right Right Right
tui_wait "[GIZ]"
tui_keys Right
tui_wait "[Overdrachten]"
tui_keys Right
tui_wait "[Notities]"
tui_show "Verpleegkundige: Notities"
tui_keys F10
tui_wait "afsluitcode"
tui_stop
tui_start --db demo.db
tui_login beheer
open_zoe
tui_wait "Reden om dit dossier"
tui_type "kort"; tui_keys Enter
tui_wait "minstens vijf"
tui_keys C-u; tui_type "inzageverzoek 2026-17"; tui_keys Enter
tui_wait "Overzicht"
sections >seen
echo "beheerder sees a secret: $(grep -c GEHEIM seen)"
tui_keys Left
tui_wait "[Toegang]"
tui_show "Beheerder: Toegang (without the workstation column)" | cut -c1-70
tui_keys Escape Escape
tui_wait "Goedendag"
tui_keys F9; tui_wait "Gebruikers"; tui_keys Left
tui_wait "[Logboek]"
tui_type "view_reason"; tui_keys Enter
tui_wait "1 regel(s)"
tui_show "Beheer: het logboek doorzoeken"
