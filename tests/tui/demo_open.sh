# `demo` over a database that is open in the screens is refused (it used to
# replace the file, and the screens went on saving into the unlinked old
# one, saying "Opgeslagen").  And should the file be replaced or moved
# under a running program anyway, a save says so and keeps the form.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
"$GP" demo --db demo.db --children 5; echo "demo over the open database: exit $?"
tui_keys F3; tui_wait "Typ een deel"; tui_keys F7; tui_wait "Voornamen"
tui_type "Bewaard"; tui_keys Tab Tab Tab; tui_type "Opgeslagen"; tui_keys Tab
tui_type "man"; tui_wait "Zoek: man"; tui_keys Enter; tui_gone "Zoek:"; tui_keys Tab
tui_type "01-02-2026"
tui_keys F2
tui_wait "Dossier Bewaard"
sqlite3 demo.db "select given_names || ' ' || family_name from children where family_name = 'Opgeslagen'"
# the file replaced behind the program's back
tui_keys F3; tui_wait "Zoeken:"; tui_keys F7; tui_wait "Voornamen"
tui_type "Verloren"; tui_keys Tab Tab Tab; tui_type "Niet"; tui_keys Tab
tui_type "vrouw"; tui_wait "Zoek: vrouw"; tui_keys Enter; tui_gone "Zoek:"; tui_keys Tab
tui_type "01-02-2026"
mv demo.db old.db; cp old.db demo.db
tui_keys F2
tui_wait "vervangen"
tui_show "Het bestand is vervangen: niets opgeslagen, het formulier blijft"
