# The routine contact moment, counted (docs/product.md §1: "in under a minute
# without touching a mouse"): three measurements, the two vaccinations that
# are due today and a one-line conclusion, from the dossier to "Opgeslagen".
# Every key press is counted except the characters of the values typed
# (59,5 / 6100 / 39,5 / the batch numbers / the conclusion); the goal is at
# most 25 keys.  The weight is typed in grams and shown back in kg.  Then a
# second child with the same two vaccines due: both rows come pre-filled
# with the batch numbers of this session.  The before/after table is in
# docs/architecture.md.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db 300 4
keys=0 typed=0
k() { tui_keys "$@"; keys=$((keys + $#)); }
v() { tui_type "$1"; typed=$((typed + ${#1})); }
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_type "olivier morris blom"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
k F5
tui_wait "DKTP-Hib-HepB"
tui_show "Nieuw contact: ingevuld wat vaststaat, de cursor op Locatie"
k PageDown
tui_wait "Lengte gemeten"
v "59,5"; k Tab
v "6100"; k Tab
v "39,5"; k Tab
tui_wait "6,100"
v "AB1234"; k Tab
v "PN5678"
tui_wait "PN5678"
tui_show "Metingen (gewicht in gram getypt, in kg getoond) en twee partijnummers"
k PageDown PageDown
tui_wait "Conclusie"
v "Groeit en ontwikkelt zich naar verwachting."
k F2
tui_wait "Opgeslagen"
tui_show "Opgeslagen"
echo "Routinecontact: $keys toetsen en $typed getypte tekens; doel: hoogstens 25 toetsen"
[ "$keys" -le 25 ] && echo "doel gehaald" || echo "DOEL NIET GEHAALD"
tui_keys Right Right
tui_wait "Volgens het schema"
tui_screen | grep -E "AB1234|PN5678"
# a second child with the same vaccines due: the batch numbers come along
tui_keys F3
tui_wait "Typ een deel"
tui_type "yazan najjar"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys F5
tui_wait "DKTP-Hib-HepB"
tui_keys PageDown PageDown
tui_wait "PN5678"
tui_show "Tweede kind: de partijnummers van deze sessie staan er al"
