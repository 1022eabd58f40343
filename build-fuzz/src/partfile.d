build-fuzz/src/partfile.o: src/partfile.c build-fuzz/gen/paths.h \
  src/i18n.h src/partfile.h src/err.h src/text.h

build-fuzz/gen/paths.h:

src/i18n.h:

src/partfile.h:

src/err.h:

src/text.h:
