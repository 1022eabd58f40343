build-fuzz/src/schedule.o: src/schedule.c build-fuzz/gen/paths.h \
  src/i18n.h src/schedule.h src/date.h src/err.h

build-fuzz/gen/paths.h:

src/i18n.h:

src/schedule.h:

src/date.h:

src/err.h:
