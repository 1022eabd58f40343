# Groei and the growth chart in a terminal without UTF-8 (LC_ALL=C): the
# chart is drawn with '-', '.', '=' and 'o', and nothing but ASCII reaches
# the screen.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
LC_ALL=C LANG=C tui_start --db demo.db
tui_login
tui_keys F3
tui_type "lina heuv"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys Right Right
tui_wait "[Groei]"
tui_show "ASCII: Groei"
tui_keys F6
tui_wait "[1 Gewicht]"
tui_show "ASCII: groeicurve gewicht naar leeftijd"
if tui_raw | LC_ALL=C grep -q '[^ -~]'; then
	echo "!!! non-ASCII characters on the screen"
else
	echo "=== only ASCII on the screen"
fi
tui_keys 3
tui_wait "[3 Hoofd]"
tui_show "ASCII: hoofdomtrek naar leeftijd"
