build-fuzz/src/recent.o: src/recent.c build-fuzz/gen/paths.h src/recent.h \
  src/child.h src/date.h src/db.h src/err.h src/rng.h src/account.h \
  src/validate.h src/i18n.h

build-fuzz/gen/paths.h:

src/recent.h:

src/child.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/account.h:

src/validate.h:

src/i18n.h:
