build-fuzz/ui/dialog.o: ui/dialog.c build-fuzz/gen/paths.h ui/app.h \
  src/account.h src/db.h src/date.h src/err.h src/rng.h src/config.h \
  ui/form.h ui/keys.h src/i18n.h ui/keycodes.h ui/lineedit.h \
  src/growth.h src/refdata.h src/schedule.h ui/theme.h ui/draw.h

build-fuzz/gen/paths.h:

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

ui/draw.h:
