build-fuzz/src/refdata.o: src/refdata.c build-fuzz/gen/paths.h src/i18n.h \
  src/refdata.h src/err.h src/text.h

build-fuzz/gen/paths.h:

src/i18n.h:

src/refdata.h:

src/err.h:

src/text.h:
