# groeipad export handover NUMBER --format txt|md: the handover letter for
# the receiver (docs/product.md §6, §7) with the consent record, casusregie
# and the summary; a Veilig Thuis melding sent without consent says so;
# every export is in the audit log, files are 0600 and replaced only with
# --force; cp1252 and ascii go through the encoding writer of every text
# export; wrong words get a clear answer.  The child's JSON export carries its handovers with consents and
# lifecycle.
"$GP" demo --db demo.db --children 60 --seed 1 >/dev/null
export GROEIPAD_PASSWORD=demo
echo "--- handover 3 as text"
"$GP" export --db demo.db --user demo handover 3 --format txt </dev/null; echo "exit $?"
echo "--- handover 10 (a melding) as Markdown: the head and the consent"
"$GP" export --db demo.db --user demo handover 10 --format md </dev/null >10.md; echo "exit $?"
sed -n '1,5p' 10.md
sed -n '/^## Toestemming/,/^## Afspraken/p' 10.md
echo "--- to a file"
"$GP" export --db demo.db --user demo handover 8 --format txt -o brief.txt </dev/null; echo "exit $?"
stat -c %a brief.txt
grep -A2 "^Bij afsluiting" brief.txt
"$GP" export --db demo.db --user demo handover 8 --format txt -o brief.txt </dev/null; echo "exit $?"
"$GP" export --db demo.db --user demo handover 8 --format txt -o brief.txt --force </dev/null; echo "exit $?"
echo "--- through the encoding writer: cp1252 is the same letter in other bytes; ascii transliterates"
# the first letter of the demo with an ë whose every character cp1252 has
cp demo.db probe.db # the search stays out of demo.db's audit log
n=$(for i in $(seq 1 20); do
  "$GP" export --db probe.db --user demo handover "$i" --format txt </dev/null >l.utf8 2>/dev/null || continue
  grep -q "$(printf '\303\253')" l.utf8 && iconv -f utf-8 -t cp1252 l.utf8 >/dev/null 2>&1 && { echo "$i"; break; }
done)
[ -n "$n" ] && echo "a letter with ë that fits cp1252"
"$GP" export --db demo.db --user demo handover "$n" --format txt </dev/null >n.utf8
"$GP" export --db demo.db --user demo handover "$n" --format txt --encoding cp1252 -o n.cp1252 </dev/null 2>&1 | sed "s/brief $n /brief N /"
iconv -f cp1252 -t utf-8 n.cp1252 | cmp - n.utf8 && echo "cp1252 = utf-8 converted back"
[ "$(grep -c "$(printf '\303\253')" n.utf8)" = "$(grep -c "$(printf '\353')" n.cp1252)" ] && echo "every ë is the byte EB"
"$GP" export --db demo.db --user demo handover "$n" --format md --encoding ascii </dev/null >n.ascii 2>ascii.err; echo "exit $?"
LC_ALL=C grep -c '[^ -~]' n.ascii
cat ascii.err
echo "--- in the audit log"
sqlite3 demo.db "select action, detail from audit_log where detail like 'handover%' order by seq"
echo "--- words the command does not take"
"$GP" export --db demo.db --user demo handover 99 --format txt </dev/null; echo "exit $?"
"$GP" export --db demo.db --user demo handover drie --format txt </dev/null; echo "exit $?"
"$GP" export --db demo.db --user demo handover --format txt </dev/null; echo "exit $?"
"$GP" export --db demo.db --user demo handover 3 </dev/null; echo "exit $?"
"$GP" export --db demo.db --user demo handover 3 --format json </dev/null; echo "exit $?"
"$GP" export --db demo.db --user demo handover 3 4 --format txt </dev/null; echo "exit $?"
"$GP" export --db demo.db --user demo handover 3 --format txt --encoding latin1 </dev/null; echo "exit $?"
"$GP" export --db demo.db --user demo handover 3 --format txt --afschrift </dev/null; echo "exit $?"
echo "--- the child's JSON export: handovers with consents and lifecycle"
"$GP" export --db demo.db --user demo child 100015 --format json </dev/null >child.json
sed -n '/"handovers": \[/,$p' child.json | grep -E '"(no|state|destination|mode|decision|form|scope|casusregie|consent_exempt)"|"(voorbereid|verzonden|derden)"' | sed 's/^ *//'
