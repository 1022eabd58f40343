# Habits a nurse has all day: Enter in a ja/nee field goes to the next field
# and never turns the answer over (Gezag stays "ja"); F3 from a dossier
# opens the search with an empty query, and F3 there brings the previous
# query back.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F3
tui_type omer
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "Overzicht"
tui_keys Left Left  # past Toegang, the last section
tui_wait "Ouders en verzorgers"
tui_keys Enter
tui_wait "Relatie tot kind"
tui_keys Down Down Down Down
tui_wait "deze ouder het gezag"
tui_keys Enter
tui_wait "Kind woont hier"
tui_show "Enter op Gezag: door naar het volgende veld, Gezag blijft ja"
tui_keys Escape
tui_wait "Ouders en verzorgers"
tui_keys F3
tui_wait "Typ een deel"
tui_show "F3 vanuit het dossier: een lege zoekvraag"
tui_keys F3
tui_wait "1 kind gevonden"
tui_screen | grep "Zoeken:"
