#!/bin/sh
# `make bench`: every budget of docs/product.md §10 through the real program
# (tests/bench/bench.c drives it), on a demo database of N children.
# Usage: tests/bench/run.sh BUILD_DIR [CHILDREN]   (default 100000)
#
# The demo database is made once and kept in the cache folder
# (BENCH_CACHE, default ~/.cache/groeipad-bench), under a name that changes
# whenever the schema, the demo generator, the bulk fill (db.c) or the due
# cache's writer does; its making is the demo
# row (timed when it is made; a cached file shows the time it took then).
# The bench works on a copy, so the cached file stays as the demo made it.
set -eu
build=${1:-build}
n=${2:-100000}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$root/$build/groeipad"
export GROEIPAD_TODAY=${GROEIPAD_TODAY:-2026-11-26}
export GROEIPAD_DATADIR=${GROEIPAD_DATADIR:-$root/data}
cache=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/groeipad-bench}
mkdir -p "$cache"
key=$(cat "$root"/data/schema/*.sql "$root"/src/demo*.c "$root"/src/demo*.h \
        "$root"/src/db.c "$root"/src/duecache.c \
        $(find "$root/data/demo" -type f | sort) | sha256sum | cut -c1-12)
db="$cache/demo-$n-$key.db"
if [ ! -f "$db" ]; then
  echo "making the demo database of $n children (kept in $cache) ..."
  rm -f "$cache"/demo-"$n"-*.db "$cache"/demo-"$n"-*.seconds
  t0=$(date +%s%N)
  "$bin" demo --db "$db.part" --children "$n" --seed 1 >/dev/null
  t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) / 1e9 }' >"$db.seconds"
  mv "$db.part" "$db"
  note="(just now)"
else
  note="(when cached, $(date -r "$db" +%F))"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$db" "$work/bench.db"
strip -o "$work/groeipad.stripped" "$bin"
BENCH_DEMO_SECONDS=$(cat "$db.seconds") BENCH_DEMO_NOTE="$note" \
BENCH_STRIPPED_BYTES=$(stat -c %s "$work/groeipad.stripped") \
  "$root/$build/bench" "$bin" "$work/bench.db" "$n" "${BENCH_RUNS:-$([ "$n" -le 10000 ] && echo 5 || echo 10)}"
