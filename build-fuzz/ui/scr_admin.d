build-fuzz/ui/scr_admin.o: ui/scr_admin.c build-fuzz/gen/paths.h \
  src/audit.h src/date.h src/db.h src/err.h src/rng.h ui/draw.h \
  ui/field.h ui/app.h src/account.h src/config.h ui/form.h ui/keys.h \
  src/i18n.h ui/keycodes.h ui/lineedit.h src/growth.h src/refdata.h \
  src/schedule.h ui/theme.h ui/list.h src/org.h src/child.h \
  src/validate.h ui/screens.h

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

ui/list.h:

src/org.h:

src/child.h:

src/validate.h:

ui/screens.h:
