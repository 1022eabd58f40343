# An implausible weight (25 kg at not yet 3 months) is not saved silently:
# F2 shows why and asks "Toch opslaan? (j/n)"; n keeps the form with
# everything typed and the cursor on the weight (the help line is the
# weight's); j saves it, confirmed and marked.
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
tui_keys PageDown Tab
tui_type "25"; tui_keys Tab Tab
tui_type "AB1234"; tui_keys Tab
tui_type "PN5678"
tui_keys F2
tui_wait "[j] ja"
tui_show "Onwaarschijnlijk gewicht: de vraag"
tui_keys n
tui_gone "Toch opslaan?"
tui_show "Nee: het formulier staat er nog, de cursor op het gewicht"
tui_keys C-u
tui_type "25"
tui_wait "Gewicht ! 25 "
tui_keys F2
tui_answer j
tui_wait "Opgeslagen"
tui_show "Ja: opgeslagen en gemarkeerd"
