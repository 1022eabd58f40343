build-fuzz/src/due.o: src/due.c build-fuzz/gen/paths.h src/due.h \
  src/child.h src/date.h src/db.h src/err.h src/rng.h src/account.h \
  src/validate.h src/schedule.h src/perm.h src/i18n.h

build-fuzz/gen/paths.h:

src/due.h:

src/child.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/account.h:

src/validate.h:

src/schedule.h:

src/perm.h:

src/i18n.h:
