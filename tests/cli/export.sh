# groeipad export child REF: the kindoverzicht of one demo child in plain
# text and Markdown (for a colleague), the afschrift for the parents in
# their language (Turkish here, from Taal thuis), GIZ (the latest
# conclusion, the open agreements and no closed one; no section for a
# child without GIZ), JSON with every field,
# byte for byte; -o writes a new 0600 file equal to stdout and replaces one
# only with --force; every export is in the audit log with the child and
# the file; bad options get words and exit 2.
"$GP" demo --db d.db --children 40 --seed 5 >/dev/null
export GROEIPAD_PASSWORD=demo
"$GP" export --db d.db --user demo child 100018 --format json </dev/null; echo "exit $?"
echo "--- txt"
"$GP" export --db d.db --user demo child 100018 --format txt </dev/null; echo "exit $?"
echo "--- md"
"$GP" export --db d.db --user demo child 100018 --format md </dev/null; echo "exit $?"
echo "--- the afschrift in the parents' language (Taal thuis: tr)"
turk=$(sqlite3 d.db "select c.client_no from children c join child_parents l on l.child_seq = c.seq join parents p on p.seq = l.parent_seq where p.language = 'tr' and l.gezag = 1 order by c.client_no limit 1")
"$GP" export --db d.db --user demo child "$turk" --format txt --afschrift </dev/null; echo "exit $?"
echo "--- the same in Arabic, Polish and English (first lines)"
for l in ar pl en; do
  "$GP" export --db d.db --user demo child "$turk" --format txt --afschrift --doc-lang $l </dev/null | sed -n '1p;10,14p'
done
echo "--- a parent's language without a translation: Dutch, and a note"
viet=$(sqlite3 d.db "select c.client_no from children c join child_parents l on l.child_seq = c.seq join parents p on p.seq = l.parent_seq where p.language = 'vi' order by c.client_no limit 1")
"$GP" export --db d.db --user demo child "$viet" --format md --afschrift </dev/null >viet.md; echo "exit $?"
head -n 1 viet.md
echo "--- GIZ: the latest conclusion and every open agreement, as the database has them"
giz=$(sqlite3 d.db "select c.client_no from children c join giz_agreements a on a.child_seq = c.seq where a.status = 'lopend' group by c.seq order by count(*) desc, c.client_no limit 1")
"$GP" export --db d.db --user demo child "$giz" --format txt </dev/null >giz.txt; echo "exit $?"
sed -n '/^GIZ: samen/,/^Groei$/p' giz.txt | sed '$d'
n=0; bad=0
while IFS= read -r what; do
  n=$((n + 1)); grep -qF -- "$what" giz.txt || { echo "missing: $what"; bad=$((bad + 1)); }
done <<EOS
$(sqlite3 d.db "select a.what from giz_agreements a join children c on c.seq = a.child_seq where c.client_no = $giz and a.status = 'lopend'")
EOS
echo "$n open agreements, $bad missing"
sqlite3 d.db "select a.what from giz_agreements a join children c on c.seq = a.child_seq where c.client_no = $giz and a.status <> 'lopend'" |
  while IFS= read -r what; do grep -qF -- "$what" giz.txt && echo "closed but listed: $what"; done
echo "--- the parents' copy in plain words (English)"
"$GP" export --db d.db --user demo child "$giz" --format md --afschrift --doc-lang en </dev/null | sed -n '/^## GIZ/,/^## Growth/p' | sed '$d'
no_giz=$(sqlite3 d.db "select client_no from children c where not exists (select 1 from giz_assessments g where g.child_seq = c.seq) order by client_no limit 1")
"$GP" export --db d.db --user demo child "$no_giz" --format txt </dev/null | grep -c '^GIZ'
echo "--- handovers: every one in the colleague's copy; the parents' copy leaves out Veilig Thuis"
vt=$(sqlite3 d.db "select c.client_no from children c join handovers h on h.child_seq = c.seq order by c.client_no limit 1")
# and a report to Veilig Thuis for the same child (the demo of 40 has none)
sqlite3 d.db "insert into handovers(id, no, child_seq, org_seq, mode, destination, reason, casusregie,
    sender_name, state, sent_on, created_at, updated_at)
  select randomblob(16), 900, c.seq, (select seq from organisations where kind = 'veilig_thuis' limit 1),
    'melding', 'veilig_thuis', 'zorgen', 'jgz', 'Demo', 'verzonden', '2026-11-20', 0, 0
  from children c where c.client_no = $vt"
"$GP" export --db d.db --user demo child "$vt" --format txt </dev/null | sed -n '/^Overdrachten$/,/^$/p' | awk 'NR > 3 && NF { print $1 }' | sort -n >listed.txt
sqlite3 d.db "select h.no from handovers h join children c on c.seq = h.child_seq where c.client_no = $vt order by h.no" | cmp - listed.txt && echo "every handover listed: $(wc -l <listed.txt)"
"$GP" export --db d.db --user demo child "$vt" --format txt --afschrift --doc-lang nl </dev/null | sed -n '/^Overdrachten$/,/^$/p' | grep -c "Veilig Thuis"
sqlite3 d.db "select count(*) from handovers h join children c on c.seq = h.child_seq where c.client_no = $vt and h.destination = 'veilig_thuis'"
echo "--- by BSN, options anywhere, -o"
bsn=$(sqlite3 d.db "select bsn from children where client_no = 100018")
"$GP" export child "$bsn" --db d.db --format json --user demo -o kind.json </dev/null; echo "exit $?"
stat -c '%a' kind.json
"$GP" export --db d.db --user demo child 100018 --format json </dev/null | cmp - kind.json && echo "file equals stdout"
"$GP" export --db d.db --user demo child 100018 --format txt -o kind.json </dev/null; echo "exit $?"
head -c 5 kind.json; echo
"$GP" export --db d.db --user demo child 100018 --format txt -o kind.json --force </dev/null; echo "exit $?"
stat -c '%a' kind.json; head -n 1 kind.json
"$GP" export --db d.db --user demo child 100018 --format txt -o . --force </dev/null; echo "exit $?"
ls | grep -c part || true
echo "--- the audit log: one export entry per export, with the child and the file"
sqlite3 d.db "select a.action, c.client_no, a.detail from audit_log a join children c on hex(c.id) = upper(replace(a.child_id, '-', '')) where a.action = 'export' order by a.seq"
echo "--- bad input"
"$GP" export --db d.db --user demo child 100018 --format pdf </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format json --encoding cp1252 </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format txt --encoding latin9 </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format txt --doc-lang fr </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format json --afschrift </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format bds --bds-version 2.0 </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 100018 --format txt --identity </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo all --format txt </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo kind 100018 --format json </dev/null; echo "exit $?"
"$GP" export --db d.db child 100018 --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 999999 --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 12ab --format json </dev/null; echo "exit $?"
"$GP" export --db d.db --user demo child 999999990 --format json </dev/null; echo "exit $?"
GROEIPAD_PASSWORD=fout "$GP" export --db d.db --user demo child 100018 --format json </dev/null; echo "exit $?"
sqlite3 d.db "select count(*) from audit_log where action = 'export'"
