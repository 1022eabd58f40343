build-fuzz/ui/form_pick.o: ui/form_pick.c build-fuzz/gen/paths.h \
  ui/form.h src/date.h ui/keys.h src/i18n.h ui/keycodes.h ui/lineedit.h \
  ui/form_int.h src/text.h

build-fuzz/gen/paths.h:

ui/form.h:

src/date.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

ui/lineedit.h:

ui/form_int.h:

src/text.h:
