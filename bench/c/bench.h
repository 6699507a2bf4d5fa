/*
 * Shared by every C kernel twin of bench/java/<Kernel>.java.
 *
 * - rng_next() is the same xorshift32 as the Java kernels' nextRandom(), on uint32_t so every
 *   shift and wrap matches Java's int (>>> there is >> on uint32_t here).
 * - bench_begin() prints the line "BEGIN" right before the timed region, bench_end(checksum) the
 *   line "END <checksum as signed decimal>" right after it, writing "END " before formatting the
 *   number, as the Java side does. support.c implements them on the RP2040 (UART0), host.c on the
 *   build machine (stdout), so the same kernel file runs in both places.
 * - Kernel data lives in non-static globals: the compiler must then assume bench_end (another
 *   translation unit) may read them, so it can neither drop stores to them nor move the work out
 *   of the timed region. Each kernel's timed function is BENCH_NOINLINE, like the static method
 *   main calls on the Java side; everything inside it may be inlined freely.
 */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>

#define BENCH_NOINLINE __attribute__((noinline))

void bench_begin(void);
void bench_end(uint32_t checksum);

static uint32_t rng_state;

/* xorshift32 (Marsaglia 2003). */
static inline uint32_t rng_next(void) {
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    rng_state = x;
    return x;
}

#endif
