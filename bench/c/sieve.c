/*
 * Twin of bench/java/Sieve.java: sieve of Eratosthenes, PASSES runs with shrinking limits. Same
 * loops and checksum; see the Java file for the design. One uint8_t per flag, like boolean[].
 */
#include "bench.h"

#define SIZE 8192
#define PASSES 4
#define SHRINK 100

uint8_t sieve_composite[SIZE];

static int count_primes(uint8_t *composite, int limit) {
    for (int i = 0; i < limit; i++) {
        composite[i] = 0;
    }
    int count = 0;
    for (int i = 2; i < limit; i++) {
        if (!composite[i]) {
            count++;
            for (int j = i * i; j < limit; j += i) {
                composite[j] = 1;
            }
        }
    }
    return count;
}

BENCH_NOINLINE static uint32_t run(uint8_t *composite, int length) {
    uint32_t hash = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        hash = hash * 31 + (uint32_t) count_primes(composite, length - pass * SHRINK);
    }
    return hash;
}

int main(void) {
    bench_begin();
    uint32_t checksum = run(sieve_composite, SIZE);
    bench_end(checksum);
    return 0;
}
