/*
 * Twin of bench/java/FloatFir.java: a 24-tap single-precision FIR over float arrays, soft-float
 * through libgcc (-O2, -std=c99: no fused multiply-add). Same data, loops and checksum.
 */
#include "bench.h"

#define TAPS 24
#define OUTPUTS 320
#define LENGTH (OUTPUTS + TAPS - 1)

float coeffs[TAPS];
float signal[LENGTH];
float output[LENGTH];

static uint32_t bits(float f) {
    union { float f; uint32_t u; } v = { f };
    return f != f ? 0x7fc00000u : v.u; /* Float.floatToIntBits */
}

BENCH_NOINLINE static uint32_t filter(void) {
    uint32_t hash = 0;
    for (int n = TAPS - 1; n < LENGTH; n++) {
        float acc = 0.0f;
        for (int k = 0; k < TAPS; k++) {
            acc += coeffs[k] * signal[n - k];
        }
        output[n] = acc;
        hash = hash * 31 + bits(acc);
    }
    return hash;
}

int main(void) {
    rng_state = 0x6C078965u;
    for (int k = 0; k < TAPS; k++) {
        coeffs[k] = (float) ((int32_t) rng_next() >> 8) / 16777216.0f;
    }
    for (int i = 0; i < LENGTH; i++) {
        signal[i] = (float) ((int32_t) rng_next() >> 16) / 256.0f;
    }
    bench_begin();
    uint32_t checksum = filter();
    bench_end(checksum);
    return 0;
}
