# lib.sh — shared helpers for the scripted screen tests (tests/tui/*.sh):
# the program runs in a private tmux server (socket in the test's temp
# dir), keys go in with send-keys, and the screen comes out as text with
# capture-pane at the checkpoints a test prints.  Clock times (HH:MM) are
# blanked so the output does not depend on when the test runs.
#
#   tui_start [COLS ROWS] ARGS...  run "$GP ARGS" in a COLSxROWS terminal
#   tui_keys KEY...                tmux key names: Enter Tab BTab Escape F1 …
#   tui_type TEXT                  type TEXT literally
#   tui_paste TEXT                 paste TEXT as a terminal does (bracketed)
#   tui_wait TEXT [SECONDS]        until TEXT shows (fails the test if never)
#   tui_gone TEXT [SECONDS]        until TEXT is gone
#   tui_show TITLE                 print "=== TITLE" and the screen
#   tui_answer KEY                 answer the open j/n question with KEY once
#                                  its answer keys count ("[n] n…" shows;
#                                  a key sent earlier is ignored by design)
#   tui_resize COLS ROWS           resize the terminal (SIGWINCH)
#   demo_db FILE [CHILDREN SEED]   a demo database
#   tui_login [USER]               log in as demo (or USER) with password demo

TUI_SOCK="$PWD/tmux.sock"
# The program's pane: session t exactly ("=t:").  tmux can take a bare "t" for
# a window of its current session before a session named t; once
# two_programs.sh had made session u, "-t t" was seen to reach u's screen on a
# loaded machine (its timeouts).
TUI_T='=t:'
tui_tmux() { tmux -S "$TUI_SOCK" "$@"; }

tui_stop() { tui_tmux kill-server 2>/dev/null; rm -f "$TUI_SOCK"; }
trap tui_stop EXIT

# The pane starts as an idle shell so the options are set before the
# program draws its first frame; then the program replaces it.  When the
# program ends the pane stays, showing its exit code under the restored
# terminal.
tui_start() {
	cols=80 rows=24
	case "${1:-}" in [0-9]*) cols=$1 rows=$2; shift 2 ;; esac
	tui_tmux -f /dev/null new-session -d -s t -x "$cols" -y "$rows" 'sleep 600' || exit 1
	tui_tmux set-option -g status off >/dev/null
	tui_tmux set-option -g remain-on-exit on >/dev/null
	args=""
	for a in "$@"; do args="$args '$a'"; done
	tui_tmux respawn-pane -k -t "$TUI_T" "clear; '$GP' $args; echo \"[groeipad gestopt, afsluitcode \$?]\"; sleep 600"
}

tui_keys() { tui_tmux send-keys -t "$TUI_T" "$@"; }
tui_type() { tui_tmux send-keys -t "$TUI_T" -l -- "$1"; }
tui_resize() { tui_tmux resize-window -t "$TUI_T" -x "$1" -y "$2"; }
tui_paste() { tui_tmux set-buffer -b p -- "$1"; tui_tmux paste-buffer -p -d -b p -t "$TUI_T"; }

tui_raw() { tui_tmux capture-pane -p -t "$TUI_T"; }

# The screen as the user sees it, trailing blanks removed, clock times blanked.
tui_screen() {
	tui_raw | sed -e 's/[0-2][0-9]:[0-5][0-9]/HH:MM/g' -e 's/[[:space:]]*$//'
}

tui_poll() {
	want=$1 text=$2 secs=$((${3:-10} * ${GP_TIMEOUT_FACTOR:-1}))
	i=0
	while [ "$i" -lt $((secs * 20)) ]; do
		if tui_raw | grep -qF -- "$text"; then
			[ "$want" = shown ] && return 0
		else
			[ "$want" = gone ] && return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	echo "!!! timed out waiting until '$text' is $want; the screen was:"
	tui_screen
	exit 1
}
tui_wait() { tui_poll shown "$@"; }
tui_answer() { tui_poll shown "[n] n"; tui_keys "$1"; }
tui_gone() { tui_poll gone "$@"; }

tui_show() {
	sleep 0.15 # let the last frame settle
	echo "=== $1"
	tui_screen
}

demo_db() {
	"$GP" demo --db "$1" --children "${2:-60}" --seed "${3:-1}" >/dev/null || exit 1
}

# For screen tests with a hub (after `. tests/pgcluster.sh` and pg_up): the
# cluster as a hub in $hub, a clinic of 30 demo children (clinic.db,
# workstation Bureau) exchanged with it, and laptop a.db checked out for
# JGZ Zeist as workstation A.
hub_clinic_laptop() {
	export PGPASSFILE=$PGC_PASSFILE GROEIPAD_PASSWORD=demo
	hub="host=$PGC_HOST port=$PGC_PORT dbname=$PGC_DB user=$PGC_ADMIN"
	"$GP" hub init --hub "$hub" </dev/null >/dev/null || exit 1
	demo_db clinic.db 30 5
	"$GP" sync --db clinic.db --hub "$hub" --name Bureau </dev/null >/dev/null || exit 1
	"$GP" hub checkout --hub "$hub" --location "JGZ Zeist" --db a.db --name A </dev/null >/dev/null ||
		exit 1
}

# Logs in as demo/demo (or USER/demo: beheer, assistent) and waits for Vandaag.
tui_login() {
	tui_wait "Gebruiker:"
	tui_type "${1:-demo}"; tui_keys Tab; tui_type demo; tui_keys Enter
	if [ "${1:-demo}" = beheer ]; then tui_wait "Als beheerder"; else tui_wait "Afspraken vandaag"; fi
}
