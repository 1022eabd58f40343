build-fuzz/ui/dossier_notes.o: ui/dossier_notes.c build-fuzz/gen/paths.h \
  ui/draw.h ui/dossier.h ui/app.h src/account.h src/db.h src/date.h \
  src/err.h src/rng.h src/config.h ui/form.h ui/keys.h src/i18n.h \
  ui/keycodes.h ui/lineedit.h src/growth.h src/refdata.h src/schedule.h \
  ui/theme.h src/audit.h src/child.h src/validate.h src/contact.h \
  ui/list.h src/note.h ui/sec_growth.h ui/screens.h src/org.h

build-fuzz/gen/paths.h:

ui/draw.h:

ui/dossier.h:

ui/app.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/config.h:

ui/form.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

ui/lineedit.h:

src/growth.h:

src/refdata.h:

src/schedule.h:

ui/theme.h:

src/audit.h:

src/child.h:

src/validate.h:

src/contact.h:

ui/list.h:

src/note.h:

ui/sec_growth.h:

ui/screens.h:

src/org.h:
