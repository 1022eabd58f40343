build-fuzz/ui/theme.o: ui/theme.c build-fuzz/gen/paths.h ui/theme.h

build-fuzz/gen/paths.h:

ui/theme.h:
