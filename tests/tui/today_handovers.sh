# A late step appears on Vandaag on the right day.  Çağan's handover (3) to
# the jeugdteam was sent on Wednesday 25 November (demo of 26 November); receipt
# is due within 5 working days (Thursday 26, Friday 27, Monday 30, Tuesday
# 1, Wednesday 2 December).  On 2 December Vandaag says it waits for
# receipt; on 3 December it is a day late, among the late ones (which come
# first in the Overdrachten section).  The arrows scroll the work list to
# it, past appointments, the due and overdue children and the GIZ agreements;
# the handovers are the user's own whatever the caseload filter says.
# The Veilig Thuis melding sent without consent is marked as such there.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
for day in 2026-12-02 2026-12-03; do
  GROEIPAD_TODAY=$day tui_start --db demo.db
  tui_login
  echo "=== $day"
  i=0
  while ! tui_raw | grep -q "Overdrachten ("; do
    [ "$i" -lt 400 ] || { echo "!!! no Overdrachten"; tui_screen; exit 1; }
    tui_keys Down
    sleep 0.03
    i=$((i + 1))
  done
  # through the section one row at a time: each row as it scrolls into view
  tui_screen | grep -E "Overdrachten \("
  i=0
  while [ "$i" -lt 7 ]; do
    sleep 0.15 # let the frame of the last Down settle
    tui_screen | grep -E "3 Jeugdteam|GEEN TOESTEMMING" >>seen.txt || true
    tui_keys Down
    i=$((i + 1))
  done
  awk '!seen[$0]++' seen.txt
  rm -f seen.txt
  tui_keys F10
  tui_wait "afsluitcode"
  tui_stop
done
