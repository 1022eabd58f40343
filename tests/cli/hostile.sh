# Hostile values never leave the program raw.  Names written into the file
# behind groeipad's back (the sqlite3 shell): a spreadsheet formula in the
# due list's CSV is neutralised; an export refuses invalid UTF-8 and
# over-long values, naming the field (GIZ content too), instead of dropping
# or cutting them.
# The command line: an escape sequence in an argument is shown, not
# obeyed; a symlinked --db says why it is refused; a config file that is a
# FIFO or a link to /dev/zero cannot make a command hang; an invalid
# GROEIPAD_TODAY is ignored with a warning, as docs/cli.md says.
"$GP" demo --db d.db --children 40 --seed 5 >/dev/null
# four children who are on the due list, whatever the demo made
set -- $(GROEIPAD_PASSWORD=demo "$GP" due --db d.db --user demo --format csv </dev/null \
  | cut -d';' -f1 | grep -E '^[0-9]+$' | sort -un | head -n 4)
echo "children on the due list: $#"
sqlite3 d.db "pragma ignore_check_constraints = on;
  update children set given_names = '=HYPERLINK(\"http://x.nl\",\"klik\")', tussenvoegsel = null, family_name = 'Hof' where client_no = $1;
  update children set given_names = '+31 6', tussenvoegsel = null, family_name = 'Hendriks' where client_no = $2;
  update children set given_names = '-2+3', tussenvoegsel = null, family_name = 'Kurt' where client_no = $3;
  update children set given_names = '@SUM(A1)', tussenvoegsel = null, family_name = 'Ven' where client_no = $4;"
GROEIPAD_PASSWORD=demo "$GP" due --db d.db --user demo --format csv </dev/null | cut -d';' -f1-2 \
  | grep -E "^($1|$2|$3|$4);" | cut -d';' -f2 | sort -u
# export: invalid UTF-8, then an over-long conclusion, then a control character
cp d.db x.db
sqlite3 x.db "update children set given_names = cast(x'4875ff79' as text) where client_no = 100018"
GROEIPAD_PASSWORD=demo "$GP" export --db x.db --user demo child 100018 --format json </dev/null >x.json; echo "exit $?"
wc -c <x.json
cp d.db x.db
sqlite3 x.db "update contacts set conclusion = printf('%.16000c', 'x') where seq = (select seq from contacts where child_seq = (select seq from children where client_no = 100018) order by contact_date limit 1)"
GROEIPAD_PASSWORD=demo "$GP" export --db x.db --user demo child 100018 --format json -o x2.json </dev/null; echo "exit $?"
ls x2.json* 2>/dev/null | wc -l
cp d.db x.db
sqlite3 x.db "update children set city = 'Utrecht' || char(27) || '[2J' where client_no = 100018"
GROEIPAD_PASSWORD=demo "$GP" export --db x.db --user demo child 100018 --format json </dev/null >/dev/null; echo "exit $?"
# GIZ content (issue 9) is checked the same way: invalid UTF-8 in a parent's
# worry, an escape sequence in an agreement
cp d.db x.db
sqlite3 x.db "insert into giz_assessments(id, child_seq, assessed_on, young_person, parent_worries, created_at, updated_at) select randomblob(16), seq, '2026-11-01', 1, cast(x'5a6f72ff67' as text), 1793000000, 1793000000 from children where client_no = 100018"
GROEIPAD_PASSWORD=demo "$GP" export --db x.db --user demo child 100018 --format json </dev/null >x.json; echo "exit $?"
sqlite3 x.db "update giz_assessments set parent_worries = 'Zorgen' where parent_worries <> 'Zorgen';
  insert into giz_agreements(id, assessment_seq, child_seq, what, who_kind, due_on, evaluate_on, created_at, updated_at) select randomblob(16), seq, child_seq, 'Bellen' || char(27) || ']0;x' || char(7), 'jgz', '2026-11-20', '2026-11-30', 1793000000, 1793000000 from giz_assessments where parent_worries = 'Zorgen'"
GROEIPAD_PASSWORD=demo "$GP" export --db x.db --user demo child 100018 --format json </dev/null >/dev/null; echo "exit $?"
# the command line
"$GP" "--$(printf '\033[31mrood')"; echo "exit $?"
"$GP" check --db "$(printf 'a\033]0;titel\007.db')"; echo "exit $?"
ln -s d.db link.db
"$GP" check --db link.db 2>&1 | sed "s|$PWD|DIR|"
ln -s nergens.db dangling.db
"$GP" check --db dangling.db; echo "exit $?"
GROEIPAD_TODAY=morgen "$GP" --version; echo "exit $?"
mkdir -p "$XDG_CONFIG_HOME/groeipad"
mkfifo "$XDG_CONFIG_HOME/groeipad/config"
timeout 10 "$GP" --version; echo "config is a FIFO: exit $?"
rm "$XDG_CONFIG_HOME/groeipad/config"
ln -s /dev/zero "$XDG_CONFIG_HOME/groeipad/config"
timeout 10 "$GP" --version; echo "config is /dev/zero: exit $?"
rm "$XDG_CONFIG_HOME/groeipad/config"
printf 'lang = en\nlock_minutes = 99999999999\n' >"$XDG_CONFIG_HOME/groeipad/config"
"$GP" check --db nergens.db; echo "exit $?"
