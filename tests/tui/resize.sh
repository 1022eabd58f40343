# Resizing: below 80x24 only the notice shows (no crash); back at 80x24
# the screen is as it was, typed text included.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F3
tui_type omer
tui_wait "1 kind gevonden"
tui_resize 60 20
tui_wait "Venster te klein"
tui_show "60x20"
tui_resize 79 24
tui_wait "Venster te klein"
tui_resize 80 24
tui_wait "1 kind gevonden"
tui_show "terug naar 80x24"
tui_resize 100 30
tui_wait "1 kind gevonden"
tui_show "100x30"
