build-fuzz/src/config.o: src/config.c build-fuzz/gen/paths.h src/config.h \
  src/text.h

build-fuzz/gen/paths.h:

src/config.h:

src/text.h:
