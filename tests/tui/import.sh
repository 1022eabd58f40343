# Beheer › Uitwisseling: importing a birth list with one bad row.  A
# nurse's Beheer has only this section (users, the sociale kaart and the
# audit log are the beheerder's).  The file is checked first and the
# report shown (the bad row by line and reason, nothing stored yet); F2
# asks whether to import only the good rows, and j imports them.  Then the
# report for the municipality, written as CSV in cp1252 to the file
# proposed in the home folder.
. "$ROOT/tests/tui/lib.sh"
export HOME="$PWD/home"
mkdir -p "$HOME"
demo_db demo.db
{ echo "bsn;voornamen;achternaam;geslacht;geboortedatum;moeder_voornamen;moeder_achternaam"
  echo "999902192;Zoë;Vermeer;V;01-10-2026;Sara;Vermeer"
  echo ";Bram;Vermeer;M;31-09-2026;Sara;Vermeer"
  echo "999911880;Ilse;Kok;V;02-10-2026;Fleur;Kok"; } >"$HOME/geboortes.csv"
tui_start --db demo.db
tui_login
tui_keys F9
tui_wait "[Uitwisseling]"
tui_show "Beheer, Uitwisseling"
tui_keys Enter
tui_wait "Bestand"
tui_type "~/geboortes.csv"
tui_keys F2
tui_wait "Totaal"
tui_show "de controle: niets opgeslagen" | sed "s|$HOME|~|"
sqlite3 demo.db "select count(*) from children where family_name in ('Vermeer', 'Kok')"
tui_keys F2
tui_wait "Alleen de 2 goede"
tui_answer j
tui_wait "Geïmporteerd:"
tui_screen | grep -E "Geïmporteerd" | sed "s|$HOME|~|"
sqlite3 demo.db "select given_names, family_name from children where family_name in ('Vermeer', 'Kok') order by given_names"
tui_keys Escape
tui_wait "[Uitwisseling]"
tui_keys Down Enter
tui_wait "Tot en met"
tui_keys F2
tui_wait "Geschreven naar"
tui_screen | grep "Geschreven naar" | sed "s|$HOME|~|"
ls -l "$HOME" | awk 'NR > 1 { print $1, $NF }'
head -n 1 "$HOME"/rapportage-*.csv | tr -d '\r'
