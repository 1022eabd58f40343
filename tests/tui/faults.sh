# Faults while a form is being saved: the disk full (the database on a
# small tmpfs), the database held by another program.  Each time the user
# reads what happened and what to do, the form stays filled, nothing half
# is stored; once the cause is gone the same F2 saves.  A read-only file
# system is said at the start, before anything is typed.  (Runs in its own
# mount namespace for the tmpfs.)
if [ -z "${GP_IN_NS:-}" ]; then
	if [ "$(id -u)" = 0 ]; then ns="-m"; else ns="-rm"; fi
	exec env GP_IN_NS=1 unshare $ns sh "$0"
fi
. "$ROOT/tests/tui/lib.sh"
mkdir small
mount -t tmpfs -o size=4m tmpfs small || { echo "no tmpfs: cannot test a full disk"; exit 1; }
demo_db small/d.db 30 4
new_child() {
	tui_keys F3; tui_wait "Typ een deel"; tui_keys F7; tui_wait "Voornamen"
	tui_type "$1"; tui_keys Tab Tab Tab; tui_type "Storing"; tui_keys Tab
	tui_type "man"; tui_wait "Zoek: man"; tui_keys Enter; tui_gone "Zoek:"; tui_keys Tab
	tui_type "01-02-2026"
}
saved() {
	tui_keys F2; tui_wait "Dossier $1 Storing"
	tui_keys Escape; tui_wait "Zoeken:"; tui_keys Escape; tui_wait "Goedendag"
}
tui_start --db small/d.db
tui_login
new_child "Vol"
dd if=/dev/zero of=small/fill bs=4096 2>/dev/null
tui_keys F2
tui_wait "schijf is vol"
tui_show "Schijf vol: de melding, het formulier blijft"
rm small/fill
saved "Vol"
new_child "Bezet"
( echo "BEGIN IMMEDIATE; INSERT INTO settings VALUES ('hold', '1');"; sleep 7; echo "ROLLBACK;" ) | sqlite3 small/d.db &
sleep 0.5
tui_keys F2
tui_wait "bezet" 15
tui_show "Bezet door een ander programma"
wait
saved "Bezet"
tui_keys F10
tui_wait "afsluitcode 0"
tui_stop
# a file system that is read-only from the start: said before anything is typed
mount -o remount,ro small
tui_start --db small/d.db
tui_wait "afsluitcode 1"
tui_show "Alleen-lezen: gezegd bij het starten"
tui_stop
mount -o remount,rw small
sqlite3 small/d.db "select given_names from children where family_name = 'Storing' order by seq"
"$GP" check --db small/d.db; echo "exit $?"
umount small
