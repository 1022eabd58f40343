build-fuzz/src/growth.o: src/growth.c build-fuzz/gen/paths.h src/growth.h \
  src/err.h src/i18n.h src/refdata.h

build-fuzz/gen/paths.h:

src/growth.h:

src/err.h:

src/i18n.h:

src/refdata.h:
