# GIZ in the JSON export and the demo (issue 9): Mats Vliet (demo, 60
# children, seed 1) had two GIZ conversations; his export lists both, oldest first,
# each with BDS 1629-1641 as coded values with the OID of their code system,
# the ten aspects, the parent's words, the conclusion and the plan with its
# events.  The demo gives about one child in eight a conversation, most with
# a follow-up, the same for the same seed; and the schema itself refuses a
# step outside the scale, whoever writes.
"$GP" demo --db d.db --children 60 --seed 1 >/dev/null
export GROEIPAD_PASSWORD=demo
ref=$(sqlite3 d.db "select client_no from children where given_names = 'Mats Floris Guus' and family_name = 'Vliet'")
"$GP" export --db d.db --user demo child "$ref" --format json </dev/null >max.json; echo "exit $?"
# the giz part, without ids and timestamps (they are the demo's own)
sed -n '/^  "giz": \[/,$p' max.json | grep -v '"id":\|"updated_at":\|"organisation_id":'
echo "--- the demo"
sqlite3 d.db "select count(distinct child_seq), count(*) from giz_assessments;
  select status, count(*) from giz_agreements group by status order by status;
  select count(*) from giz_agreement_events"
"$GP" demo --db d2.db --children 60 --seed 1 >/dev/null
for t in giz_assessments giz_aspects giz_agreements giz_agreement_events giz_participants; do
  a=$(sqlite3 d.db ".dump $t" | md5sum) b=$(sqlite3 d2.db ".dump $t" | md5sum)
  [ "$a" = "$b" ] && echo "$t: the same for the same seed"
done
echo "--- the schema refuses a step outside the scale"
sqlite3 d.db "update giz_aspects set score = '06' where seq = 1" 2>&1 | sed 's/ (19)$//'
sqlite3 d.db "update giz_assessments set conclusion_code = '9'" 2>&1 | sed 's/ (19)$//'
