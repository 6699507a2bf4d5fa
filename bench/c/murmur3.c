/*
 * Twin of bench/java/Murmur3.java: MurmurHash3_x86_32 over overlapping windows of a uint32_t
 * buffer. Same data, loops and checksum; see the Java file for the design. rotl32 is the rotate
 * idiom GCC turns into one ROR, as Integer.rotateLeft may be on the Java side.
 */
#include "bench.h"

#define SIZE 3072
#define WINDOW 64
#define STEP 4

uint32_t murmur3_data[SIZE];

static inline uint32_t rotl32(uint32_t x, int r) {
    return (x << r) | (x >> (32 - r));
}

static uint32_t murmur3(const uint32_t *data, int offset, int length, uint32_t seed) {
    uint32_t h = seed;
    for (int i = offset; i < offset + length; i++) {
        uint32_t k = data[i];
        k *= 0xCC9E2D51u;
        k = rotl32(k, 15);
        k *= 0x1B873593u;
        h ^= k;
        h = rotl32(h, 13);
        h = h * 5 + 0xE6546B64u;
    }
    h ^= (uint32_t) length * 4;
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

BENCH_NOINLINE static uint32_t run(const uint32_t *data, int size) {
    uint32_t hash = 0;
    for (int offset = 0; offset + WINDOW <= size; offset += STEP) {
        hash = hash * 31 + murmur3(data, offset, WINDOW, (uint32_t) offset);
    }
    return hash;
}

int main(void) {
    rng_state = 0x3C6EF372u;
    for (int i = 0; i < SIZE; i++) {
        murmur3_data[i] = rng_next();
    }
    bench_begin();
    uint32_t checksum = run(murmur3_data, SIZE);
    bench_end(checksum);
    return 0;
}
