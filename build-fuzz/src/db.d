build-fuzz/src/db.o: src/db.c build-fuzz/gen/paths.h src/db.h src/date.h \
  src/err.h src/rng.h src/i18n.h build-fuzz/gen/migrations.h \
  src/partfile.h src/text.h

build-fuzz/gen/paths.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/i18n.h:

build-fuzz/gen/migrations.h:

src/partfile.h:

src/text.h:
