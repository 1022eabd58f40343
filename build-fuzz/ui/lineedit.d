build-fuzz/ui/lineedit.o: ui/lineedit.c build-fuzz/gen/paths.h ui/keys.h \
  src/i18n.h ui/keycodes.h ui/lineedit.h src/text.h

build-fuzz/gen/paths.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:

ui/lineedit.h:

src/text.h:
