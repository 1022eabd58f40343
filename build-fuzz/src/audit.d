build-fuzz/src/audit.o: src/audit.c build-fuzz/gen/paths.h src/audit.h \
  src/date.h src/db.h src/err.h src/rng.h src/i18n.h src/perm.h \
  src/text.h

build-fuzz/gen/paths.h:

src/audit.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/i18n.h:

src/perm.h:

src/text.h:
