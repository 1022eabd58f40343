build-fuzz/src/text.o: src/text.c build-fuzz/gen/paths.h src/text.h

build-fuzz/gen/paths.h:

src/text.h:
