#!/bin/sh
# The one test runner behind `make test`: cmocka unit tests (tests/unit),
# command-line tests with golden output (tests/cli) and scripted screen tests
# (tests/tui).  Ends with "N passed, N failed"; exits 1 on any failure.
# Usage: tests/run.sh BUILD_DIR [PATTERN]   (PATTERN, also `make test T=…`:
# run only the tests whose name, such as unit/test_due or tui/contact,
# contains it)
set -u
build=${1:-build}
only=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
passed=0 failed=0
failures=""
log=$(mktemp)
bin=$(mktemp -d)
trap 'rm -f "$log"; rm -rf "$bin"' EXIT
# GP_VALGRIND (make valgrind): every program of the suite under valgrind,
# and the screen tests wait six times longer.
vg=
gp="$root/$build/groeipad" saver="$root/$build/tests/crash_saver"
if [ -n "${GP_VALGRIND:-}" ]; then
  vg="sh $root/tests/valgrind.sh"
  printf '#!/bin/sh\nexec sh "%s" "%s" "$@"\n' "$root/tests/valgrind.sh" "$gp" >"$bin/groeipad"
  printf '#!/bin/sh\nexec sh "%s" "%s" "$@"\n' "$root/tests/valgrind.sh" "$saver" >"$bin/crash_saver"
  chmod +x "$bin/groeipad" "$bin/crash_saver"
  gp="$bin/groeipad" saver="$bin/crash_saver"
  export GP_TIMEOUT_FACTOR=6
fi

# --- unit tests: each binary is a cmocka group; count its individual tests.
for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  case "unit/$name" in *"$only"*) ;; *) continue ;; esac
  $vg "$t" >"$log" 2>&1
  rc=$?
  p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
  f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
  p=${p:-0} f=${f:-0}
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi   # crashed before reporting (or valgrind: 99)
  passed=$((passed + p)) failed=$((failed + f))
  if [ "$f" != 0 ]; then
    failures="$failures unit/$name"
    echo "--- unit/$name failed:"; grep -E 'FAILED|ERROR|error|Assert|Sanitizer|^==[0-9]+==' "$log" | head -n 40
  fi
done

# --- command-line and screen tests: each tests/{cli,tui}/NAME.sh prints what
# the user would see; it is compared with NAME.out next to it.
for kind in cli tui; do
  for t in "$root"/tests/$kind/*.sh; do
    [ -f "$t" ] || continue
    name=$(basename "$t" .sh)
    [ "$name" = lib ] && continue   # tests/tui/lib.sh: helpers, not a test
    case "$kind/$name" in *"$only"*) ;; *) continue ;; esac
    expected="${t%.sh}.out"
    work=$(mktemp -d)
    ( cd "$work" && GP="$gp" GP_SAVER="$saver" ROOT="$root" GROEIPAD_TODAY=2026-11-26 \
      GROEIPAD_DB= XDG_DATA_HOME="$work/xdg" XDG_CONFIG_HOME="$work/xdgc" \
      GROEIPAD_DATADIR="$root/data" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color \
      sh "$t" ) >"$log" 2>&1
    if [ -f "$expected" ] && diff -u "$expected" "$log" >"$work/diff"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1)); failures="$failures $kind/$name"
      echo "--- $kind/$name failed:"
      if [ -f "$expected" ]; then head -n 60 "$work/diff"; else echo "(no $expected)"; head -n 40 "$log"; fi
      if [ -n "${GP_UPDATE_GOLDEN:-}" ]; then cp "$log" "$expected"; echo "    (golden file updated)"; fi
    fi
    rm -rf "$work"
  done
done

[ -n "$failures" ] && echo "failed:$failures"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
