#!/bin/sh
# `make run`: creates the demo database once (build/demo.db), then starts groeipad on it.
set -eu
bin=$1
db=${GROEIPAD_DB:-build/demo.db}
if [ ! -f "$db" ]; then
  echo "Demodatabase aanmaken: $db (gebruiker demo, wachtwoord demo)…"
  "$bin" demo --db "$db" --children 500 --seed 1
fi
exec "$bin" --db "$db"
