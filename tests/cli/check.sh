# check finds damage: a broken audit chain, a dangling reference, a corrupted page.
"$GP" demo --db d.db --children 100 --seed 3 >/dev/null
"$GP" check --db d.db; echo "exit $?"
cp d.db audit.db
sqlite3 audit.db "drop trigger audit_log_no_update; update audit_log set detail = 'changed' where seq = 5"
"$GP" check --db audit.db; echo "exit $?"
cp d.db gone.db
sqlite3 gone.db "drop trigger audit_log_no_delete; delete from audit_log where seq = 7"
"$GP" check --db gone.db; echo "exit $?"
cp d.db fk.db
sqlite3 fk.db "pragma foreign_keys = off; update child_parents set parent_seq = 999999 where seq = 1"
"$GP" check --db fk.db >out 2>&1; echo "exit $?"; sed "s/[0-9a-f-]\{36\}/ID/g" out
# overwrite a page in the middle of the file
cp d.db corrupt.db
size=$(stat -c %s corrupt.db)
dd if=/dev/urandom of=corrupt.db bs=4096 seek=$((size / 4096 / 2)) count=2 conv=notrunc 2>/dev/null
"$GP" check --db corrupt.db >/dev/null 2>&1; echo "exit $?"
"$GP" backup --db d.db -o copy.db >.m; rc=$?; sed -E 's/^(groeipad-anker 1) [0-9a-f-]{36} ([0-9]+) [0-9a-f]{64} .*/\1 DBID \2 HASH TIME/' .m; rm -f .m; echo "exit $rc"
"$GP" check --db copy.db; echo "exit $?"
stat -c '%a' copy.db
# a search index out of step with the children is found too
cp d.db fts.db
sqlite3 fts.db "insert into settings values ('fts_deferred', '1'); update children set search_names = 'Niemand' where seq = 3; delete from settings where key = 'fts_deferred'"
"$GP" check --db fts.db; echo "exit $?"
