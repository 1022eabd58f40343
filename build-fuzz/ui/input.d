build-fuzz/ui/input.o: ui/input.c build-fuzz/gen/paths.h ui/input.h \
  ui/keycodes.h src/text.h

build-fuzz/gen/paths.h:

ui/input.h:

ui/keycodes.h:

src/text.h:
