# Beheer (beheerder only): the users; a new user with a role from the pick
# list and a masked password typed twice (too short, then not the same,
# then right); deactivating asks first; the sociale kaart with its
# organisations and the kind pick list.  (The demo's beheerder is
# beheer/demo; demo/demo is a nurse.)
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login beheer
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
tui_keys Tab
tui_type geheim12; tui_keys Tab
tui_wait "minstens 10 tekens"
tui_show "Wachtwoord verborgen, en te kort"
tui_keys BTab C-u
tui_type "geheim wachtwoord"; tui_keys Tab
tui_type "geheim wachtwort"; tui_keys F2
tui_wait "niet gelijk"
tui_show "Twee keer getypt, niet gelijk: de cursor op het tweede"
tui_keys C-u
tui_type "geheim wachtwoord"; tui_keys F2
tui_wait "is aangemaakt"
tui_show "Nieuwe gebruiker"
tui_keys F8
tui_wait "[j] ja"
tui_show "Deactiveren: eerst een vraag"
tui_answer j
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
