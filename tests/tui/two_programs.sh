# Two programs on one database, each with its own user: both work; when
# both change the same child, the second save is refused, that user is told
# who saved first, and what they typed stays in the form.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db 40 5
GROEIPAD_PASSWORD=demo GROEIPAD_NEW_PASSWORD=tijdelijk-12345 \
	"$GP" user add anna --role jeugdverpleegkundige --name "Anna de Wit" --db demo.db --user beheer </dev/null >/dev/null
GROEIPAD_PASSWORD=tijdelijk-12345 GROEIPAD_NEW_PASSWORD=anna-wachtwoord \
	"$GP" user passwd anna --db demo.db --user anna </dev/null >/dev/null
# a second terminal, "u", next to lib.sh's "t"
u_keys() { tui_tmux send-keys -t '=u:' "$@"; }
u_type() { tui_tmux send-keys -t '=u:' -l -- "$1"; }
u_wait() {
	i=0
	while ! tui_tmux capture-pane -p -t '=u:' | grep -qF -- "$1"; do
		i=$((i + 1)); [ $i -gt $((200 * ${GP_TIMEOUT_FACTOR:-1})) ] && { echo "!!! u: '$1' never shown"; tui_tmux capture-pane -p -t '=u:'; exit 1; }
		sleep 0.05
	done
}
u_show() { sleep 0.15; echo "=== $1"; tui_tmux capture-pane -p -t '=u:' | sed -e 's/[0-2][0-9]:[0-5][0-9]/HH:MM/g' -e 's/[[:space:]]*$//'; }
bsn=$(sqlite3 demo.db "select bsn from children where client_no = 100029")
edit_zoe() { # $1: send keys function prefix (tui or u); the child found by its BSN
	"$1_keys" F3; "$1_wait" "Typ een deel"; "$1_type" "$bsn"; "$1_wait" "1 kind gevonden"
	"$1_keys" Enter; "$1_wait" "Overzicht"; "$1_keys" F4; "$1_wait" "Voornamen"
}
tui_start --db demo.db
tui_login
tui_tmux new-session -d -s u -x 80 -y 24 "'$GP' --db demo.db; sleep 600"
u_wait "Gebruiker:"
u_type anna; u_keys Tab; u_type anna-wachtwoord; u_keys Enter
u_wait "Goedendag, Anna de Wit"
edit_zoe tui
edit_zoe u
# the first saver
tui_keys Down Down Down Down Down Down Down Down Down Down Down Down
tui_keys C-u; tui_type "Utrecht"; tui_keys F2
tui_wait "Opgeslagen"
# the second saver
u_keys Down Down Down Down Down Down Down Down Down Down Down Down Down
u_keys C-u; u_type "06-99999999"; u_keys F2
u_wait "Niet opgeslagen"
u_show "De tweede: geweigerd, met wie eerst was, en de invoer staat er nog"
sqlite3 demo.db "select city || ' ' || phone from children where client_no = 100029"
