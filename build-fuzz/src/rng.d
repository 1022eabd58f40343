build-fuzz/src/rng.o: src/rng.c build-fuzz/gen/paths.h src/rng.h

build-fuzz/gen/paths.h:

src/rng.h:
