# A password a beheerder set (here with `groeipad user add`) is replaced by
# its owner at the first login, before anything else: typed twice, masked;
# two different ones are refused; then Vandaag opens.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
GROEIPAD_PASSWORD=demo GROEIPAD_NEW_PASSWORD=tijdelijk-12345 \
	"$GP" user add nieuw --role jeugdarts --name "Nieuwe Jeugdarts" --db demo.db --user beheer </dev/null
tui_start --db demo.db
tui_wait "Gebruiker:"
tui_type nieuw; tui_keys Tab; tui_type tijdelijk-12345; tui_keys Enter
tui_wait "Kies een eigen wachtwoord"
tui_type eigen-wachtwoord; tui_keys Tab; tui_type anders-wachtwoord; tui_keys Enter
tui_wait "niet gelijk"
tui_show "Twee verschillende wachtwoorden"
tui_type eigen-wachtwoord; tui_keys Tab; tui_type eigen-wachtwoord
tui_show "Getypt, verborgen"
tui_keys Enter
tui_wait "Goedendag, Nieuwe Jeugdarts"
tui_show "Opgeslagen: verder naar Vandaag"
tui_keys F10
tui_wait "afsluitcode 0"
GROEIPAD_PASSWORD=eigen-wachtwoord "$GP" due --db demo.db --user nieuw </dev/null | head -n 1
