build-fuzz/src/store.o: src/store.c build-fuzz/gen/paths.h src/account.h \
  src/db.h src/date.h src/err.h src/rng.h src/audit.h src/i18n.h \
  src/store.h

build-fuzz/gen/paths.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/audit.h:

src/i18n.h:

src/store.h:
