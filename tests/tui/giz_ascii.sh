# The GIZ matrix and the parent view in a monochrome terminal without UTF-8
# (TERM=vt100, NO_COLOR, LC_ALL=C): the chosen step is an X among dots, the
# change since last time ^ or v, the parent view marks now with X and last
# time with o, the section marks show as brackets — and nothing but ASCII
# reaches the screen.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
TERM=vt100 NO_COLOR=1 LC_ALL=C LANG=C tui_start --db demo.db
tui_login
tui_keys F3
tui_type "mats vliet"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys Right Right Right Right
tui_wait "[GIZ]"
tui_show "ASCII: dossier, GIZ"
tui_keys Enter
tui_wait "vorige"
tui_show "ASCII: de matrix naast het vorige gesprek"
tui_keys F6
tui_wait "Hoe het gaat"
tui_show "ASCII: het scherm voor de ouder"
if tui_raw | LC_ALL=C grep -q '[^ -~]'; then
	echo "!!! non-ASCII characters on the screen"
	tui_raw | LC_ALL=C grep -n '[^ -~]'
fi
