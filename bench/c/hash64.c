/*
 * Twin of bench/java/Hash64.java: SplitMix64 data, a 64-bit FNV-style multiply hash and the
 * fmix64 finalizer on uint64_t (__aeabi_lmul on the Cortex-M0+). Same data, loops and checksum.
 */
#include "bench.h"

#define WORDS 192
#define ROUNDS 6

uint64_t state;
uint64_t data[WORDS];

static uint64_t split_mix(void) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t fmix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xFF51AFD7ED558CCDull;
    k ^= k >> 33;
    k *= 0xC4CEB9FE1A85EC53ull;
    k ^= k >> 33;
    return k;
}

BENCH_NOINLINE static uint64_t run(void) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < WORDS; i++) {
            h = (h ^ data[i]) * 0x100000001B3ull;
            data[i] = fmix(data[i] + h);
        }
    }
    return h;
}

int main(void) {
    state = 0x0123456789ABCDEFull;
    for (int i = 0; i < WORDS; i++) {
        data[i] = split_mix();
    }
    bench_begin();
    uint64_t h = run();
    bench_end((uint32_t) (h ^ (h >> 32)));
    return 0;
}
