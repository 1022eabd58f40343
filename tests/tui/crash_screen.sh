# Crash safety in the screens: new children are saved one after another
# through the child form, and the program is killed with SIGKILL at a
# random moment (typing, just after F2, while saving).  After every kill:
# every child whose dossier had opened (the save acknowledged) is there,
# none is half-saved (each has its audit entry and can be found), the file
# passes integrity_check and `groeipad check`.  GP_CRASH_SCREEN_KILLS sets
# the number of kills (default 4); GP_FIGURES collects the totals.
. "$ROOT/tests/tui/lib.sh"
kills=${GP_CRASH_SCREEN_KILLS:-4}
demo_db demo.db 20 1
n=0 acked=0 lost=0 half=0 bad=0 k=0
ack_list=""
program() { ps -o pid= --ppid "$(tui_tmux display -p -t "$TUI_T" '#{pane_pid}')" | head -n 1; }
while [ "$k" -lt "$kills" ]; do
	k=$((k + 1))
	tui_start --db demo.db
	tui_login
	# saves until the kill: the last one is killed at a random moment
	last=$(awk -v k="$k" 'BEGIN { srand(k); print 1 + int(rand() * 3) }')
	j=0
	while [ "$j" -lt "$last" ]; do
		j=$((j + 1)) n=$((n + 1))
		tui_keys F3; tui_wait "Typ een deel"; tui_keys F7; tui_wait "Voornamen"
		tui_type "Scherm"; tui_keys Tab Tab Tab; tui_type "Kill$n"; tui_keys Tab
		tui_type "man"; tui_wait "Zoek: man"; tui_keys Enter; tui_gone "Zoek:"; tui_keys Tab
		tui_type "01-02-2026"
		if [ "$j" = "$last" ]; then
			tui_keys F2
			sleep "$(awk -v k="$k" 'BEGIN { srand(k * 7); printf "%.3f", rand() * 0.15 }')"
			kill -9 "$(program)"
			tui_screen | grep -q "Dossier Scherm Kill$n" && ack_list="$ack_list $n" && acked=$((acked + 1))
		else
			tui_keys F2
			tui_wait "Dossier Scherm Kill$n"
			ack_list="$ack_list $n" acked=$((acked + 1))
			tui_keys Escape; tui_wait "Zoeken:"; tui_keys Escape; tui_wait "Goedendag"
		fi
	done
	tui_stop
	for a in $ack_list; do
		[ "$(sqlite3 demo.db "select count(*) from children where family_name = 'Kill$a'")" = 1 ] || lost=$((lost + 1))
	done
	half=$((half + $(sqlite3 demo.db "select count(*) from children c where family_name like 'Kill%' and
		(not exists (select 1 from audit_log where replace(child_id, '-', '') = lower(hex(c.id)) and action = 'create')
		 or not exists (select 1 from children_fts where children_fts match 'names : ' || lower(c.family_name)))")))
	[ "$(sqlite3 demo.db 'pragma integrity_check')" = ok ] || bad=$((bad + 1))
	"$GP" check --db demo.db >/dev/null 2>&1 || bad=$((bad + 1))
done
[ -n "${GP_FIGURES:-}" ] && echo "crash_screen: $kills kills, $n saves tried, $acked acknowledged, $lost lost, $half half-saved, $bad integrity failures" >>"$GP_FIGURES"
echo "$kills kills in the screens: $lost acknowledged saves lost, $half half-saved, $bad integrity failures"
