# A whole contact moment with the keyboard only, at 80x24: F5 on the
# dossier opens the form with today, the moment and both doses that are due
# already chosen; length, weight and head circumference show their z-scores
# (and the BMI) once their field is left; two vaccinations with their batch
# numbers, an observation and a conclusion (PgDn from part to part); F2
# saves and the dossier shows the contact under Contactmomenten, the
# measurement under Groei and in the growth chart, and the doses under
# Vaccinaties.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db 300 4
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_type "olivier morris blom"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys F5
tui_wait "DKTP-Hib-HepB"
tui_show "Nieuw contactmoment: het moment en de prikken die aan de beurt zijn"
tui_keys Tab
tui_type "moeder en kind"
tui_keys PageDown
tui_type "59,5"; tui_keys Tab
tui_type "6,1"; tui_keys Tab
tui_type "39,5"; tui_keys Tab
tui_wait "BMI "
tui_show "Metingen met z-scores en BMI"
tui_type "AB1234"; tui_keys Tab
tui_type "PN5678"; tui_keys PageDown
tui_type "Drinkt goed, lacht naar iedereen."
tui_keys PageDown
tui_type "Groeit en ontwikkelt zich naar verwachting."
tui_keys F2
tui_wait "Opgeslagen"
tui_show "Opgeslagen: Contactmomenten"
tui_keys Right
tui_wait "[Groei]"
tui_show "Groei: de meting van vandaag met z-scores"
tui_keys F6
tui_wait "[1 Gewicht]"
tui_show "Groeicurve: de nieuwe meting staat erin"
tui_keys Escape
tui_wait "[Groei]"
tui_keys Right
tui_wait "Volgens het schema"
tui_show "Vaccinaties: de prikken met partijnummer"
