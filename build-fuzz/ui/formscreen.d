build-fuzz/ui/formscreen.o: ui/formscreen.c build-fuzz/gen/paths.h \
  ui/draw.h ui/form_draw.h ui/form.h src/date.h ui/lineedit.h \
  ui/formscreen.h ui/app.h src/account.h src/db.h src/err.h src/rng.h \
  src/config.h src/growth.h ui/keys.h src/i18n.h ui/keycodes.h \
  src/refdata.h src/schedule.h ui/theme.h src/child.h src/validate.h \
  src/text.h

build-fuzz/gen/paths.h:

ui/draw.h:

ui/form_draw.h:

ui/form.h:

src/date.h:

ui/lineedit.h:

ui/formscreen.h:

ui/app.h:

src/account.h:

src/db.h:

src/err.h:

src/rng.h:

src/config.h:

src/growth.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

src/refdata.h:

src/schedule.h:

ui/theme.h:

src/child.h:

src/validate.h:

src/text.h:
