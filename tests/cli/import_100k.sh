# A birth list of 100,000 rows (every child with a BSN that passes the
# elfproef, a mother and an address) imports in one transaction: every
# child is there once, with its mother, the search index finds them, and
# `check` finds the file and the audit log in order.  (Under the
# sanitizers, `make asan`, and valgrind the list has 10,000 rows: the same facts, in a
# tenth of the time.  Timings: docs/cli.md.)
export GROEIPAD_PASSWORD=demo-wachtwoord
n=100000
case "$GP" in *build-asan/*) n=10000 ;; esac
[ -n "${GP_TIMEOUT_FACTOR:-}" ] && n=10000   # under valgrind (make valgrind) likewise
. "$ROOT/tests/cli/lib.sh"
nurse_db big.db demo demo-wachtwoord
awk -v rows="$n" 'BEGIN {
  print "bsn;voornamen;achternaam;geslacht;geboortedatum;postcode;woonplaats;moeder_voornamen;moeder_achternaam;moeder_geboortedatum"
  k = 0
  for (base = 10000000; k < rows; base++) {
    s = 0; v = base
    for (w = 2; w <= 9; w++) { s += (v % 10) * w; v = int(v / 10) }
    c = s % 11
    if (c == 10) continue
    k++
    printf "%08d%d;Kind%d;Achternaam%d;%s;%02d-%02d-%d;3511 AB;Utrecht;Moeder%d;Achternaam%d;01-01-1990\n",
      base, c, k, k % 5000, (k % 2 ? "M" : "V"), 1 + k % 28, 1 + k % 12, 2008 + k % 18, k, k % 5000
  }
}' >lijst.csv
[ "$(wc -l <lijst.csv)" -eq $((n + 1)) ] && echo "a header and $n rows" | sed "s/$n/N/"
"$GP" import --db big.db --user demo lijst.csv </dev/null >import.log; echo "exit $?"
tail -n 1 import.log
grep -c "nieuw, 0 gewijzigd, 0 ongewijzigd, 0 niet in orde" import.log
[ "$(sqlite3 big.db "select count(distinct bsn) from children")" -eq "$n" ] && echo "every row is a child, once"
[ "$(sqlite3 big.db "select count(*) from child_parents l join parents p on p.seq = l.parent_seq where p.given_names like 'Moeder%' and l.relation = 'moeder'")" -eq "$n" ] && echo "every child has its mother"
sqlite3 big.db "select count(*) from children_fts where children_fts match 'Kind7777'"
[ "$(sqlite3 big.db "select count(*) from audit_log where action = 'import' and child_id is not null")" -eq "$n" ] && echo "an audit entry per child"
"$GP" check --db big.db | sed "s/$n kinderen/N kinderen/; s/logboek van [0-9]* regels/logboek van … regels/"
