build-fuzz/src/retention.o: src/retention.c build-fuzz/gen/paths.h \
  src/audit.h src/date.h src/db.h src/err.h src/rng.h src/i18n.h \
  src/perm.h src/retention.h src/child.h src/account.h src/validate.h \
  src/text.h

build-fuzz/gen/paths.h:

src/audit.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/i18n.h:

src/perm.h:

src/retention.h:

src/child.h:

src/account.h:

src/validate.h:

src/text.h:
