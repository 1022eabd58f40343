# --help and --version answer at once, with exit code 0; bad usage gives 2.
"$GP" --help | head -n 3; echo "exit $?"
"$GP" --version | sed 's/[0-9][0-9.]*/X.Y.Z/'; echo "exit $?"
"$GP" frobnicate; echo "exit $?"
"$GP" --bogus; echo "exit $?"
"$GP" demo --children lots --db x.db; echo "exit $?"
"$GP" --lang xx --help; echo "exit $?"
"$GP" --lang en --help | head -n 1; echo "exit $?"
GROEIPAD_TODAY=26-11-2026 "$GP" check --db x.db; echo "exit $?"
