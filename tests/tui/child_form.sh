# A new child: F7 from Zoeken; a wrong BSN (123456789) is refused with its
# reason when the field is left; corrected to 999911880 the child saves, its
# dossier opens, and the search finds it at once.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_keys F7
tui_wait "Voornamen"
tui_show "Nieuw kind, leeg"
tui_type "Zoë Anna"; tui_keys Tab
tui_type "Zoë"; tui_keys Tab
tui_type "van der"; tui_keys Tab
tui_type "Berg"; tui_keys Tab
tui_type "vrouw"; tui_wait "Zoek: vrouw"; tui_keys Enter; tui_gone "Zoek:"; tui_keys Tab
tui_type "12-03-2024"; tui_keys Tab
tui_type "123456789"; tui_keys Tab
tui_wait "elfproef"
tui_show "BSN 123456789 geweigerd"
tui_keys BTab C-u
tui_type "999911880"; tui_keys Tab
tui_gone "elfproef"
tui_keys F2
tui_wait "Opgeslagen"
tui_show "Opgeslagen: het dossier"
tui_keys Escape
tui_wait "Zoeken:"
tui_type "berg zoe"
tui_wait "1 kind gevonden"
tui_show "Meteen te vinden"
