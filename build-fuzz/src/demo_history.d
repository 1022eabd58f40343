build-fuzz/src/demo_history.o: src/demo_history.c build-fuzz/gen/paths.h \
  src/contact.h src/date.h src/db.h src/err.h src/rng.h src/growth.h \
  src/refdata.h src/schedule.h src/validate.h src/demo_history.h \
  src/child.h src/account.h src/i18n.h src/text.h

build-fuzz/gen/paths.h:

src/contact.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/growth.h:

src/refdata.h:

src/schedule.h:

src/validate.h:

src/demo_history.h:

src/child.h:

src/account.h:

src/i18n.h:

src/text.h:
