# "Weggooien?" never takes a key typed before it showed.  In a changed form
# a pick list is open; Esc closes it, a second Esc asks, and "joep" typed
# straight after (a name meant for the field) answers nothing: the question
# waits, the form and what was typed stay.  The answer keys count once
# "[j] ja" shows; n then keeps the form.
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
tui_keys Down
tui_type "Yaar"
tui_keys Down Down Down Space
tui_wait "Zoek:"
tui_keys Escape Escape j o e p
tui_wait "Weggooien?"
tui_wait "[j] ja"
tui_show "Twee keer Esc en 'joep' erachteraan: de vraag staat er nog"
tui_keys n
tui_gone "Weggooien?"
tui_show "n: het formulier met wat getypt was"
