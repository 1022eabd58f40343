#!/bin/sh
# `make bench`: the budgets of docs/product.md §10 that can be measured today, each
# next to the same work done by the sqlite3 shell on the same file.
# Usage: tests/bench/run.sh BUILD_DIR [CHILDREN]   (default 100000 children)
set -eu
build=${1:-build}
n=${2:-100000}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$root/$build/groeipad"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GROEIPAD_TODAY=${GROEIPAD_TODAY:-2026-11-26}
db="$work/bench.db"

secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

echo "groeipad bench: $n children, $(nproc) cores, $(date -I)"
t0=$(date +%s%N)
"$bin" demo --db "$db" --children "$n" --seed 1 >/dev/null
t1=$(date +%s%N)
echo "demo --children $n: $(secs "$t0" "$t1") s (budget 20 s); file $(du -m "$db" | cut -f1) MB"

t0=$(date +%s%N)
sqlite3 "$db" 'select count(*) from children' >/dev/null
t1=$(date +%s%N)
echo "sqlite3 shell, select count(*) from children: $(secs "$t0" "$t1") s"

"$root/$build/bench_core" "$db"
# the same search in the sqlite3 shell, for comparison
sqlite3 "$db" <<'SQL' | sed -n 's/^Run Time: real \([0-9.]*\).*/sqlite3 shell, one search (names : "jans"*): \1 s/p'
.timer on
SELECT count(*) FROM (SELECT c.id FROM children c WHERE c.seq IN (SELECT rowid FROM children_fts WHERE children_fts MATCH 'names : "jans"*') ORDER BY c.sort_key, c.birth_date LIMIT 51);
SQL

strip -o "$work/groeipad.stripped" "$bin"
echo "stripped binary: $(stat -c %s "$work/groeipad.stripped") bytes (budget 1.5 MB)"
echo "not measured yet: start to login screen and saving a contact moment (built; their timing comes with the performance work), BDS export and the year report (not built yet)"
