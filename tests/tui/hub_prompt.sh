# The hub's password typed at the prompt: when neither a service file nor a
# password file has it, `groeipad hub init` asks on the terminal, without
# echo; the password typed is never shown, and with it the hub is made.  A
# wrong one is refused in words.  (A PostgreSQL cluster of the test's own,
# tests/pgcluster.sh.)
. "$ROOT/tests/tui/lib.sh"
. "$ROOT/tests/pgcluster.sh"
pg_up || exit 1
trap 'tui_stop; pg_down' EXIT
export PGPASSFILE=$PWD/none.pgpass
unset PGPASSWORD PGSERVICE
pw=$(cat "$PGC_DIR/pw")
hub="host=$PGC_HOST port=$PGC_PORT dbname=$PGC_DB user=$PGC_ADMIN"
tui_start hub init --hub "$hub"
tui_wait "Wachtwoord voor de hub:"
tui_type "$pw"
tui_keys Enter
tui_wait "afsluitcode"
tui_screen | sed "s|$PGC_HOST|SOCKET|g" | grep -v '^$'
tui_raw | grep -qF "$pw" && echo "!!! the password was shown"
pg_sql "select value from groeipad.hub_meta where key = 'schema_version'"
tui_stop
echo "--- a wrong password"
tui_start hub migrate --hub "$hub"
tui_wait "Wachtwoord voor de hub:"
tui_type "niet-het-wachtwoord"
tui_keys Enter
tui_wait "afsluitcode"
# the sentence wraps at 80 columns: join the lines, then look for its parts
joined=$(tui_raw | tr -d '\n')
for part in "Wachtwoord voor de hub:" "groeipad: De hub weigert de aanmelding:" \
  "password authentication failed" "Controleer de gebruikersnaam en het wachtwoord." \
  "afsluitcode 1"; do
  case $joined in *"$part"*) echo "shown: $part" ;; *) echo "!!! not shown: $part" ;; esac
done
tui_raw | grep -qF "niet-het-wachtwoord" && echo "!!! the password was shown"
