build-fuzz/src/date.o: src/date.c build-fuzz/gen/paths.h src/date.h \
  src/i18n.h

build-fuzz/gen/paths.h:

src/date.h:

src/i18n.h:
