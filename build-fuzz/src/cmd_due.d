build-fuzz/src/cmd_due.o: src/cmd_due.c build-fuzz/gen/paths.h \
  src/audit.h src/date.h src/db.h src/err.h src/rng.h src/cmd.h \
  src/due.h src/child.h src/account.h src/validate.h src/schedule.h \
  src/i18n.h src/outfile.h src/perm.h src/refdata.h src/text.h

build-fuzz/gen/paths.h:

src/audit.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/cmd.h:

src/due.h:

src/child.h:

src/account.h:

src/validate.h:

src/schedule.h:

src/i18n.h:

src/outfile.h:

src/perm.h:

src/refdata.h:

src/text.h:
