/*
 * Twin of bench/java/SieveStep.java: the sieve of Eratosthenes over a global bool-like byte array
 * used directly, j += i marking from i * i, the limit and results in globals. Same loops and
 * checksum; see the Java file for the design.
 */
#include "bench.h"

#define SIZE 8192
#define ROUNDS 6

uint8_t sievestep_composite[SIZE];
int32_t sievestep_limit;
int32_t sievestep_primes;
uint32_t sievestep_checksum;

static void sieve(void) {
    for (int i = 0; i < sievestep_limit; i++) {
        sievestep_composite[i] = 0;
    }
    for (int i = 2; i * i < sievestep_limit; i++) {
        if (!sievestep_composite[i]) {
            for (int j = i * i; j < sievestep_limit; j += i) {
                sievestep_composite[j] = 1;
            }
        }
    }
    sievestep_primes = 0;
    for (int i = 2; i < sievestep_limit; i++) {
        if (!sievestep_composite[i]) {
            sievestep_primes++;
            sievestep_checksum = sievestep_checksum * 31 + (uint32_t) i;
        }
    }
}

BENCH_NOINLINE static void run(void) {
    sievestep_checksum = 0;
    for (int round = 0; round < ROUNDS; round++) {
        sievestep_limit = SIZE - 97 * round;
        sieve();
        sievestep_checksum = sievestep_checksum * 31 + (uint32_t) sievestep_primes;
    }
}

int main(void) {
    bench_begin();
    run();
    bench_end(sievestep_checksum);
    return 0;
}
