# A conflict seen and resolved through the screens at 80x24.  The same child
# is changed on a laptop (phone, city) and at the clinic (phone, street)
# since the version both had; after both sync nothing is overwritten: the
# hub keeps the clinic's version and records the laptop's as a conflict,
# the laptop keeps its own and shows the hub's under Conflicten on Vandaag.
# The conflict screen shows the fields side by side, the differing ones
# first (references by name); the nurse takes the hub's street and keeps
# her phone and city, F2.
# The choice is a new version with an audit entry; after the next exchanges
# the clinic has the merged child and the hub's conflict is resolved.
. "$ROOT/tests/tui/lib.sh"
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
trap 'tui_stop; pg_down' EXIT
hub_clinic_laptop
id=$(sqlite3 a.db "select hex(id) from children order by client_no limit 1")
sqlite3 a.db "update children set phone = '0611111111', city = 'Zeist-West', version = version + 1 where hex(id) = '$id'"
sqlite3 clinic.db "update children set phone = '0622222222', street = 'Oranjelaan Oost', version = version + 1 where hex(id) = '$id'"
"$GP" sync --db clinic.db --hub "$hub" --name Bureau </dev/null >/dev/null
"$GP" sync --db a.db --hub "$hub" --name A </dev/null | tail -n 1
pg_sql "select state, hub_version, their_version from groeipad.conflicts"
sqlite3 a.db "select phone, street, city from children where hex(id) = '$id'"

unset GROEIPAD_PASSWORD
tui_start --db a.db
tui_login
tui_wait "Conflicten (1)"
tui_screen | grep -A 1 "Conflicten (1)"
tui_screen | grep -E "Filter:|Vandaag" | head -n 2 | sed -E "s/[0-9]{2}-[0-9]{2} (HH:MM|[0-9]{2}:[0-9]{2})/DD-MM HH:MM/"
tui_keys Enter
tui_wait "Hub (versie"
tui_show "the two versions side by side"
tui_keys Down Down Right
tui_wait "Oranjelaan Oost"
tui_keys F2
tui_wait "De keuze is opgeslagen"
tui_screen | grep -c "Conflicten" | sed 's/^/Conflicten on Vandaag: /'
tui_keys F10
tui_wait "afsluitcode"
tui_stop

export GROEIPAD_PASSWORD=demo
sqlite3 a.db "select phone, street, city, version from children where hex(id) = '$id'"
sqlite3 a.db "select action, detail from audit_log where action = 'conflict_resolved'"
"$GP" sync --db a.db --hub "$hub" --name A </dev/null | head -n 1 | sed 's/[0-9]* logboekregel/N logboekregel/; s/wijziging [0-9]*/wijziging N/'
"$GP" sync --db clinic.db --hub "$hub" --name Bureau </dev/null >/dev/null
sqlite3 clinic.db "select phone, street, city, version from children where hex(id) = '$id'"
pg_sql "select state, resolved_by is not null from groeipad.conflicts"
"$GP" hub check --hub "$hub" </dev/null | tail -n 1
