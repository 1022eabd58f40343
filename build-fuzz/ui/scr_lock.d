build-fuzz/ui/scr_lock.o: ui/scr_lock.c build-fuzz/gen/paths.h \
  src/audit.h src/date.h src/db.h src/err.h src/rng.h ui/draw.h \
  ui/field.h ui/app.h src/account.h src/config.h ui/form.h ui/keys.h \
  src/i18n.h ui/keycodes.h ui/lineedit.h src/growth.h src/refdata.h \
  src/schedule.h ui/theme.h ui/screens.h src/child.h src/validate.h \
  src/org.h

build-fuzz/gen/paths.h:

src/audit.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

ui/draw.h:

ui/field.h:

ui/app.h:

src/account.h:

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

ui/screens.h:

src/child.h:

src/validate.h:

src/org.h:
