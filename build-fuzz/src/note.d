build-fuzz/src/note.o: src/note.c build-fuzz/gen/paths.h src/i18n.h \
  src/note.h src/account.h src/db.h src/date.h src/err.h src/rng.h \
  src/validate.h src/perm.h src/store.h src/text.h

build-fuzz/gen/paths.h:

src/i18n.h:

src/note.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/validate.h:

src/perm.h:

src/store.h:

src/text.h:
