# Beheer (beheerder only): the users; a new user with a role from the pick
# list and a masked password, who can then log in; deactivating asks first;
# the sociale kaart with its organisations and the kind pick list.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F9
tui_wait "Gebruikers"
tui_show "Beheer, gebruikers"
tui_keys F7
tui_wait "Gebruikersnaam"
tui_type anna; tui_keys Tab
tui_type "Anna de Wit"; tui_keys Tab
tui_type verpleeg; tui_wait "Zoek: verpleeg"
tui_show "Rol kiezen: de lijst filtert"
tui_keys Enter
tui_gone "Zoek:"
tui_keys F2
tui_wait "Wachtwoord voor anna"
tui_type geheim12
tui_show "Wachtwoord, verborgen"
tui_keys Enter
tui_wait "is aangemaakt"
tui_show "Nieuwe gebruiker"
tui_keys F8
tui_wait "[j] ja"
tui_show "Deactiveren: eerst een vraag"
tui_keys j
tui_wait "inactief"
tui_show "anna gedeactiveerd"
tui_keys Right
tui_wait "Sociale kaart]"
tui_show "Sociale kaart"
tui_keys F7
tui_wait "Contactpersoon"
tui_type "Wijkteam Noord"; tui_keys Tab
tui_type wijk; tui_wait "Zoek: wijk"; tui_keys Enter; tui_gone "Zoek:"
tui_keys F2
tui_wait "Opgeslagen"
tui_show "Organisatie toegevoegd"
