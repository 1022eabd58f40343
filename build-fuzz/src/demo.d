build-fuzz/src/demo.o: src/demo.c build-fuzz/gen/paths.h src/account.h \
  src/db.h src/date.h src/err.h src/rng.h src/audit.h src/child.h \
  src/validate.h src/demo.h src/demo_history.h src/i18n.h src/org.h \
  src/refdata.h src/text.h

build-fuzz/gen/paths.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/audit.h:

src/child.h:

src/validate.h:

src/demo.h:

src/demo_history.h:

src/i18n.h:

src/org.h:

src/refdata.h:

src/text.h:
