build-fuzz/ui/form_bind.o: ui/form_bind.c build-fuzz/gen/paths.h \
  ui/form.h src/date.h ui/keys.h src/i18n.h ui/keycodes.h ui/lineedit.h \
  ui/form_int.h src/text.h src/validate.h

build-fuzz/gen/paths.h:

ui/form.h:

src/date.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

ui/lineedit.h:

ui/form_int.h:

src/text.h:

src/validate.h:
