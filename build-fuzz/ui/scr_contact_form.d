build-fuzz/ui/scr_contact_form.o: ui/scr_contact_form.c \
  build-fuzz/gen/paths.h src/childdue.h src/child.h src/date.h src/db.h \
  src/err.h src/rng.h src/account.h src/validate.h src/schedule.h \
  src/contact.h src/growth.h src/refdata.h ui/draw.h ui/formscreen.h \
  ui/app.h src/config.h ui/form.h ui/keys.h src/i18n.h ui/keycodes.h \
  ui/lineedit.h ui/theme.h ui/screens.h src/org.h src/text.h

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

src/contact.h:

src/growth.h:

src/refdata.h:

ui/draw.h:

ui/formscreen.h:

ui/app.h:

src/config.h:

ui/form.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

ui/lineedit.h:

ui/theme.h:

ui/screens.h:

src/org.h:

src/text.h:
