# Every command given a bad file answers with a sentence and a non-zero exit
# code, and writes nothing.
"$GP" check --db missing.db; echo "exit $?"
mkdir adir
"$GP" check --db adir; echo "exit $?"
echo "hello, not a database" > text.db
"$GP" check --db text.db; echo "exit $?"
: > empty.db
"$GP" check --db empty.db; echo "exit $?"
sqlite3 other.db "create table t(x); insert into t values (1)"
"$GP" check --db other.db; echo "exit $?"
"$GP" demo --db d.db --children 200 --seed 2 >/dev/null
# a truncated copy
head -c 20000 d.db > trunc.db
"$GP" check --db trunc.db; echo "exit $?"
# a read-only database: check and backup work, nothing is written
cp d.db ro.db; chmod 0444 ro.db
"$GP" check --db ro.db; echo "exit $?"
"$GP" backup --db ro.db -o ro-copy.db >.m; rc=$?; sed -E 's/^(groeipad-anker 1) [0-9a-f-]{36} ([0-9]+) [0-9a-f]{64} .*/\1 DBID \2 HASH TIME/' .m; rm -f .m; echo "exit $rc"
"$GP" backup --db missing.db -o x.db; echo "exit $?"
"$GP" backup --db d.db -o d.db; echo "exit $?"
"$GP" backup --db d.db; echo "exit $?"
"$GP" backup --db d.db -o no/such/dir/copy.db; echo "exit $?"
"$GP" demo --db adir --children 1; echo "exit $?"
"$GP" demo --db text.db --children 1; echo "exit $?"
ls
