build-fuzz/src/account.o: src/account.c build-fuzz/gen/paths.h \
  src/account.h src/db.h src/date.h src/err.h src/rng.h src/audit.h \
  src/i18n.h src/perm.h src/text.h src/validate.h

build-fuzz/gen/paths.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/audit.h:

src/i18n.h:

src/perm.h:

src/text.h:

src/validate.h:
