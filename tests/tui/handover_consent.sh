# The consent rule through the screens (DOMAIN §5): Gabriela Kozłowska is 12.  Her
# father's gezag ended (recorded in Gezin, Gezag tot), so the rule asks her
# own consent and her mother's.  A handover with only Gabriela's consent is
# prepared; sending it (F6, F2) is refused, naming her mother; once the
# mother's consent is recorded (F4, deel Toestemming) it is sent.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F3
tui_wait "Typ een deel"
tui_type "gabriela koz"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
# Gezin (left of Toegang): the father's gezag ended on 1 September
tui_keys Left Left
tui_wait "[Gezin]"
tui_wait "Ouders en verzorgers"
tui_keys Down F4
tui_wait "Relatie tot kind"
tui_keys Down Down Down Down Down Down Down
tui_wait "De dag waarop het gezag eindigde"
tui_type "01-09-2026"
tui_keys F2
tui_wait "Opgeslagen"
tui_screen | grep -F "Maciej Kozłowski"
# Overdrachten (left of Notities): a new handover, only Gabriela's consent
tui_keys Left Left
tui_wait "[Overdrachten]"
tui_keys F7
tui_wait "Warme overdracht"
tui_type "buurt"
tui_wait "Zoek: buurt"
tui_keys Enter Tab Tab
tui_type "erbij"
tui_wait "Zoek: erbij"
tui_keys Enter Tab
tui_type "Somber en trekt zich terug; vraagt zelf om hulp."
tui_keys PageDown PageDown
tui_wait "j gegeven, n geweigerd"
tui_show "Toestemming: wie de regel vraagt staat klaar"
tui_type "j"
tui_keys Tab
tui_type "m"
tui_wait "Zoek: m"
tui_keys Enter PageDown
tui_wait "Casusregie"
tui_keys Down Down
tui_type "j"
tui_wait "Zoek: j"
tui_keys Enter F2
tui_wait "voorbereid; verzend"
# sending is refused: the mother has not consented yet
tui_keys F6
tui_wait "Stap *"
tui_keys F2
tui_wait "Niet verzonden"
tui_show "Niet verzonden: de moeder ontbreekt"
tui_keys Escape
tui_wait "[Overdrachten]"
# the mother's consent, in writing
tui_keys F4
tui_wait "Wijzig overdracht"
tui_keys PageDown PageDown Down Down Down Down Down Down Down
tui_wait "Julia Nowakowska"
tui_type "j"
tui_keys Tab
tui_type "s"
tui_wait "Zoek: s"
tui_keys Enter F2
tui_wait "Opgeslagen"
tui_keys F6
tui_wait "Stap *"
tui_keys F2
tui_wait ": verzonden."
tui_show "Met de toestemming van Gabriela en haar moeder: verzonden"
