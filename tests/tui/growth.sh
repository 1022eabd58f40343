# Groei: the dossier's table of measurements with z-scores, F6 opens the
# growth chart, 1-5 and Left/Right switch the curve, a terminal below 80x24
# shows the notice and the chart comes back after, Esc returns to the table.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
tui_start --db demo.db
tui_login
tui_keys F3
tui_type "lina heuv"
tui_wait "1 kind gevonden"
tui_keys Enter
tui_wait "[Overzicht]"
tui_keys Right Right
tui_wait "[Groei]"
tui_show "Groei: de metingen met z-scores"
tui_keys F6
tui_wait "[1 Gewicht]"
tui_show "Groeicurve: gewicht naar leeftijd"
tui_keys 2
tui_wait "[2 Lengte]"
tui_show "2: lengte naar leeftijd"
tui_keys Right
tui_wait "[3 Hoofd]"
tui_keys Right Right
tui_wait "[5 Gew/lengte]"
tui_show "Rechts, Rechts: gewicht naar lengte"
tui_keys Left
tui_wait "[4 BMI]"
tui_resize 60 20
tui_wait "Venster te klein"
tui_show "60x20"
tui_resize 80 24
tui_wait "[4 BMI]"
tui_show "terug naar 80x24: BMI naar leeftijd"
tui_resize 100 30
tui_wait "[4 BMI]"
tui_show "100x30: de curve groeit mee"
tui_resize 80 24
tui_keys Escape
tui_wait "[Groei]"
tui_show "Esc: terug naar de tabel"
