build-fuzz/ui/scr_parent_form.o: ui/scr_parent_form.c \
  build-fuzz/gen/paths.h ui/formscreen.h ui/app.h src/account.h src/db.h \
  src/date.h src/err.h src/rng.h src/config.h ui/form.h ui/keys.h \
  src/i18n.h ui/keycodes.h ui/lineedit.h src/growth.h src/refdata.h \
  src/schedule.h ui/theme.h ui/screens.h src/child.h src/validate.h \
  src/org.h

build-fuzz/gen/paths.h:

ui/formscreen.h:

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

ui/screens.h:

src/child.h:

src/validate.h:

src/org.h:
