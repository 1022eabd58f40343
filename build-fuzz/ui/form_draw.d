build-fuzz/ui/form_draw.o: ui/form_draw.c build-fuzz/gen/paths.h \
  ui/draw.h ui/form_draw.h ui/form.h src/date.h ui/lineedit.h src/i18n.h \
  src/text.h

build-fuzz/gen/paths.h:

ui/draw.h:

ui/form_draw.h:

ui/form.h:

src/date.h:

ui/lineedit.h:

src/i18n.h:

src/text.h:
