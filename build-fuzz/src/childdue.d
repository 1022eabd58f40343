build-fuzz/src/childdue.o: src/childdue.c build-fuzz/gen/paths.h \
  src/childdue.h src/child.h src/date.h src/db.h src/err.h src/rng.h \
  src/account.h src/validate.h src/schedule.h src/contact.h src/growth.h \
  src/refdata.h src/i18n.h

build-fuzz/gen/paths.h:

src/childdue.h:

src/child.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/account.h:

src/validate.h:

src/schedule.h:

src/contact.h:

src/growth.h:

src/refdata.h:

src/i18n.h:
