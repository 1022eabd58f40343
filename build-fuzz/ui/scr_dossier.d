build-fuzz/ui/scr_dossier.o: ui/scr_dossier.c build-fuzz/gen/paths.h \
  ui/childfmt.h ui/app.h src/account.h src/db.h src/date.h src/err.h \
  src/rng.h src/config.h ui/form.h ui/keys.h src/i18n.h ui/keycodes.h \
  ui/lineedit.h src/growth.h src/refdata.h src/schedule.h ui/theme.h \
  src/child.h src/validate.h ui/dossier.h src/audit.h src/contact.h \
  ui/list.h src/note.h ui/sec_growth.h ui/draw.h src/org.h src/perm.h \
  ui/prompt.h ui/screens.h

build-fuzz/gen/paths.h:

ui/childfmt.h:

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

src/child.h:

src/validate.h:

ui/dossier.h:

src/audit.h:

src/contact.h:

ui/list.h:

src/note.h:

ui/sec_growth.h:

ui/draw.h:

src/org.h:

src/perm.h:

ui/prompt.h:

ui/screens.h:
