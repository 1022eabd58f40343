#!/bin/sh
# Runs every libFuzzer target of tests/fuzz for a bounded time each (behind
# `make fuzz`).  Each starts from its seed corpus tests/fuzz/corpus/NAME
# (copied, so the run's finds do not end up in the repository) and stops
# at the first crash, leak, sanitizer report or broken invariant, leaving
# the input as BUILD/fuzz/crash-NAME-*.  Prints per target the executions
# and what was found, then "fuzz: N targets, N executions, N crashes";
# exits 1 when anything was found.
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS_PER_TARGET
set -u
build=${1:-build-fuzz}
secs=${2:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
export GROEIPAD_DATADIR="${GROEIPAD_DATADIR:-$root/data}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
targets=0 total=0 crashes=0
for bin in "$build"/fuzz/fuzz_*; do
	[ -x "$bin" ] || continue
	name=${bin##*/fuzz_}
	mkdir -p "$work/$name"
	cp "$root/tests/fuzz/corpus/$name"/* "$work/$name/" 2>/dev/null
	"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$build/fuzz/crash-$name-" "$work/$name" >"$work/$name.log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log" | tail -n 1)
	runs=${runs:-0}
	targets=$((targets + 1)) total=$((total + runs))
	if [ "$rc" != 0 ]; then
		crashes=$((crashes + 1))
		echo "fuzz_$name: $runs executions, FOUND A PROBLEM (exit $rc):"
		grep -E 'ERROR|invariant|SUMMARY|Test unit written' "$work/$name.log" | head -n 20
	else
		echo "fuzz_$name: $runs executions in ${secs} s, no crash"
	fi
done
echo "fuzz: $targets targets, $total executions, $crashes crashes"
[ "$targets" -gt 0 ] && [ "$crashes" = 0 ]
