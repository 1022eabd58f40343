build-fuzz/src/family.o: src/family.c build-fuzz/gen/paths.h src/child.h \
  src/date.h src/db.h src/err.h src/rng.h src/account.h src/validate.h \
  src/i18n.h src/store.h src/text.h src/perm.h

build-fuzz/gen/paths.h:

src/child.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/account.h:

src/validate.h:

src/i18n.h:

src/store.h:

src/text.h:

src/perm.h:
