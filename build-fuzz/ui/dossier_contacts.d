build-fuzz/ui/dossier_contacts.o: ui/dossier_contacts.c \
  build-fuzz/gen/paths.h src/childdue.h src/child.h src/date.h src/db.h \
  src/err.h src/rng.h src/account.h src/validate.h src/schedule.h \
  ui/draw.h ui/dossier.h ui/app.h src/config.h ui/form.h ui/keys.h \
  src/i18n.h ui/keycodes.h ui/lineedit.h src/growth.h src/refdata.h \
  ui/theme.h src/audit.h src/contact.h ui/list.h src/note.h \
  ui/sec_growth.h ui/screens.h src/org.h

build-fuzz/gen/paths.h:

src/childdue.h:

src/child.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/account.h:

src/validate.h:

src/schedule.h:

ui/draw.h:

ui/dossier.h:

ui/app.h:

src/config.h:

ui/form.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

ui/lineedit.h:

src/growth.h:

src/refdata.h:

ui/theme.h:

src/audit.h:

src/contact.h:

ui/list.h:

src/note.h:

ui/sec_growth.h:

ui/screens.h:

src/org.h:
