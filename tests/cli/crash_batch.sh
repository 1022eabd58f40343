# Crash safety of saves (docs/product.md §8): a program saving one record after
# another is killed with SIGKILL at a random moment, again and again.
# After every kill: every save it had acknowledged is there, nothing is
# half-saved (each child has its contact with its measurement, and the
# audit chain is whole), PRAGMA integrity_check says ok, and `groeipad
# check` passes.  GP_CRASH_KILLS sets the number of kills (default 25);
# GP_FIGURES, when set, names a file to which the totals are appended.
saver="${GP_SAVER:-$(dirname "$GP")/tests/crash_saver}"
kills=${GP_CRASH_KILLS:-25}
"$GP" demo --db d.db --children 0 >/dev/null
next=1 acked=0 lost=0 half=0 bad=0 k=0
while [ "$k" -lt "$kills" ]; do
	k=$((k + 1))
	"$saver" d.db "$next" 1000000 >acks 2>saver.err &
	pid=$!
	# (under valgrind, make valgrind, the saver is slower: the moments stretch likewise)
	sleep "$(awk -v k="$k" -v f="${GP_TIMEOUT_FACTOR:-1}" 'BEGIN { srand(k); printf "%.3f", (0.05 + rand() * 0.4) * f }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	last=$(sed -n 's/^ACK //p' acks | tail -n 1)
	[ -n "$last" ] && acked=$((acked + last - next + 1))
	# every acknowledged save present, whole; the file whole
	if [ -n "$last" ]; then
		missing=$(sqlite3 d.db "with recursive n(i) as (select $next union all select i + 1 from n where i < $last)
			select count(*) from n where not exists (select 1 from children where family_name = 'Crash' || i)")
		lost=$((lost + missing))
	fi
	half=$((half + $(sqlite3 d.db "select count(*) from children c where family_name like 'Crash%' and
		(select count(*) from contacts k join measurements m on m.contact_seq = k.seq where k.child_seq = c.seq) <> 1")))
	[ "$(sqlite3 d.db 'pragma integrity_check')" = ok ] || bad=$((bad + 1))
	"$GP" check --db d.db >/dev/null 2>&1 || bad=$((bad + 1))
	next=$(($(sqlite3 d.db "select coalesce(max(cast(substr(family_name, 6) as integer)), 0) from children where family_name like 'Crash%'") + 1))
done
saved=$((next - 1))
[ -n "${GP_FIGURES:-}" ] && echo "crash_batch: $kills kills, $saved saves, $acked acknowledged, $lost lost, $half half-saved, $bad integrity failures" >>"$GP_FIGURES"
[ "$acked" -gt 0 ] && echo "acknowledged saves made"
echo "$kills kills: $lost acknowledged saves lost, $half half-saved, $bad integrity failures"
cat saver.err
