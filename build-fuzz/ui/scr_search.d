build-fuzz/ui/scr_search.o: ui/scr_search.c build-fuzz/gen/paths.h \
  ui/childfmt.h ui/app.h src/account.h src/db.h src/date.h src/err.h \
  src/rng.h src/config.h ui/form.h ui/keys.h src/i18n.h ui/keycodes.h \
  ui/lineedit.h src/growth.h src/refdata.h src/schedule.h ui/theme.h \
  src/child.h src/validate.h ui/draw.h ui/field.h ui/list.h src/perm.h \
  ui/screens.h src/org.h src/search.h

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

ui/field.h:

ui/list.h:

src/perm.h:

ui/screens.h:

src/org.h:

src/search.h:
