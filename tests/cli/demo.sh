# demo is deterministic for a seed and GROEIPAD_TODAY: two runs give the same
# records (accounts, audit log and settings may differ: salts, the run's id).
"$GP" demo --db a.db --children 300 --seed 7; echo "exit $?"
"$GP" demo --db b.db --children 300 --seed 7; echo "exit $?"
for t in children parents child_parents organisations contacts measurements vaccinations \
    contact_observations; do
  if [ "$(sqlite3 a.db ".dump $t")" = "$(sqlite3 b.db ".dump $t")" ]; then echo "$t: same"; else echo "$t: DIFFERENT"; fi
done
sqlite3 a.db 'pragma journal_mode; pragma integrity_check; pragma foreign_key_check'
sqlite3 a.db "select count(*) from children; select value from settings where key = 'demo'"
# every BSN is from the 9999 test range and passes the elfproef
sqlite3 a.db "select count(*) from children where bsn not like '9999%' or length(bsn) <> 9"
sqlite3 a.db "select bsn from children" | awk '{ s = 0; for (i = 1; i <= 8; i++) s += (10 - i) * substr($1, i, 1); s -= substr($1, 9, 1); if (s % 11) bad++ } END { print bad + 0, "fail the elfproef" }'
# names in several scripts and with diacritics; siblings share parents
sqlite3 a.db "select count(*) > 0 from children where family_name glob '*[^ -~]*'"
sqlite3 a.db "select count(*) > 0 from (select parent_seq from child_parents group by parent_seq having count(*) > 1)"
# ages spread over 0-18
sqlite3 a.db "select min(birth_date) >= '2007-11-26', max(birth_date) <= '2026-11-26', count(distinct substr(birth_date, 1, 4)) >= 15 from children"
# histories: contacts up to today, missed ones with a status, every given
# vaccination with a batch number and a site, objections in some families,
# the search index filled (check verifies it against the children)
sqlite3 a.db "select count(*) > 0 from contacts where status_code between '02' and '07'"
sqlite3 a.db "select count(*) from contacts where contact_date > '2026-11-26' and status_code = '01'"
sqlite3 a.db "select count(*) from vaccinations where given = 1 and (batch is null or site is null)"
sqlite3 a.db "select count(*) > 0 from vaccinations where reason_not_given = 'bezwaar'"
sqlite3 a.db "select count(*) from children_fts where children_fts match 'names : a*'" | awk '{ print ($1 > 0) }'
"$GP" check --db a.db; echo "exit $?"
# a different seed gives different children
"$GP" demo --db c.db --children 300 --seed 8 >/dev/null
[ "$(sqlite3 a.db 'select group_concat(given_names) from children')" != "$(sqlite3 c.db 'select group_concat(given_names) from children')" ] && echo "seed 8 differs"
# running demo again on a demo database replaces it; a real database is never overwritten
"$GP" demo --db a.db --children 10 --seed 1; echo "exit $?"
sqlite3 a.db "select count(*) from children"
GROEIPAD_PASSWORD=geheimwoord1 "$GP" init --db real.db --user beheer </dev/null; echo "exit $?"
"$GP" demo --db real.db --children 10; echo "exit $?"
