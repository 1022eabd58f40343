# Esc on a changed form asks before throwing the changes away: "n" keeps
# the form with what was typed, "j" leaves it.  F10 on a changed form asks
# too.  A form without changes closes without a question.  The answer keys
# count once "[j] ja" shows (typed-ahead keys never answer: typeahead.sh).
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F3
tui_type omer
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "Overzicht"
tui_keys F4
tui_wait "Voornamen"
tui_keys Escape
tui_wait "[Overzicht]"
tui_keys F4
tui_wait "Voornamen"
tui_keys Tab
tui_type "Yaar"
tui_keys Escape
tui_wait "[j] ja"
tui_show "Esc met wijzigingen: de vraag"
tui_keys n
tui_gone "Weggooien?"
tui_show "n: het formulier met de wijziging"
tui_keys F10
tui_answer n
tui_gone "Toch stoppen"
tui_keys Escape
tui_answer j
tui_wait "[Overzicht]"
tui_show "j: terug in het dossier, niets gewijzigd"
