build-fuzz/ui/draw.o: ui/draw.c build-fuzz/gen/paths.h ui/draw.h \
  src/text.h

build-fuzz/gen/paths.h:

ui/draw.h:

src/text.h:
