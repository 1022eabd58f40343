# The audit log cannot be quietly shortened or rewritten.  Someone who can
# write the file drops the log's triggers and changes it with the sqlite3
# shell; `check` names the first problem and exits 3.  A log cut short and
# then continued (a chain that is whole again, as if recomputed) is caught
# by the anchors kept outside the file: a backup and a printed seal.
"$GP" demo --db d.db --children 20 --seed 3 >/dev/null
GROEIPAD_PASSWORD=demo "$GP" due --db d.db --user demo </dev/null >/dev/null
sqlite3 d.db "select 'entries: ' || count(*) from audit_log"
"$GP" check --db d.db; echo "exit $?"
# the numbers below count from the last entry, whatever the demo logged
last=$(sqlite3 d.db "select max(seq) from audit_log")
cut=$((last - 5))
unguard="drop trigger audit_log_no_update; drop trigger audit_log_no_delete;"
unhead="drop trigger audit_head_update; drop trigger audit_head_delete; drop trigger audit_head_insert;"
tamper() {
	name=$1 sql=$2
	echo "--- $name"
	cp d.db t.db
	sqlite3 t.db "$unguard $sql"
	"$GP" check --db t.db >out 2>&1; rc=$?
	head -n 1 out
	echo "exit $rc"
	rm -f t.db t.db-wal t.db-shm
}
tamper "one entry changed" "update audit_log set detail = 'nothing to see' where seq = 30"
tamper "an entry deleted" "delete from audit_log where seq = 17"
tamper "emptied" "delete from audit_log"
tamper "emptied, head removed too" "$unhead delete from audit_log; delete from audit_head"
tamper "the last entries cut off" "delete from audit_log where seq > 32"
tamper "the last entry renumbered" "$unhead update audit_log set seq = 999 where seq = $last; update audit_head set seq = 999"
tamper "all renumbered, no gap" "$unhead delete from audit_log where seq = 1; update audit_log set seq = seq - 1; update audit_head set seq = seq - 1"
tamper "two entries swapped" "update audit_log set seq = -1 where seq = 20; update audit_log set seq = 20 where seq = 21; update audit_log set seq = 21 where seq = -1"
tamper "entries added past the head" "insert into audit_log select seq + 1, at, account_id, username, workstation, child_id, action, detail, hash, hash from audit_log where seq = $last"
# The head moved back as well: the chain and its head agree again, so only
# anchors kept elsewhere can tell.  Take a backup and a seal first, then cut
# the log and let work go on: every later check with those anchors fails.
echo "--- cut off, head moved back, work goes on"
# check, with anything it prints about anchors made independent of the clock
chk() { "$GP" check "$@" >out 2>&1; rc=$?; sed 's/van [0-9][0-9]-[0-9][0-9]-[0-9]\{4\} [0-9:]*/van DATUM/; s/([0-9a-f-]\{36\})/(ID)/' out; echo "exit $rc"; }
"$GP" backup --db d.db -o anchor.db >/dev/null; echo "backup exit $?"
GROEIPAD_PASSWORD=demo "$GP" seal --db d.db --user demo -o zegel.txt </dev/null; echo "seal (a nurse) exit $?"
GROEIPAD_PASSWORD=demo "$GP" seal --db d.db --user beheer -o zegel.txt </dev/null; echo "seal exit $?"
grep -c 'groeipad-anker 1 ' zegel.txt
chk --db d.db --anchor anchor.db --anchor zegel.txt
sqlite3 d.db "$unguard $unhead delete from audit_log where seq > $cut; update audit_head set seq = $cut, hash = (select hash from audit_log where seq = $cut)"
for i in 1 2 3 4 5; do GROEIPAD_PASSWORD=demo "$GP" due --db d.db --user demo </dev/null >/dev/null; done
chk --db d.db
chk --db d.db --anchor anchor.db
chk --db d.db --anchor zegel.txt
chk --db d.db --anchor "$(grep 'groeipad-anker 1 ' zegel.txt)"
# a seal of another database is no verdict on this one; nonsense is said to be
"$GP" demo --db other.db --children 1 >/dev/null
chk --db other.db --anchor zegel.txt
chk --db d.db --anchor "iets anders"
