build-fuzz/ui/sec_growth.o: ui/sec_growth.c build-fuzz/gen/paths.h \
  ui/childfmt.h ui/app.h src/account.h src/db.h src/date.h src/err.h \
  src/rng.h src/config.h ui/form.h ui/keys.h src/i18n.h ui/keycodes.h \
  ui/lineedit.h src/growth.h src/refdata.h src/schedule.h ui/theme.h \
  src/child.h src/validate.h ui/draw.h ui/list.h ui/screens.h src/org.h \
  ui/sec_growth.h src/contact.h

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

ui/draw.h:

ui/list.h:

ui/screens.h:

src/org.h:

ui/sec_growth.h:

src/contact.h:
