# groeipad due on a small demo: who is due or overdue on 26-11-2026, most
# overdue first, as text and as CSV; -o writes a new 0600 file that equals
# what stdout gets; every use is in the audit log; bad input gets words and
# exit 1 or 2.
"$GP" demo --db d.db --children 40 --seed 5 >/dev/null
export GROEIPAD_PASSWORD=demo
"$GP" due --db d.db --user demo </dev/null; echo "exit $?"
echo "--- csv"
"$GP" due --db d.db --user demo --format csv </dev/null | tr -d '\r' | head -n 12; echo "exit $?"
# lines end in CR LF, as a spreadsheet expects
"$GP" due --db d.db --user demo --format csv </dev/null >c.csv
echo "$(tr -dc '\r' <c.csv | wc -c) CRs, $(wc -l <c.csv) lines"
echo "--- another date, as dd-mm-jjjj and as YYYY-MM-DD"
"$GP" due --db d.db --user demo --date 01-03-2027 </dev/null | head -n 6
"$GP" due --db d.db --user demo --date 01-03-2027 </dev/null >a.txt
"$GP" due --db d.db --user demo --date 2027-03-01 </dev/null >b.txt
cmp a.txt b.txt && echo "same list"
echo "--- a date before anything is due"
"$GP" due --db d.db --user demo --date 01-01-1990 </dev/null; echo "exit $?"
echo "--- -o"
"$GP" due --db d.db --user demo --format csv -o due.csv </dev/null; echo "exit $?"
stat -c '%a' due.csv
"$GP" due --db d.db --user demo --format csv </dev/null | cmp - due.csv && echo "file equals stdout"
"$GP" due --db d.db --user demo --format csv -o due.csv </dev/null; echo "exit $?"
ls | grep -c part || true
echo "--- the audit log"
sqlite3 d.db "select username, action, detail from audit_log where action in ('login', 'due_list') order by seq" | tail -n 4
echo "--- bad input"
"$GP" due --db d.db </dev/null; echo "exit $?"
GROEIPAD_PASSWORD=fout "$GP" due --db d.db --user demo </dev/null; echo "exit $?"
"$GP" due --db d.db --user niemand </dev/null; echo "exit $?"
"$GP" due --db d.db --user demo --date 31-02-2026 </dev/null; echo "exit $?"
"$GP" due --db d.db --user demo --date morgen </dev/null; echo "exit $?"
"$GP" due --db d.db --user demo --format xlsx </dev/null; echo "exit $?"
"$GP" due --db d.db --user demo extra </dev/null; echo "exit $?"
env -u GROEIPAD_PASSWORD "$GP" due --db d.db --user demo </dev/null; echo "exit $?"
"$GP" due --db nergens.db --user demo </dev/null; echo "exit $?"
sqlite3 d.db "select count(*) from audit_log where action = 'login_failed'"
