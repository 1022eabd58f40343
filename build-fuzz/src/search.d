build-fuzz/src/search.o: src/search.c build-fuzz/gen/paths.h src/i18n.h \
  src/search.h src/child.h src/date.h src/db.h src/err.h src/rng.h \
  src/account.h src/validate.h src/text.h src/perm.h

build-fuzz/gen/paths.h:

src/i18n.h:

src/search.h:

src/child.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/account.h:

src/validate.h:

src/text.h:

src/perm.h:
