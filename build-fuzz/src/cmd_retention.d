build-fuzz/src/cmd_retention.o: src/cmd_retention.c \
  build-fuzz/gen/paths.h src/cmd.h src/db.h src/date.h src/err.h \
  src/rng.h src/i18n.h src/retention.h src/child.h src/account.h \
  src/validate.h src/text.h

build-fuzz/gen/paths.h:

src/cmd.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/i18n.h:

src/retention.h:

src/child.h:

src/account.h:

src/validate.h:

src/text.h:
