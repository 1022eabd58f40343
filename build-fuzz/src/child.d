build-fuzz/src/child.o: src/child.c build-fuzz/gen/paths.h src/audit.h \
  src/date.h src/db.h src/err.h src/rng.h src/child.h src/account.h \
  src/validate.h src/i18n.h src/store.h src/text.h src/perm.h

build-fuzz/gen/paths.h:

src/audit.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/child.h:

src/account.h:

src/validate.h:

src/i18n.h:

src/store.h:

src/text.h:

src/perm.h:
