# English (--lang en): the login screen, demo/demo opens Today, and F1 shows
# the keys and the how-to in English; F10 quits.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --lang en --db demo.db
tui_wait "User:"
tui_show "Log in"
tui_type demo; tui_keys Tab; tui_type wrong; tui_keys Enter
tui_wait "is incorrect"
tui_show "wrong password"
tui_type demo; tui_keys Enter
tui_wait "Appointments today"
tui_show "Today"
tui_keys F1
tui_wait "Keys on this screen"
tui_show "Help for Today"
tui_keys PgDn
tui_wait "How it works"
tui_show "Help for Today, PgDn: how it works"
tui_keys Escape
tui_wait "Appointments today"
tui_keys F10
tui_wait "groeipad gestopt"
tui_show "after F10"
