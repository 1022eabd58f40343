# groeipad import FILE...: children from CSV (the municipality's birth
# list) and BDS JSON.  All or nothing: one bad row stops the whole import
# and every bad row is named by line and reason; --skip-bad imports the
# good rows; --dry-run only shows what would change.  A child already
# present (same BSN) is matched, never duplicated.  Broken files: wrong
# encoding, missing and extra columns, quoted fields with line breaks and
# ';', a byte-order mark, UTF-16, an empty file, broken JSON.
export GROEIPAD_PASSWORD=demo-wachtwoord
. "$ROOT/tests/cli/lib.sh"
nurse_db i.db demo demo-wachtwoord
imp() { "$GP" import --db i.db --user demo "$@" </dev/null; echo "exit $?"; }
count() { sqlite3 i.db "select count(*) from children"; }
H='bsn;voornamen;tussenvoegsel;achternaam;geslacht;geboortedatum;zwangerschapsduur;geboortegewicht;straat;huisnummer;postcode;woonplaats;moeder_voornamen;moeder_achternaam;moeder_geboortedatum;moeder_taal;moeder_gezag;vader_voornamen;vader_achternaam'
echo "--- a good birth list (';', UTF-8): twins share their mother"
{ echo "$H"
  echo '999902192;Zoë;van der;Berg;V;01-02-2026;39+3;3450;Dorpsstraat;12;3511 AB;Utrecht;Fatma;Yılmaz;12-03-1994;Turks;ja;Jan;Berg'
  echo '999900183;Daan;;Jansen;M;2026-03-04;276;3,21;"Kerkweg; achterom";4 bis;3512 CD;Utrecht;Anna;Jansen;1990-01-01;nl;ja;;'
  echo '999911880;Lotte;;Jansen;V;2026-03-04;276;2900;"Kerkweg; achterom";4 bis;3512 CD;Utrecht;Anna;Jansen;1990-01-01;nl;ja;;'
} >geboorte.csv
imp geboorte.csv
count
sqlite3 i.db "select p.given_names, p.language, count(*) from parents p join child_parents l on l.parent_seq = p.seq group by p.seq order by 1"
sqlite3 i.db "select given_names, street, gestational_age_days, birth_weight_g from children order by client_no"
echo "--- the same list again: matched by BSN, nothing new"
imp geboorte.csv
count
echo "--- a changed address: shown first with --dry-run, nothing stored"
sed 's/3511 AB;Utrecht/3581 XY;Utrecht/' geboorte.csv >verhuisd.csv
imp verhuisd.csv --dry-run
sqlite3 i.db "select postcode from children where bsn = '999902192'"
imp verhuisd.csv
sqlite3 i.db "select postcode from children where bsn = '999902192'"
echo "--- one bad row among 1,000: nothing imported, the row named"
awk 'BEGIN { print "bsn;voornamen;achternaam;geslacht;geboortedatum";
  for (i = 1; i <= 1000; i++) printf ";Kind%d;Duizend%d;%s;%02d-%02d-2025\n", i, i, (i % 2 ? "M" : "V"), 1 + i % 28, 1 + i % 12 }' >duizend.csv
sed -i '618s/;[0-9-]*$/;30-02-2025/' duizend.csv
imp duizend.csv
count
echo "--- --skip-bad: the 999 good rows"
imp duizend.csv --skip-bad | tail -n 3
count
echo "--- a cp1252 file is found; told it is UTF-8, it is refused with the line"
printf 'voornamen;achternaam;geboortedatum\r\nJo\353l;M\374ller;05-05-2025\r\n' >cp.csv
imp cp.csv --encoding utf-8
imp cp.csv --dry-run
imp cp.csv
sqlite3 i.db "select given_names || ' ' || family_name from children where family_name like 'M%ller'"
echo "--- UTF-8 with a byte-order mark, ',' as separator, UTF-16"
printf '\357\273\277voornamen,achternaam,geboortedatum\nEla,Öztürk,"06-06-2025"\n' >bom.csv
imp bom.csv | head -n 1
printf 'voornamen;achternaam;geboortedatum\nLena;Nowak;07-07-2025\n' | iconv -f UTF-8 -t UTF-16 >u16.csv
imp u16.csv | head -n 1
echo "--- missing columns, a column twice, unknown columns, rows with too many fields"
printf 'voornamen;geboortedatum\nPiet;01-01-2025\n' >mist.csv
imp mist.csv
# (the name of the column given twice was read after the header was freed: found by fuzz_import_csv)
printf 'voornamen;achternaam;geboortedatum;Achternaam\nPiet;Smit;01-01-2025;Smit\n' >twee.csv
imp twee.csv
printf 'voornamen;achternaam;geboortedatum;gemeente;opmerking\nSem;Bakker;08-08-2025;Utrecht;"twee\nregels; met ; erin"\nTeun;Bakker;09-08-2025;Utrecht;\nMila;Bakker;10-08-2025;Utrecht;;extra\n' >extra.csv
imp extra.csv
echo "--- bad values, each with its reason; an unclosed quote"
printf 'bsn;voornamen;achternaam;geslacht;geboortedatum;postcode;moeder_relatie\n123456789;Ali;Demir;M;01-01-2025;;\n;Eva;;V;t;1234 SA;\n;Bo;Smit;Q;01-13-2025;;\n;Ina;Veen;V;01-01-2099;;\n;Rik;Dam;M;01-01-2025;;tante\n;"Kees;Vos;M;01-01-2025;;\n' >fout.csv
imp fout.csv
echo "--- the same BSN twice; a child without BSN who is already there"
printf 'bsn;voornamen;achternaam;geboortedatum\n999912045;Noor;Kok;01-04-2025\n999912045;Noor;Kok;01-04-2025\n;Kind1;Duizend1;02-02-2025\n' >dubbel.csv
imp dubbel.csv
echo "--- twins given the same name: two children when each has a BSN; not without"
printf 'bsn;voornamen;achternaam;geboortedatum\n999913001;Sam;Vos;05-05-2025\n999913013;Sam;Vos;05-05-2025\n' >tweeling.csv
imp --dry-run tweeling.csv
printf 'bsn;voornamen;achternaam;geboortedatum\n999913001;Sam;Vos;05-05-2025\n;Sam;Vos;05-05-2025\n' >tweeling2.csv
imp --dry-run tweeling2.csv
echo "--- a BSN that belongs to another child"
printf 'bsn;voornamen;achternaam;geboortedatum\n999902192;Piet;Klaassen;01-01-2020\n' >ander.csv
imp ander.csv
echo "--- empty files, a folder, a missing file, broken JSON"
: >leeg.csv
imp leeg.csv
printf '\n\n  \n' >wit.csv
imp wit.csv
imp .
imp nergens.csv
printf '{"Format": "3.0", "clientDetails": [\n' >kapot.json
imp kapot.json
imp
imp geboorte.csv geboorte.csv
echo "--- the audit log: an entry per child imported, and one per import"
sqlite3 i.db "select action, count(*) from audit_log where action like 'import%' group by action order by action"
sqlite3 i.db "select detail from audit_log where action = 'import' and child_id is null order by seq"
"$GP" check --db i.db
