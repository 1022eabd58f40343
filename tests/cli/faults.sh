# Faults on the command line, each answered with a sentence and a non-zero
# exit code, and never a partial record: a full disk (the database on a
# small tmpfs), a read-only file system, a database another program holds,
# a damaged page in a save, a database from a newer version.  (Missing,
# empty, truncated and foreign files: tests/cli/bad_files.sh.)
# The tmpfs needs a mount namespace: unshare -m as root, unshare -rm else.
if [ -z "${GP_IN_NS:-}" ]; then
	if [ "$(id -u)" = 0 ]; then ns="-m"; else ns="-rm"; fi
	exec env GP_IN_NS=1 unshare $ns sh "$0"
fi
mkdir small
mount -t tmpfs -o size=3m tmpfs small || { echo "no tmpfs: cannot test a full disk"; exit 1; }
"$GP" demo --db small/d.db --children 30 --seed 4 >/dev/null
as_beheer() { GROEIPAD_PASSWORD=demo GROEIPAD_NEW_PASSWORD=geheim-twaalf "$GP" "$@" --db small/d.db --user beheer </dev/null; }
accounts() { sqlite3 small/d.db "select 'accounts: ' || count(*) from accounts"; }
echo "--- disk full"
# opening needs room for the shared index: full before the start ...
dd if=/dev/zero of=small/fill bs=4096 2>/dev/null
as_beheer user add vol1 --role assistent; echo "exit $?"
rm small/fill
# ... and full while saving (the index exists: another program has it open)
( echo "select count(*) from settings;"; sleep 4 ) | sqlite3 small/d.db >/dev/null &
sleep 0.3
dd if=/dev/zero of=small/fill bs=4096 2>/dev/null
as_beheer user add vol2 --role assistent; echo "exit $?"
wait
rm small/fill
accounts
"$GP" check --db small/d.db; echo "exit $?"
echo "--- read-only file system"
mount -o remount,ro small
as_beheer user add ro1 --role assistent; echo "exit $?"
"$GP" check --db small/d.db; echo "exit $?"
mount -o remount,rw small
echo "--- a database another program holds"
( echo "BEGIN IMMEDIATE; INSERT INTO settings VALUES ('hold', '1');"; sleep 12; echo "ROLLBACK;" ) | sqlite3 small/d.db &
sleep 0.5
GROEIPAD_PASSWORD=demo "$GP" due --db small/d.db --user demo </dev/null >/dev/null; echo "exit $?"
wait
accounts
echo "--- a damaged page (the first page of the due cache, which due reads)"
cp small/d.db damaged.db
root=$(sqlite3 damaged.db "select rootpage from sqlite_schema where name = 'due_cache'")
printf 'kapot%.0s' $(seq 800) | dd of=damaged.db bs=4096 seek=$((root - 1)) count=1 conv=notrunc 2>/dev/null
GROEIPAD_PASSWORD=demo "$GP" due --db damaged.db --user demo </dev/null >/dev/null 2>err; echo "exit $?"
grep -c 'beschadigd' err
echo "--- a newer version"
cp small/d.db newer.db
sqlite3 newer.db "pragma user_version = 99"
# (the schema number this groeipad knows changes with every migration)
GROEIPAD_PASSWORD=demo "$GP" due --db newer.db --user demo </dev/null 2>&1 | sed 's/kent [0-9]*/kent N/'
"$GP" check --db newer.db 2>&1 | sed 's/kent [0-9]*/kent N/'; echo "exit of check: 3 expected"
"$GP" check --db newer.db >/dev/null 2>&1; echo "exit $?"
umount small
