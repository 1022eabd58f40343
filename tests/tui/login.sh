# Inloggen: the screen shows the database and DEMO; a wrong password is
# refused in words; demo/demo opens Vandaag; F10 quits and the terminal is
# restored (the shell line after the program shows its exit code).
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_wait "Gebruiker:"
tui_show "Inloggen"
tui_type demo; tui_keys Tab; tui_type fout; tui_keys Enter
tui_wait "klopt niet"
tui_show "verkeerd wachtwoord"
tui_type demo; tui_keys Enter
tui_wait "Afspraken vandaag"
tui_show "Vandaag"
tui_keys F1
tui_wait "Toetsen op dit scherm"
tui_show "Help bij Vandaag"
tui_keys PgDn
tui_wait "Zo werkt het"
tui_show "Help bij Vandaag, PgDn: zo werkt het"
tui_keys Escape
tui_wait "Afspraken vandaag"
tui_keys F10
tui_wait "groeipad gestopt"
tui_show "na F10"
