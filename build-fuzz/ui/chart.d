build-fuzz/ui/chart.o: ui/chart.c build-fuzz/gen/paths.h ui/chart.h \
  src/growth.h src/err.h src/i18n.h src/text.h

build-fuzz/gen/paths.h:

ui/chart.h:

src/growth.h:

src/err.h:

src/i18n.h:

src/text.h:
