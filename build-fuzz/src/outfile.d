build-fuzz/src/outfile.o: src/outfile.c build-fuzz/gen/paths.h src/db.h \
  src/date.h src/err.h src/rng.h src/i18n.h src/outfile.h src/partfile.h

build-fuzz/gen/paths.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/i18n.h:

src/outfile.h:

src/partfile.h:
