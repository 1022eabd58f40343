/* fuzz.h — what the libFuzzer targets in tests/fuzz share: a way to say an
 * invariant broke (abort, which libFuzzer reports with the input), and a
 * NUL-terminated copy of the input. */
#ifndef GP_FUZZ_H
#define GP_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Stops the run when an invariant does not hold. */
#define FUZZ_CHECK(cond)                                                               \
	do {                                                                           \
		if (!(cond)) {                                                         \
			fprintf(stderr, "invariant broken: %s (%s:%d)\n", #cond, __FILE__,   \
				__LINE__);                                             \
			abort();                                                       \
		}                                                                      \
	} while (0)

/* The input as a C string (malloc'ed; free() it). */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#endif
