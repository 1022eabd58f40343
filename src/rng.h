/* rng.h — a small deterministic random generator (xoshiro256**, seeded with
 * splitmix64).  Used where results must repeat for a given seed: the demo
 * database and the ids it hands out.  Never for secrets: those come from
 * libsodium's randombytes. */
#ifndef GP_RNG_H
#define GP_RNG_H

#include <stdint.h>

struct rng {
	uint64_t s[4]; /* generator state */
};

void rng_seed(struct rng *r, uint64_t seed);
uint64_t rng_next(struct rng *r);
/* Uniform integer in [lo, hi] (inclusive). */
int rng_range(struct rng *r, int lo, int hi);
/* Uniform double in [0, 1). */
double rng_unit(struct rng *r);
/* Normally distributed value with mean 0 and sd 1 (Box–Muller). */
double rng_normal(struct rng *r);
/* 1 with probability p. */
int rng_chance(struct rng *r, double p);

#endif
