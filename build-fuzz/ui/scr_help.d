build-fuzz/ui/scr_help.o: ui/scr_help.c build-fuzz/gen/paths.h ui/draw.h \
  ui/list.h ui/keys.h src/i18n.h ui/keycodes.h ui/screens.h ui/app.h \
  src/account.h src/db.h src/date.h src/err.h src/rng.h src/config.h \
  ui/form.h ui/lineedit.h src/growth.h src/refdata.h src/schedule.h \
  ui/theme.h src/child.h src/validate.h src/org.h

build-fuzz/gen/paths.h:

ui/draw.h:

ui/list.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

ui/screens.h:

ui/app.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/config.h:

ui/form.h:

ui/lineedit.h:

src/growth.h:

src/refdata.h:

src/schedule.h:

ui/theme.h:

src/child.h:

src/validate.h:

src/org.h:
