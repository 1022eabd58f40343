# A contact that did not take place, in a few keystrokes: F5, PgUp to the
# start of the form, Down twice to Status, type to filter the list, Enter,
# F2.  Nothing else is asked (the preselected doses are not saved); the
# contact is listed with its status.
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
tui_keys PageUp Down Down
tui_type "zonder"
tui_wait "Zoek: zonder"
tui_keys Enter
tui_gone "Zoek:"
tui_show "Status niet gerealiseerd"
tui_keys F2
tui_wait "Opgeslagen"
tui_show "Opgeslagen als niet gerealiseerd"
