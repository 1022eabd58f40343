build-fuzz/src/cmd_audit.o: src/cmd_audit.c build-fuzz/gen/paths.h \
  src/audit.h src/date.h src/db.h src/err.h src/rng.h src/cmd.h \
  src/i18n.h src/outfile.h src/text.h

build-fuzz/gen/paths.h:

src/audit.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/cmd.h:

src/i18n.h:

src/outfile.h:

src/text.h:
