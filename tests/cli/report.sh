# groeipad report: counts for the municipality over a period, as CSV with
# ';' and a header row, or as text.  No name, BSN, birth date or free text
# appears in it (every one of the demo database's is looked for, GIZ words
# and agreements too), and every
# count under 5 is shown as <5.  GIZ conclusions and handovers (with
# whether feedback came back) are counted from their records; the use is
# in the audit log.
export GROEIPAD_PASSWORD=demo
"$GP" demo --db d.db --children 500 --seed 1 >/dev/null
"$GP" report --db d.db --user demo --from 01-01-2026 --to 26-11-2026 --format csv -o r.csv </dev/null; echo "exit $?"
stat -c '%a' r.csv
cat r.csv | tr -d '\r'
echo "--- text"
"$GP" report --db d.db --user demo --from 2026-01-01 --to 2026-11-26 </dev/null >r.txt; echo "exit $?"
head -n 20 r.txt
echo "--- no name, BSN, birth date or free text"
sqlite3 d.db "select bsn from children where bsn is not null union select bsn from parents where bsn is not null
  union select given_names from children union select family_name from children
  union select given_names from parents union select family_name from parents
  union select birth_date from children union select substr(birth_date, 9, 2) || '-' || substr(birth_date, 6, 2) || '-' || substr(birth_date, 1, 4) from children
  union select conclusion from contacts where conclusion is not null
  union select text from contact_observations
  union select conclusion_text from giz_assessments where conclusion_text is not null
  union select parent_worries from giz_assessments where parent_worries is not null
  union select what from giz_agreements" >secret.txt
wc -l <secret.txt | tr -d ' '
found=0
while IFS= read -r s; do
  [ -n "$s" ] || continue
  if grep -qwF -- "$s" r.csv r.txt; then echo "found: $s"; found=$((found + 1)); fi
done <secret.txt
echo "$found found"
echo "--- small cells"
grep -c ';<5;' r.csv
awk -F';' 'NR > 1 && $4 ~ /^[0-4]$/' r.csv | wc -l
echo "--- GIZ conclusions and handovers"
org=$(sqlite3 d.db "select seq from organisations where kind = 'wijkteam' limit 1")
vt=$(sqlite3 d.db "select seq from organisations where kind = 'veilig_thuis' limit 1")
kid=$(sqlite3 d.db "select seq from children limit 1")
# GIZ: 9 Advies and 3 Intensieve zorg (<5) on top of the demo's; handovers to
# JGZ 4-18 (the demo sends none there): 6 sent in the period, 3 of them with
# feedback (2 teruggekoppeld, 1 closed), 1 only prepared, 1 sent after it;
# 2 reports to Veilig Thuis in May (<5), no feedback
sqlite3 d.db "
  with recursive n(i) as (select 1 union all select i + 1 from n where i < 12)
  insert into giz_assessments(id, child_seq, assessed_on, conclusion_code, created_at, updated_at)
    select randomblob(16), $kid, '2026-0' || (1 + i % 9) || '-15', case when i <= 9 then '02' else '05' end, 0, 0 from n;
  with recursive n(i) as (select 1 union all select i + 1 from n where i < 10)
  insert into handovers(id, no, child_seq, org_seq, mode, destination, reason, casusregie,
      sender_name, state, sent_on, fed_back_on, closed_on, created_at, updated_at)
    select randomblob(16), 1000 + i, $kid, case when i <= 7 or i = 10 then $org else $vt end,
      case when i <= 7 or i = 10 then 'erbij_halen' else 'melding' end,
      case when i <= 7 or i = 10 then 'jgz_4_18' else 'veilig_thuis' end, 'h' || i, 'jgz', 'Demo',
      case when i <= 2 then 'teruggekoppeld' when i = 3 then 'voorbereid' when i = 4 then 'afgerond'
        else 'verzonden' end,
      case when i = 3 then null when i = 10 then '2026-12-01' else '2026-05-0' || i end,
      case when i <= 2 then '2026-06-01' end, case when i = 4 then '2026-06-02' end, 0, 0 from n;"
"$GP" report --db d.db --user demo --from 01-01-2026 --to 26-11-2026 --format csv </dev/null | tr -d '\r' | grep -E '^(GIZ|Overdrachten)'
echo "--- bad input"
"$GP" report --db d.db --user demo --from 01-01-2026 </dev/null; echo "exit $?"
"$GP" report --db d.db --user demo --from 31-12-2026 --to 01-01-2026 </dev/null; echo "exit $?"
"$GP" report --db d.db --user demo --from 31-02-2026 --to 01-03-2026 </dev/null; echo "exit $?"
"$GP" report --db d.db --user demo --from 01-01-2026 --to 31-12-2026 --format xls </dev/null; echo "exit $?"
"$GP" report --db d.db --user demo --from 01-01-2026 --to 31-12-2026 -o r.csv </dev/null; echo "exit $?"
"$GP" report --db d.db --from 01-01-2026 --to 31-12-2026 </dev/null; echo "exit $?"
sqlite3 d.db "select action, detail from audit_log where action = 'report' order by seq"
