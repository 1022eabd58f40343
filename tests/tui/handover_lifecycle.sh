# A warm handover followed until the family has arrived, through the
# screens: Çağan's handover (3) to the jeugdteam was sent yesterday.  F6 takes
# each next step with its day: receipt confirmed, the first conversation
# planned (its date asked), feedback (a note is required), closed with the
# short report.  The letter (Enter) carries the steps and the report; Ctrl-E
# opens the Export dialog with this letter chosen and F2 puts it in a file in
# the home folder; a closed handover changes no more.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
export HOME="$PWD"
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_type "cagan sahin"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys Right Right Right Right Right
tui_wait "[Overdrachten]"
tui_screen | grep -A1 "^   3 "
# receipt confirmed: the step that comes next is proposed, with today
tui_keys F6
tui_wait "Stap *"
tui_screen | grep -E "Stap|Datum|Wie"
tui_keys F2
tui_wait "ontvangst bevestigd."
# the first conversation planned: its date is asked (the cursor is there)
tui_keys F6
tui_wait "eerste gesprek gepland"
tui_keys F2
tui_wait "Eerste gesprek op: vul in wanneer"
tui_type "+1w"
tui_keys F2
tui_wait "eerste gesprek gepland."
# feedback: it cannot be taken without a note (the date goes back to today)
tui_keys F6
tui_wait "Stap *"
tui_keys Down Down Down Down
tui_type "Gesprek geweest; ouders gestart met opvoedondersteuning."
tui_keys F2
tui_wait "teruggekoppeld."
tui_keys F6
tui_wait "Stap *"
tui_keys Down Down Down Down
tui_type "Afgerond: het gaat goed, geen verdere hulp nodig."
tui_keys F2
tui_wait ": afgerond."
tui_screen | grep -A1 "^   3 "
# the letter has the steps and the short report
tui_keys Enter
tui_wait "WARME OVERDRACHT 3"
tui_keys End
tui_wait "Gemaakt met groeipad"
tui_show "De brief: het verloop tot afgerond"
tui_keys C-e
tui_wait "Overdrachtsbrief (voor de ontvanger)"
tui_keys F2
tui_wait "Geschreven naar"
tui_screen | grep -o "Geschreven naar [^ ]*" | sed "s|$PWD|HOME|"
grep -c "Afgerond: het gaat goed" overdracht-3.txt
stat -c %a overdracht-3.txt
# a closed handover: no more steps, no more changes
tui_keys F6
tui_wait "geen stap meer"
tui_keys F4
tui_wait "verandert niet meer"
tui_screen | tail -2 | head -1
