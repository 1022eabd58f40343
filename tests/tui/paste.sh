# Pasting text (bracketed paste): it arrives whole, so a newline in it does
# not act as Enter and a tab not as Tab.  In a one-line field newlines and
# tabs become spaces and control characters are dropped; in a note the lines
# stay; the search query takes a pasted name at once.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_paste "$(printf 'liv\theuvel\n')"
tui_wait "Heuvel, Liv"
tui_show "Zoeken: een geplakte naam met een tab en een Enter erin"
tui_keys F7
tui_wait "Voornamen"
tui_paste "$(printf 'Anna\nMarie\033[31m\nSophie')"
tui_wait "Anna Marie"
tui_show "Nieuw kind: drie geplakte regels in Voornamen, de cursor blijft daar"
