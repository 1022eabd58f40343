build-fuzz/src/contact.o: src/contact.c build-fuzz/gen/paths.h \
  src/account.h src/db.h src/date.h src/err.h src/rng.h src/audit.h \
  src/contact.h src/growth.h src/refdata.h src/schedule.h src/validate.h \
  src/i18n.h src/store.h src/text.h src/perm.h

build-fuzz/gen/paths.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/audit.h:

src/contact.h:

src/growth.h:

src/refdata.h:

src/schedule.h:

src/validate.h:

src/i18n.h:

src/store.h:

src/text.h:

src/perm.h:
