# Zoeken: "omer" finds Ömer while typing; Enter opens the dossier (header with
# age, BSN, sex, parents with gezag, huisarts, school); Left twice (from
# Overzicht, round past Toegang, the last tab) shows Gezin;
# back on Vandaag (End: the bottom of the list) the child is under "Recent
# geopend".
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys /
tui_wait "Typ een deel"
tui_type omer
tui_wait "1 kind gevonden"
tui_show "Zoeken: omer"
tui_keys Enter
tui_wait "Overzicht"
tui_show "Dossier, Overzicht"
tui_keys Left Left
tui_wait "Ouders en verzorgers"
tui_show "Dossier, Gezin"
tui_keys Escape
tui_wait "1 kind gevonden"
tui_keys Escape
tui_wait "Afspraken vandaag"
tui_keys End
tui_wait "Recent geopend"
tui_show "Vandaag na het openen, End: onderaan de lijst"
tui_keys F3
tui_type 3702
tui_wait "gevonden"
tui_show "Zoeken op postcode"
