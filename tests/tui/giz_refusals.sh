# Bad input in the GIZ form is refused with its reason on its field, and
# nothing typed is lost (issue 9): nobody who took part; a conclusion while
# no aspect has a step; a side of the triangle (BDS 1630) while 1629 says
# "geen bijzonderheden"; a step outside the scale; an agreement without who,
# without the organisation it names, and without when.  Each time the line
# of the field at fault is shown with the sentence, and what was typed is
# still there; once corrected, F2 saves.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db 60 1
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_type "alperen ozkan"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys F6
tui_wait "Jongere zelf"
# The form's line of field $1 (marked ! when refused), then the message and
# status lines under the form.
says() {
	sleep 0.15
	[ -n "${1:-}" ] && tui_screen | sed -n '2,20p' | grep -F -- "$1" | sed 's/^/  > /'
	tui_screen | sed -n '21p;23p' | sed 's/^/  | /'
	return 0
}

echo "=== Niemand deed mee"
tui_keys F2
tui_wait "GIZ is een gesprek"
says "Ouder(s)"

echo "=== Een conclusie zonder één aspect op de schaal"
tui_keys Space
tui_wait "[ ]"
tui_keys Space Enter
tui_keys PageDown PageDown PageDown PageDown PageDown PageDown
tui_wait "Conclusie"
tui_type "zorg"
tui_wait "Zorg nu!"
tui_keys Enter F2
tui_wait "volgt uit de GOM"
says "Conclusie"

echo "=== Zijde Opvoeding terwijl de driehoek 'geen bijzonderheden' zegt"
tui_keys PageUp PageUp PageUp PageUp PageUp PageUp PageUp PageUp PageUp PageUp
tui_wait "Datum"
tui_keys Tab Tab Tab Space
tui_wait "Onderzocht, geen"
tui_keys Enter Tab Space
tui_wait "Omgeving"
tui_keys Down Space Enter Tab
# one aspect placed, so the conclusion may stand
tui_type "3"
tui_keys F2
tui_wait "hoort alleen"
says "Zijden"

echo "=== Een stap buiten de schaal"
tui_keys Tab
tui_type "7"
tui_wait "Kies een stap"
says "Lichamelijk"

echo "=== Een afspraak zonder wie, zonder organisatie, zonder wanneer"
tui_keys PageUp PageUp PageUp PageUp PageUp PageUp PageUp PageUp PageUp PageUp
tui_wait "Datum"
tui_keys Tab Tab Tab Space
tui_wait "Onderzocht, bijzonderheden"
tui_keys Down Enter
tui_keys PageDown PageDown PageDown PageDown PageDown PageDown
tui_wait "Afspraak"
tui_type "Aanmelden bij de opvoedcursus"
tui_keys F2
tui_wait "Kies wie het doet"
says "Wie"
tui_type "org"
tui_wait "Organisatie (sociale kaart)"
tui_keys Enter F2
tui_wait "Kies de organisatie"
says "Organisatie"
tui_type "buurt"
tui_wait "Buurtteam"
tui_keys Enter F2
tui_wait "Vul in wanneer"
says "Wanneer"
tui_show "Niets getypts is weg: de afspraak staat er nog"
tui_type "+2w"
tui_keys F2
tui_wait "Opgeslagen"
says
sqlite3 demo.db "select count(*), min(conclusion_code), min(triangle_result) from giz_assessments a join children c on c.seq = a.child_seq where c.client_no = 100005 and a.assessed_on = '2026-11-26'"
