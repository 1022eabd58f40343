# Beheer › Hub at 80x24, for a beheerder on a laptop checked out from a
# hub (a throwaway PostgreSQL cluster, tests/pgcluster.sh).  Without a hub
# configured the section says so, and what to do.  With `hub =
# service=groeipad` in the config file (a libpq service file names the
# cluster; the password is in the password file) it shows the
# last exchange (when, gelukt, the counts) and, because that was longer ago
# than sync_warn_days, a warning in red.  Enter exchanges: while the hub is
# held by another transaction the screen shows the phase and the counts
# ("Bezig: Versturen naar de hub (0 van 2)"); when it is done the section
# shows the new exchange, the warning is gone and the status line gives the
# counts.  A hub that cannot be reached (--hub, which wins over the config
# file): the exchange fails in words, and the section says "mislukt" with
# the reason.  A nurse has no Hub section.
. "$ROOT/tests/tui/lib.sh"
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
trap 'tui_stop; pg_down' EXIT
hub_clinic_laptop
# two changes waiting here, and the last exchange five days ago
sqlite3 a.db "update children set phone = '0611111111', version = version + 1 where seq = (select min(seq) from children);
  update contacts set conclusion = 'Gaat goed', version = version + 1 where seq = (select min(seq) from contacts);
  update settings set value = cast(strftime('%s', 'now') as integer) - 5 * 86400 where key = 'sync_last_at'"
export PGSERVICEFILE="$PWD/pg_service.conf"
printf '[groeipad]\nhost=%s\nport=%s\ndbname=%s\nuser=%s\n[geenhub]\nhost=%s\nport=%s\ndbname=geenhub\nuser=%s\n' \
  "$PGC_HOST" "$PGC_PORT" "$PGC_DB" "$PGC_ADMIN" "$PGC_HOST" "$PGC_PORT" "$PGC_ADMIN" >"$PGSERVICEFILE"
D='s|/tmp/gp-pg\.[A-Za-z0-9]*|DIR|g; s/[0-9][0-9]-[0-9][0-9]-20[0-9][0-9] HH:MM/DD-MM-JJJJ HH:MM/; s/[0-9][0-9]-[0-9][0-9] HH:MM/DD-MM HH:MM/'
unset GROEIPAD_PASSWORD

tui_start --db a.db
tui_login beheer
tui_keys F9
tui_wait "Gebruikers]"
tui_keys Right Right Right
tui_wait "[Hub]"
tui_show "Hub, none configured" | sed "$D"
tui_keys Enter
tui_wait "geen hub ingesteld; zie"
tui_screen | tail -n 2 | head -n 1
tui_keys F10
tui_wait "afsluitcode"
tui_stop

# a hub written with its password: refused, and the password never shown
mkdir -p "$XDG_CONFIG_HOME/groeipad"
echo "hub = service=groeipad password=geheim123" >"$XDG_CONFIG_HOME/groeipad/config"
tui_start --db a.db
tui_login beheer
tui_keys F9
tui_wait "Gebruikers]"
tui_keys Right Right Right
tui_wait "ongeldig ingesteld"
echo "=== a hub with a password: $(tui_raw | grep -c geheim123) lines show it"
tui_screen | grep -A 3 "ongeldig ingesteld"
tui_keys F10
tui_wait "afsluitcode"
tui_stop

echo "hub = service=groeipad" >"$XDG_CONFIG_HOME/groeipad/config"
tui_start --db a.db
tui_login beheer
tui_keys F9
tui_wait "Gebruikers]"
tui_keys Right Right Right
tui_wait "[Hub]"
tui_show "Hub: the last exchange, five days ago" | sed "$D"
# another transaction holds the hub's change counter for a moment: the push waits
pg_sql "begin; lock table groeipad.change_counter; select pg_sleep($((3 * ${GP_TIMEOUT_FACTOR:-1}))); commit" >/dev/null &
until [ "$(pg_sql "select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'change_counter' and l.mode = 'AccessExclusiveLock' and l.granted")" = 1 ]; do sleep 0.1; done
tui_keys Enter
tui_wait "Bezig: Versturen naar de hub"
tui_screen | grep -A 1 "Bezig:"
wait
tui_wait "Uitgewisseld met de hub"
tui_show "Hub: exchanged now" | sed "$D"
tui_keys F10
tui_wait "afsluitcode"
tui_stop
sqlite3 a.db "select count(*) from sync_outbox" | sed 's/^/waiting here: /'
pg_sql "select count(*) from groeipad.records where body->>'conclusion' = 'Gaat goed'" | sed 's/^/at the hub: /'

tui_start --db a.db --hub service=geenhub
tui_login beheer
tui_keys F9
tui_wait "Gebruikers]"
tui_keys Right Right Right
tui_wait "[Hub]"
tui_keys Enter
tui_wait "mislukt"
tui_show "Hub: the exchange failed" | sed "$D"
tui_keys F10
tui_wait "afsluitcode"
tui_stop

export GROEIPAD_PASSWORD=demo
tui_start --db a.db --hub "$hub"
unset GROEIPAD_PASSWORD
tui_login
tui_keys F9
tui_wait "Uitwisseling]"
tui_screen | sed -n 3p
