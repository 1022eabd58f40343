build-fuzz/src/validate.o: src/validate.c build-fuzz/gen/paths.h \
  src/i18n.h src/text.h src/validate.h src/date.h

build-fuzz/gen/paths.h:

src/i18n.h:

src/text.h:

src/validate.h:

src/date.h:
