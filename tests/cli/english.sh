# English: --lang en, or lang = en in the config file, switches every message;
# also in the plain C locale, where gettext would otherwise ignore the
# catalogue.  --lang on the command line wins over the config file.
"$GP" --lang en --help; echo "exit $?"
"$GP" --lang en check --db missing.db; echo "exit $?"
"$GP" --lang=en frobnicate; echo "exit $?"
"$GP" --lang en demo --db d.db --children 20; echo "exit $?"
"$GP" --lang en check --db d.db; echo "exit $?"
echo "--- LANG=C and LC_ALL=C"
LC_ALL=C LANG=C "$GP" --lang en check --db missing.db; echo "exit $?"
env -u LC_ALL -u LC_MESSAGES LANG=C "$GP" --lang en check --db missing.db; echo "exit $?"
env -u LC_ALL -u LC_MESSAGES -u LANG "$GP" --lang en check --db missing.db; echo "exit $?"
echo "--- the config file"
mkdir -p "$XDG_CONFIG_HOME/groeipad"
echo "lang = en" > "$XDG_CONFIG_HOME/groeipad/config"
"$GP" check --db missing.db; echo "exit $?"
"$GP" --lang nl check --db missing.db; echo "exit $?"
