# Migration 011 on a database of the schema before it (the migration
# numbered below 011, no
# postcode_area, the language typed as free text): opening it applies 011,
# turns known language names into codes ("Turks" → tr, "Pools" → pl),
# keeps what it does not know as typed, and every child and the audit log
# stay in order; the parent's copy is then in Turkish.  (The same was
# checked by hand on a database made by the binary of main.)
export GROEIPAD_PASSWORD=demo
"$GP" demo --db m.db --children 12 --seed 3 >/dev/null
# back to the schema before 011, as the binary of main leaves a database
# (without what later migrations added: the hub's outbox of 012)
sqlite3 m.db "select 'drop trigger ' || name || ';' from sqlite_master where type = 'trigger' and name like '%_outbox_%'" | sqlite3 m.db
sqlite3 m.db "drop table sync_outbox; drop table sync_conflicts"
before=$(ls "$ROOT/data/schema" | sed -n 's/^0*\([0-9][0-9]*\)_.*/\1/p' | sort -n | awk '$1 < 11' | tail -n 1)
# (and without what came after 011: the due cache of 013)
sqlite3 m.db "select 'drop trigger ' || name || ';' from sqlite_master where type = 'trigger' and name like 'due_cache%'" | sqlite3 m.db
sqlite3 m.db "drop table due_cache_item; drop table due_cache; delete from settings where key = 'due_cache_schedule';
  drop index giz_assessments_date; drop index handovers_sent; drop index handovers_mine"
sqlite3 m.db "alter table children drop column postcode_area; pragma user_version = $before;
  update parents set language = null;
  update parents set language = 'Turks' where rowid in (select rowid from parents order by rowid limit 2);
  update parents set language = ' pools ' where rowid = (select rowid from parents order by rowid limit 1 offset 2);
  update parents set language = 'Klingon' where rowid = (select rowid from parents order by rowid limit 1 offset 3);"
sqlite3 m.db "pragma user_version"
"$GP" export --db m.db --user demo child 100001 --format bds -o one.json </dev/null; echo "exit $?"
sqlite3 m.db "pragma user_version"
sqlite3 m.db "select coalesce(language, '-'), count(*) from parents group by 1 order by 1"
sqlite3 m.db "select count(*) from pragma_table_info('children') where name = 'postcode_area'"
"$GP" check --db m.db
c=$(sqlite3 m.db "select c.client_no from children c join child_parents l on l.child_seq = c.seq join parents p on p.seq = l.parent_seq where p.language = 'tr' and l.gezag = 1 order by c.client_no limit 1")
"$GP" export --db m.db --user demo child "$c" --format txt --afschrift </dev/null | head -n 1
