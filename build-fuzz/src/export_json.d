build-fuzz/src/export_json.o: src/export_json.c build-fuzz/gen/paths.h \
  src/account.h src/db.h src/date.h src/err.h src/rng.h src/contact.h \
  src/growth.h src/refdata.h src/schedule.h src/validate.h \
  src/dossier_check.h src/export_json.h src/child.h src/i18n.h \
  src/note.h src/org.h src/perm.h

build-fuzz/gen/paths.h:

src/account.h:

src/db.h:

src/date.h:

src/err.h:

src/rng.h:

src/contact.h:

src/growth.h:

src/refdata.h:

src/schedule.h:

src/validate.h:

src/dossier_check.h:

src/export_json.h:

src/child.h:

src/i18n.h:

src/note.h:

src/org.h:

src/perm.h:
