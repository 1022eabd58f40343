# Vandaag as the work list: the sections in their order (today's
# appointments, due now, overdue, GIZ agreements to evaluate, catch-up of
# older children, recent); the
# filters (m: whose caseload, l: age group) narrow the list: everyone's
# babies (all ages "0j"); F7 on a baby due now
# plans a visit prefilled for what is due, which then heads the list under
# "Afspraken vandaag"; a shows it in the day's agenda, where Left/Right go
# to another day (no visits on Sunday) and t comes back.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db 300 4
tui_start --db demo.db
tui_login
tui_wait "Nu aan de beurt"
tui_keys m
tui_wait "iedereen"
tui_keys l
tui_wait "0-1 jaar"
tui_show "m: iedereen, l: 0-1 jaar"
echo "--- the section headings, top to bottom (line: heading)"
tui_screen | grep -n "^  [A-Z].* ─" | sed 's/ ─.*//'
echo "--- every child listed under 0-1 jaar is younger than 1 (rows, and rows whose age is not in days, weeks or 0-11 months: 0)"
tui_screen | awk 'NR > 4 && /^   [^ ]/ && $0 !~ /Geen|Niemand|Nog geen/' | grep -c . || true
tui_screen | awk 'NR > 4 && /^   [^ ]/ && $0 !~ /Geen|Niemand|Nog geen/' |
	grep -cvE ' ([0-9]+ (dg|wk)|([0-9]|1[01]) mnd) ' || true
tui_keys Down
tui_keys F7
tui_wait "Nieuwe afspraak"
tui_show "F7: de afspraak staat klaar voor wat aan de beurt is"
echo "--- the time typed over the proposed one (Up to Tijd, Ctrl-U clears the field)"
tui_keys Up Up Up Up Up Up Up
tui_wait "Bijvoorbeeld 09:30 of 930."
tui_keys C-u; tui_type 1400; tui_keys Tab
tui_keys F2
tui_wait "Afspraken vandaag (1)"
tui_show "Opgeslagen: de afspraak bovenaan Vandaag"
tui_keys a
tui_wait "Pijl links/rechts"
tui_show "a: de agenda van vandaag"
tui_keys Right Right Right
tui_wait "zondag"
tui_wait "Geen afspraken op deze dag."
tui_screen | sed -n 2,3p
tui_keys t
tui_wait "14:00"
tui_screen | sed -n 2,3p
