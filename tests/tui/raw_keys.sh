# Keys the terminfo entry (here tmux's "screen") does not describe arrive
# as the escape sequences of other terminals — xterm's ESC [ H / ESC O F,
# PuTTY's ESC [ 11~ … 14~, the Linux console's ESC [ [ A, modifiers as
# ESC [ 1 ; 5 D — and still do what they say; none reaches a field as Esc
# plus letters.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
raw() { tui_tmux send-keys -t "$TUI_T" -H "$@"; }
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_type "zoe heuvel"
raw 1b 5b 48              # Home, xterm
tui_type "X"
raw 1b 4f 46              # End, xterm application mode
tui_type "Y"
raw 1b 5b 31 3b 35 44     # Ctrl-Left, xterm with modifier
tui_type "Z"
raw 1b 5b 37 7e           # Home, rxvt
raw 1b 5b 33 7e           # Delete
tui_wait "zoe ZheuvelY"
tui_show "Zoekvraag na Home, End, Ctrl-Links, Home en Delete"
raw 1b 5b 31 33 7e        # F3, PuTTY: the query is wiped
tui_wait "Typ een deel"
raw 1b 5b 5b 43           # F3, Linux console: the previous query is back
tui_wait "zoe ZheuvelY"
raw 1b 5b 31 31 7e        # F1, PuTTY
tui_wait "Toetsen op dit scherm"
tui_show "F1 als ESC [ 11 ~: de hulp"
