# backup while others work, and what it leaves behind.  A copy finishes
# while another program saves every 20 ms (it used to start over after
# every save and never finish); a damaged database is refused (exit 3, no
# copy); a backup killed half-way never leaves a file under the final
# name, and the next backup removes what the killed one left; so does the
# next demo for a killed demo.
"$GP" demo --db d.db --children 1500 --seed 2 >/dev/null
( i=0; while [ ! -f stop ]; do i=$((i + 1)); sqlite3 d.db "insert into settings values ('writer $i', 'x')" 2>/dev/null; sleep 0.02; done ) &
writer=$!
sleep 0.3
timeout 15 "$GP" backup --db d.db -o live.db >/dev/null; echo "backup during saves: exit $?"
touch stop; wait $writer
"$GP" check --db live.db >/dev/null; echo "its check: exit $?"
sqlite3 live.db "select count(*) > 0 from settings where key like 'writer %'"
# a damaged database: no copy
cp d.db bad.db
size=$(stat -c %s bad.db)
dd if=/dev/urandom of=bad.db bs=4096 seek=$((size / 4096 / 2)) count=4 conv=notrunc 2>/dev/null
"$GP" backup --db bad.db -o bad-copy.db; echo "exit $?"
ls bad-copy.db* 2>/dev/null | wc -l
# killed at moments spread over a backup's run: never a file under the
# final name unless it is the whole copy
"$GP" demo --db s.db --children 300 --seed 2 >/dev/null
kept=0 whole=0
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
	rm -f k.db
	"$GP" backup --db s.db -o k.db >/dev/null 2>&1 &
	pid=$!
	sleep "$(echo $i | awk "{ print (\$1 * 37 % 12) / 12 }")"
	kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
	if [ -f k.db ]; then
		kept=$((kept + 1))
		"$GP" check --db k.db >/dev/null 2>&1 && whole=$((whole + 1))
	fi
done
[ "$kept" = "$whole" ] && echo "killed 12 times: no half copy"
# what a killed backup left is removed by the next one (not a live one's)
echo leftover > k2.db.part-999999
flock k2.db.part-888888 sleep 3 &
sleep 0.2
"$GP" backup --db d.db -o k2.db >/dev/null; echo "exit $?"
ls k2.db*
wait
# and what a killed demo left, by the next demo
echo leftover > fresh.db.new-999999
"$GP" demo --db fresh.db --children 2 >/dev/null; echo "exit $?"
ls fresh.db*
