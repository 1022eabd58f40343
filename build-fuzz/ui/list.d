build-fuzz/ui/list.o: ui/list.c build-fuzz/gen/paths.h ui/list.h \
  ui/keys.h src/i18n.h ui/keycodes.h

build-fuzz/gen/paths.h:

ui/list.h:

ui/keys.h:

src/i18n.h:

ui/keycodes.h:
