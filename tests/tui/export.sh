# The Export dialog of a dossier: Ctrl-E opens it with the kindoverzicht, UTF-8
# and a file in the home folder proposed; choosing "Afschrift voor de
# ouders" and F2 writes ~/afschrift-N.txt (0600) in the parent's language
# and says where; exporting to a file that exists asks for a second F2.
. "$ROOT/tests/tui/lib.sh"
export HOME="$PWD/home"
mkdir -p "$HOME"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F3
# client 100007, whoever the demo made: searched by call name and family name
tui_type "$(sqlite3 demo.db "select given_names || ' ' || coalesce(tussenvoegsel || ' ', '') || family_name from children where client_no = 100007")"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys C-e
tui_wait "Bestand"
tui_show "Ctrl-E: het exportvenster" | sed "s|$HOME|~|"
tui_keys Space
tui_wait "Afschrift voor de ouders"
tui_keys Down Enter
tui_gone "Zoek:"
tui_keys F2
tui_wait "Geschreven naar"
tui_screen | grep "Geschreven naar" | sed "s|$HOME|~|"
ls -l "$HOME" | awk 'NR > 1 { print $1, $NF }'
head -n 1 "$HOME/afschrift-100007.txt"
echo "--- the same again: the file exists, a second F2 replaces it"
tui_keys C-e
tui_wait "Bestand"
tui_keys Space
tui_wait "Zoek:"
tui_keys Down Enter
tui_gone "Zoek:"
tui_keys F2
tui_wait "bestaat al"
tui_screen | grep -c "afschrift-100007.txt bestaat al. Druk nogmaals op F2"
tui_keys F2
tui_wait "Geschreven naar"
tui_screen | grep "Geschreven naar" | sed "s|$HOME|~|"
ls "$HOME"
echo "--- JSON with another character set is refused, in words"
tui_keys C-e
tui_wait "Bestand"
tui_keys Space
tui_wait "Zoek:"
tui_keys Down Down Enter
tui_gone "Zoek:"
tui_keys Down Down Down Space
tui_wait "Zoek:"
tui_keys Down Enter
tui_gone "Zoek:"
tui_keys F2
tui_wait "JSON is altijd UTF-8"
tui_screen | grep -c "JSON is altijd UTF-8"
tui_keys Escape
tui_wait "Wijzigingen"
tui_answer j
tui_wait "[Overzicht]"
sqlite3 demo.db "select action, detail from audit_log where action = 'export'" | sed "s|$HOME|~|"
