# Encodings of every text export (iconv): "Zoë" is 5A 6F EB in cp1252 and
# "Zoe" in ascii; a name without Latin letters becomes '?' and the warning
# counts what was changed; nothing is cut off.  The same in the due list and
# the report.  The user's locale does not change the transliteration.
export GROEIPAD_PASSWORD=demo-wachtwoord
. "$ROOT/tests/cli/lib.sh"
nurse_db e.db demo demo-wachtwoord
printf 'bsn;voornamen;tussenvoegsel;achternaam;geslacht;geboortedatum;postcode;woonplaats\n999902192;Zoë;van der;Berg;V;01-02-2026;3511 AB;Utrecht\n999900183;王;;Øster-Straße;M;02-03-2026;3512 CD;Ĳsselstein\n' >k.csv
"$GP" import --db e.db --user demo k.csv </dev/null | tail -n 1
echo "--- utf-8 (the default)"
"$GP" export --db e.db --user demo child 999902192 --format txt </dev/null | grep -a '^Naam' | od -An -tx1 | head -n 2
echo "--- cp1252: Zoë is 5A 6F EB"
"$GP" export --db e.db --user demo child 999902192 --format txt --encoding cp1252 </dev/null >zoe.txt; echo "exit $?"
grep -a '^Naam' zoe.txt | od -An -tx1 | head -n 2
LC_ALL=C grep -a -c "$(printf 'Zo\353 ')" zoe.txt
echo "--- ascii: Zoe"
"$GP" export --db e.db --user demo child 999902192 --format txt --encoding ascii </dev/null >zoe-ascii.txt; echo "exit $?"
grep '^Naam' zoe-ascii.txt
LC_ALL=C grep -c '[^ -~]' zoe-ascii.txt
echo "--- what has no Latin letter: '?' and a count (stderr); Ø and ß transliterated"
"$GP" export --db e.db --user demo child 999900183 --format md --encoding ascii -o wang.md </dev/null; echo "exit $?"
grep 'Naam' wang.md
grep 'Adres' wang.md
"$GP" export --db e.db --user demo child 999900183 --format md --encoding cp1252 -o wang-cp.md </dev/null; echo "exit $?"
grep -a 'Naam' wang-cp.md | od -An -c | head -n 2
echo "--- the user's locale changes nothing (German would write ue for ü)"
LC_ALL=de_DE.UTF-8 "$GP" export --db e.db --user demo child 999902192 --format txt --encoding ascii </dev/null | cmp - zoe-ascii.txt && echo "same in de_DE.UTF-8"
echo "--- the due list and the report in cp1252"
"$GP" due --db e.db --user demo --format csv --encoding cp1252 </dev/null >due.csv; echo "exit $?"
LC_ALL=C grep -a -c "$(printf 'Zo\353 van der Berg')" due.csv
"$GP" report --db e.db --user demo --from 01-01-2026 --to 31-12-2026 --format csv --encoding cp1252 -o r.csv </dev/null; echo "exit $?"
head -n 1 r.csv
"$GP" due --db e.db --user demo --encoding ebcdic </dev/null; echo "exit $?"
