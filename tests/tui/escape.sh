# Text from the database is never written raw to the terminal: a family
# name holding an escape sequence (clear screen, red text) and a bell is
# shown with visible placeholders, in the search list and in the dossier.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
esc=$(printf '\033')
bel=$(printf '\007')
sqlite3 demo.db "INSERT INTO children (id, client_no, given_names, family_name, sort_key,
  sort_no, search_names, sex, birth_date, status, created_at, updated_at)
  VALUES (X'00000000000070008000000000000001', 999, 'Evil',
  'Gast${esc}[2J${esc}[31mRood${bel}', 'gast evil', 12291931433392 * 262144 + 1,
  'evil gast Gast', 1, '2020-01-01', 'actief', 1795687200, 1795687200);"
tui_start --db demo.db
tui_login
tui_keys F3
tui_type gast
tui_wait "1 kind gevonden"
tui_show "Zoeken: gast"
tui_keys Enter
tui_wait "Overzicht"
tui_show "Dossier"
