build-fuzz/ui/keys.o: ui/keys.c build-fuzz/gen/paths.h ui/keys.h \
  src/i18n.h ui/keycodes.h

build-fuzz/gen/paths.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:
