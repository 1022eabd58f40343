# groeipad export child REF --format json: the whole dossier of one demo
# child (found by client number and by BSN), byte for byte; -o writes a new
# 0600 file equal to stdout; every export is in the audit log with the
# child; formats still to come and bad input get words and exit 1 or 2.
"$GP" demo --db d.db --children 40 --seed 5 >/dev/null
export GROEIPAD_PASSWORD=demo
"$GP" export --db d.db --user demo child 100018 --format json </dev/null; echo "exit $?"
echo "--- by BSN, options anywhere, -o"
bsn=$(sqlite3 d.db "select bsn from children where client_no = 100018")
"$GP" export child "$bsn" --db d.db --format json --user demo -o kind.json </dev/null; echo "exit $?"
stat -c '%a' kind.json
"$GP" export --db d.db --user demo child 100018 --format json </dev/null | cmp - kind.json && echo "file equals stdout"
"$GP" export --db d.db --user demo child 100018 --format json -o kind.json </dev/null; echo "exit $?"
ls | grep -c part || true
echo "--- the audit log: one export entry per export, with the child"
sqlite3 d.db "select a.action, c.client_no, a.detail from audit_log a join children c on hex(c.id) = upper(replace(a.child_id, '-', '')) where a.action = 'export' order by a.seq"
echo "--- not yet, and bad input"
"$GP" export --db d.db --user demo child 100018 --format txt </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format md </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format bds </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format pdf </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format json --encoding cp1252 </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo kind 100018 --format json </dev/null; echo "exit $?"
"$GP" export --db d.db child 100018 --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 999999 --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 12ab --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 999999990 --format json </dev/null; echo "exit $?"
GROEIPAD_PASSWORD=fout "$GP" export --db d.db --user demo child 100018 --format json </dev/null; echo "exit $?"
sqlite3 d.db "select count(*) from audit_log where action = 'export'"
