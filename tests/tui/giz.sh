# A whole GIZ conversation with the keyboard only, at 80x24 (issue 9): a
# young person of 12 to 17 in the demo user's caseload who already had two
# in the demo (the first such client number; the demo decides who, so the
# test asks the file).  F6 on the dossier opens the form; the first parent
# and the young person took part; the triangle has bijzonderheden on
# Opvoeding; all ten GOM aspects get a step by their digit (one with a
# note); the parent's own words, the professional's view, strengths,
# draagkracht and draaglast; the conclusion; two agreements (one with the
# wijkteam from the sociale kaart).  F2 shows the matrix beside the previous
# conversation, F6 turns it to the parent, Right shows the plan in plain
# words.  Then, with GROEIPAD_TODAY on the first agreement's evaluation
# date, it is on Vandaag (not the day before), Enter rounds it off as done
# and it leaves; and the JSON export carries BDS 1629-1641 with their codes.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db 300 1
pick=$(sqlite3 -separator '|' demo.db "select c.client_no,
    c.given_names || ' ' || coalesce(c.tussenvoegsel || ' ', '') || c.family_name,
    c.family_name || ', ' || substr(c.given_names || ' ', 1, instr(c.given_names || ' ', ' ') - 1),
    strftime('%d-%m-%Y', max(g.assessed_on))
  from children c join giz_assessments g on g.child_seq = c.seq
  join accounts a on a.seq = c.professional_seq
  where a.username = 'demo' and c.birth_date > date('2026-11-26', '-17 years')
    and c.birth_date <= date('2026-11-26', '-12 years')
  group by c.seq having count(*) = 2 order by c.client_no limit 1")
ref=$(echo "$pick" | cut -d'|' -f1)
name=$(echo "$pick" | cut -d'|' -f2)
row=$(echo "$pick" | cut -d'|' -f3)
before=$(echo "$pick" | cut -d'|' -f4)
[ -n "$ref" ] || { echo "!!! no young person with two GIZ conversations in the demo"; exit 1; }
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_type "$name"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys F6
tui_wait "Jongere zelf"
tui_show "Nieuw GIZ-gesprek: de datum staat al klaar"
# who took part: the mother (the first parent), and the young person himself
tui_keys Space
tui_wait "[ ]"
tui_keys Space Enter Tab
tui_type "j"
tui_keys Tab
# the triangle: bijzonderheden, on Opvoeding
tui_keys Space
tui_wait "Onderzocht, bijzonderheden"
tui_keys Down Enter Tab Space
tui_wait "Omgeving"
tui_keys Down Space Enter Tab
# the ten aspects: a digit each, Tab to the next; one note
tui_type "1"; tui_keys Tab
tui_type "1"; tui_keys Tab
tui_type "2"; tui_keys Down
tui_type "Piekert over school"; tui_keys Tab
tui_type "1"; tui_keys Tab
tui_type "2"; tui_keys Tab
tui_type "3"; tui_keys Tab
tui_type "2"; tui_keys Tab
tui_type "1"; tui_keys Tab
tui_type "2"; tui_keys Tab
tui_type "1"; tui_keys Tab
tui_wait "Wat goed gaat"
tui_show "De GOM: elk aspect op zijn stap"
tui_type "Voetbalt weer, twee keer per week."; tui_keys Tab
tui_type "Ruzie over schermtijd, elke avond."; tui_keys Tab
tui_type "Rust aan tafel."; tui_keys Tab
tui_type "Vader werkt veel; moeder staat er vaak alleen voor."; tui_keys Tab
tui_type "Oma woont om de hoek."; tui_keys Tab
tui_type "Steun van oma"; tui_keys Tab
tui_type "Verhuizing in maart"; tui_keys Tab
tui_type "adv"
tui_wait "Advies"
tui_keys Enter Tab
tui_type "Samen afspraken over schermtijd maken."; tui_keys Tab
# the plan: two agreements
tui_type "Afspraken over schermtijd op papier"; tui_keys Tab
tui_type "ou"
tui_wait "Ouder(s)"
tui_keys Enter Tab
tui_type "+2w"; tui_keys Tab
tui_type "+4w"; tui_keys Tab
tui_type "Aanmelden bij het buurtteam"; tui_keys Tab
tui_type "org"
tui_wait "Organisatie (sociale kaart)"
tui_keys Enter Tab
tui_type "buurtteam"
tui_wait "Buurtteam"
tui_keys Enter Tab
tui_type "+3w"; tui_keys Tab
tui_type "+6w"
tui_show "Het plan: twee afspraken, de tweede met het buurtteam"
tui_keys F2
tui_wait "vorige $before"
tui_show "Opgeslagen: de matrix naast het vorige gesprek"
tui_keys Right
tui_wait "Plan"
tui_show "De woorden van de ouder naast de blik van de JGZ, en het plan"
tui_keys F6
tui_wait "Wat we samen afspreken"
tui_show "Naar de ouder gedraaid: het plan in gewone woorden"
tui_keys Left
tui_wait "Hoe het gaat"
tui_show "Naar de ouder gedraaid: hoe het gaat, nu en vorige keer"
tui_keys F6
tui_wait "GIZ 26-11-2026"
tui_keys Escape
tui_wait "[Overzicht]"
tui_keys Right Right Right Right
tui_wait "[GIZ]"
tui_show "Dossier, GIZ: drie gesprekken en de open afspraken"
tui_keys F10
tui_wait "afsluitcode 0"

# Runs groeipad again with "today" set to $1 (a new terminal).
again_on() {
	tui_stop
	export GROEIPAD_TODAY=$1
	tui_start --db demo.db
	tui_login
}

# Down through Vandaag until the row of $1 is the selected one (drawn black
# on cyan: the screen with its colours has 46m on that line).
select_row() {
	i=0
	while ! tui_tmux capture-pane -e -p -t "$TUI_T" | grep -E -- "$1" | grep -q '46m'; do
		[ "$i" -lt 300 ] || { echo "!!! no row $1"; tui_screen; exit 1; }
		tui_keys Down
		sleep 0.03
		i=$((i + 1))
	done
}

# Down through Vandaag until $1 is on the screen (the work list scrolls).
show_row() {
	i=0
	while ! tui_raw | grep -qE -- "$1"; do
		[ "$i" -lt 300 ] || { echo "!!! no $1"; tui_screen; exit 1; }
		tui_keys Down
		sleep 0.03
		i=$((i + 1))
	done
}

# Vandaag opens on the nurse's own caseload, and the young person is in it.
echo "=== De dag voor de evaluatie (23-12-2026) en op de dag zelf: het aantal"
again_on 2026-12-23
show_row "GIZ-afspraken te evalueren \("
tui_screen | grep "GIZ-afspraken te evalueren"
tui_keys F10
tui_wait "afsluitcode 0"
again_on 2026-12-24
show_row "GIZ-afspraken te evalueren \("
tui_screen | grep "GIZ-afspraken te evalueren"
sqlite3 demo.db "select count(*) from giz_agreements where evaluate_on = '2026-12-24'"
select_row "$row.* 24-12-2026"
tui_show "Op de evaluatiedatum (24-12-2026): de afspraak staat op Vandaag"
tui_keys Enter
tui_wait "Uitkomst"
tui_type "ged"
tui_wait "Gedaan"
tui_keys Enter Tab
tui_type "Hangt op de koelkast; het gaat beter."
tui_wait "het gaat beter."
tui_show "Afronden: gedaan, met een notitie"
tui_keys F2
tui_wait "Opgeslagen"
show_row "GIZ-afspraken te evalueren \("
tui_screen | grep "GIZ-afspraken te evalueren"
sqlite3 demo.db "select a.status from giz_agreements a join children c on c.seq = a.child_seq
  where c.client_no = $ref
  and a.evaluate_on = '2026-12-24'"
tui_keys F10
tui_wait "afsluitcode 0"

echo "=== De JSON-export: BDS 1629-1641 van het nieuwe gesprek, met hun codes"
export GROEIPAD_PASSWORD=demo
"$GP" export --db demo.db --user demo child "$ref" --format json </dev/null >gesprek.json
# the newest assessment's "bds" list, one element per line
awk '/"date": "2026-11-26"/ { on = 1 } on && /"bds": \[/ { grab = 1; next }
     grab && /^      \]/ { exit } grab' gesprek.json |
	sed 's/^ *//' | tr -d '\n' | sed 's/},{/}\n{/g; s/^/  /; s/\n/\n  /g'
echo
grep -c '"kind": "gedaan"' gesprek.json
