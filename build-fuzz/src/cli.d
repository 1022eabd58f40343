build-fuzz/src/cli.o: src/cli.c build-fuzz/gen/paths.h src/account.h \
  src/db.h src/date.h src/err.h src/rng.h src/audit.h src/child.h \
  src/validate.h src/cli.h src/cmd.h src/config.h src/demo.h src/i18n.h \
  src/outfile.h src/partfile.h src/refdata.h src/text.h

build-fuzz/gen/paths.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/audit.h:

src/child.h:

src/validate.h:

src/cli.h:

src/cmd.h:

src/config.h:

src/demo.h:

src/i18n.h:

src/outfile.h:

src/partfile.h:

src/refdata.h:

src/text.h:
