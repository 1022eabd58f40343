build-fuzz/src/dossier_check.o: src/dossier_check.c \
  build-fuzz/gen/paths.h src/contact.h src/date.h src/db.h src/err.h \
  src/rng.h src/growth.h src/refdata.h src/schedule.h src/validate.h \
  src/dossier_check.h src/i18n.h src/text.h

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

src/dossier_check.h:

src/i18n.h:

src/text.h:
