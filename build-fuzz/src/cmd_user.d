build-fuzz/src/cmd_user.o: src/cmd_user.c build-fuzz/gen/paths.h \
  src/account.h src/db.h src/date.h src/err.h src/rng.h src/cmd.h \
  src/i18n.h src/refdata.h src/text.h

build-fuzz/gen/paths.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/cmd.h:

src/i18n.h:

src/refdata.h:

src/text.h:
