build-fuzz/src/cmd_export.o: src/cmd_export.c build-fuzz/gen/paths.h \
  src/audit.h src/date.h src/db.h src/err.h src/rng.h src/cmd.h \
  src/export_json.h src/child.h src/account.h src/validate.h \
  src/growth.h src/refdata.h src/i18n.h src/outfile.h src/perm.h

build-fuzz/gen/paths.h:

src/audit.h:

src/date.h:

src/db.h:

src/err.h:

src/rng.h:

src/cmd.h:

src/export_json.h:

src/child.h:

src/account.h:

src/validate.h:

src/growth.h:

src/refdata.h:

src/i18n.h:

src/outfile.h:

src/perm.h:
