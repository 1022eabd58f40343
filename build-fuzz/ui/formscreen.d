build-fuzz/ui/formscreen.o: ui/formscreen.c build-fuzz/gen/paths.h \
  src/childdue.h src/child.h src/date.h src/db.h src/err.h src/rng.h \
  src/account.h src/validate.h src/schedule.h ui/draw.h ui/form_draw.h \
  ui/form.h ui/keys.h src/i18n.h ui/keycodes.h ui/lineedit.h \
  ui/formscreen.h ui/app.h src/config.h src/growth.h src/refdata.h \
  ui/theme.h src/org.h src/text.h

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

ui/form_draw.h:

ui/form.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

ui/lineedit.h:

ui/formscreen.h:

ui/app.h:

src/config.h:

src/growth.h:

src/refdata.h:

ui/theme.h:

src/org.h:

src/text.h:
