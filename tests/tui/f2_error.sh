# An error found by the core when saving (F2) is shown on its field, with
# the cursor there, so the correction goes where it belongs: a birth date
# in the future in the child form, a contact date after today in the
# contact form.  The help line under the form is that field's.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db 300 4
tui_start --db demo.db
tui_login
tui_keys F3
tui_type "olivier morris blom"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys F4
tui_wait "Voornamen"
tui_keys Down Down Down Down Down C-u
tui_type "+3w"
tui_keys Up
tui_wait "17-12-2026"
tui_keys F2
tui_wait "in de toekomst"
tui_show "Geboortedatum in de toekomst: de fout en de cursor op het veld"
tui_keys C-u
tui_type "30-08-2026"
tui_keys F2
tui_wait "Opgeslagen"
tui_keys F5
tui_wait "DKTP-Hib-HepB"
tui_keys PageUp C-u
tui_type "+1d"
tui_keys PageDown PageDown
tui_type "AB1"; tui_keys Tab; tui_type "PN1"
tui_keys F2
tui_wait "niet na vandaag"
tui_show "Contactdatum na vandaag: de cursor op Datum"
tui_keys C-u
tui_type t
tui_keys F2
tui_wait "Opgeslagen"
tui_screen | grep -c "26-11-2026 HH:MM"
