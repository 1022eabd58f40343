build-fuzz/src/i18n.o: src/i18n.c build-fuzz/gen/paths.h src/i18n.h

build-fuzz/gen/paths.h:

src/i18n.h:
