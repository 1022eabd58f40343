# The screen lock (F12, or after lock_minutes idle) keeps unsaved work; F2
# on the lock screen lets another user log in while the owner's screens,
# unsaved form and all, are put aside.  When that user quits, groeipad
# stays at Inloggen because someone else's work waits; the owner logs in
# and finds the form as it was.  Every step is in the audit log.
. "$ROOT/tests/tui/lib.sh"
demo_db demo.db
first=$(sqlite3 demo.db "select max(seq) from audit_log") # what the demo logged
tui_start --db demo.db
tui_login
tui_keys F3; tui_wait "Typ een deel"; tui_keys F7; tui_wait "Voornamen"
tui_type "Nog Niet Opgeslagen"
tui_keys F12
tui_wait "Het scherm is vergrendeld"
tui_show "Vergrendeld met F12: het formulier is verborgen"
tui_type fout; tui_keys Enter
tui_wait "klopt niet"
tui_keys F2
tui_wait "Apart gezet"
tui_show "Andere gebruiker: het werk staat apart"
tui_type assistent; tui_keys Tab; tui_type demo; tui_keys Enter
tui_wait "Goedendag, Demo Assistent"
tui_keys F10
tui_wait "U bent uitgelogd"
tui_show "De assistent stopt: groeipad blijft open"
tui_type demo; tui_keys Tab; tui_type demo; tui_keys Enter
tui_wait "Welkom terug"
tui_show "De eigenaar is terug: het formulier zoals het was"
tui_keys F10
tui_wait "Toch stoppen"
tui_answer j
tui_wait "afsluitcode 0"
sqlite3 demo.db "select username || ' ' || action from audit_log where seq > $first order by seq"
