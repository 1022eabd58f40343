build-fuzz/src/err.o: src/err.c build-fuzz/gen/paths.h src/err.h

build-fuzz/gen/paths.h:

src/err.h:
