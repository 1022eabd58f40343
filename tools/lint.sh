#!/bin/sh
# Static analysis behind `make lint`: cppcheck and clang-tidy over src/, ui/ and
# tests/unit/, with the preprocessor flags of the build (see CPPFLAGS and
# PKG_CFLAGS in the Makefile).  clang-tidy's checks live in .clang-tidy (and
# tests/unit/.clang-tidy), cppcheck's suppressions in tools/cppcheck.supp.
# Prints each finding, then "lint: cppcheck N finding(s), clang-tidy N
# finding(s)"; exits 1 on any finding, 2 when a tool is missing or fails.
# Usage: tools/lint.sh [BUILD_DIR]   (BUILD_DIR/gen/migrations.h must exist)
# LINT_JOBS=N runs N analyses at a time (default 2).
# Paths with blanks or wildcards are not supported (the flags are split).
set -u
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
jobs=${LINT_JOBS:-2}

for tool in cppcheck clang-tidy pkg-config; do
	command -v "$tool" >/dev/null || { echo "lint: $tool not found (make deps)" >&2; exit 2; }
done
if [ ! -f "$build/gen/migrations.h" ]; then
	echo "lint: $build/gen/migrations.h is missing; run 'make lint'" >&2
	exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Same filter as PKG_CFLAGS in the Makefile: the build sets _GNU_SOURCE itself.
pkg=$(pkg-config --cflags ncursesw sqlite3 libsodium jansson libpq) || exit 2
pkg_cflags=
for f in $pkg; do
	case $f in
	-D_XOPEN_SOURCE* | -D_DEFAULT_SOURCE) ;;
	*) pkg_cflags="$pkg_cflags $f" ;;
	esac
done
test_cflags=$(pkg-config --cflags cmocka 2>/dev/null)
version=$(cat VERSION 2>/dev/null || echo 0.0.0)
# The values only need to be string literals; the Makefile's defaults.  The
# quotes are meant literally: they reach the compiler as part of the -D value.
# shellcheck disable=SC2089
cppflags="-D_GNU_SOURCE -Isrc -Iui -I$build/gen $pkg_cflags
 -DGP_DATADIR=\"${DATADIR:-/usr/local/share/groeipad}\"
 -DGP_LOCALEDIR=\"${LOCALEDIR:-/usr/local/share/locale}\"
 -DGP_VERSION=\"$version\""

sources=$(ls src/*.c ui/*.c 2>/dev/null)
tests=$(ls tests/unit/*.c 2>/dev/null)

# Findings are "file:line:col: severity: message [check]" lines, counted once
# each (a header's finding is reported by every file that includes it).
count() {
	grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error|style|performance|portability|information): ' "$1" \
		| sort -u | wc -l | tr -d ' '
}

# --- cppcheck: whole-program, fast; a build dir caches results between runs.
mkdir -p "$build/cppcheck"
# shellcheck disable=SC2086,SC2090  # the flags are meant to split
cppcheck -q -j "$jobs" --std=c11 --enable=warning,style,performance,portability \
	--library=posix --inline-suppr --error-exitcode=1 \
	--suppress=missingIncludeSystem --suppressions-list=tools/cppcheck.supp \
	--cppcheck-build-dir="$build/cppcheck" \
	--template='{file}:{line}:{column}: {severity}: {message} [{id}]\n{code}' \
	$cppflags $test_cflags $sources $tests >"$tmp/cppcheck" 2>&1
cppcheck_rc=$?
cat "$tmp/cppcheck"
cppcheck_n=$(count "$tmp/cppcheck")
if [ "$cppcheck_rc" != 0 ] && [ "$cppcheck_n" = 0 ]; then
	echo "lint: cppcheck failed (exit $cppcheck_rc)" >&2
	cppcheck_n=failed
fi

# --- clang-tidy: one process per file, $jobs at a time.  Each file's report is
# kept whole, then repeated reports of the same finding (headers) are dropped.
lint_files() {
	# shellcheck disable=SC2016,SC2086,SC2090  # $1, $2 belong to the inner sh
	printf '%s\n' $1 | xargs -P "$jobs" -I FILE sh -c \
		'out=$1/$(echo "$2" | tr / _); shift 2
		 clang-tidy --quiet "$@" >"$out.txt" 2>"$out.err" || echo "$?" >"$out.rc"' \
		sh "$tmp/ct" FILE FILE -- -std=c11 $cppflags $2
}
mkdir -p "$tmp/ct"
[ -n "$sources" ] && lint_files "$sources" ""
[ -n "$tests" ] && lint_files "$tests" "$test_cflags"
tidy_failed=
for rc in "$tmp"/ct/*.rc; do
	[ -f "$rc" ] || continue
	base=${rc%.rc}
	# clang-tidy exits non-zero on compiler errors, which are findings too
	if ! grep -q ': error: ' "$base.txt"; then
		echo "lint: clang-tidy failed on $(basename "$base"):" >&2
		grep -v 'warnings\? generated' "$base.err" | head -n 20 >&2
		tidy_failed=1
	fi
done
cat "$tmp"/ct/*.txt 2>/dev/null | sed "s|^$root/||" | awk '
	/^[^ ].*:[0-9]+:[0-9]+: (warning|error): / { keep = !seen[$0]++ }
	keep' >"$tmp/clang-tidy"
cat "$tmp/clang-tidy"
tidy_n=$(count "$tmp/clang-tidy")
[ -n "$tidy_failed" ] && tidy_n="$tidy_n (and failed)"

echo "lint: cppcheck $cppcheck_n finding(s), clang-tidy $tidy_n finding(s)"
case "$cppcheck_n $tidy_n" in
"0 0") exit 0 ;;
*failed*) exit 2 ;;
*) exit 1 ;;
esac
