/*
 * Twin of bench/java/FirStatic.java: the Q15 FIR filter over global arrays used directly, with a
 * saturation helper and a hash kept in a global. Same data, loops and checksum; see the Java file.
 */
#include "bench.h"

#define TAPS 32
#define OUTPUTS 2048
#define LENGTH (OUTPUTS + TAPS - 1)

int16_t firstatic_samples[LENGTH];
int16_t firstatic_coefficients[TAPS];
int16_t firstatic_output[LENGTH];
uint32_t firstatic_checksum;

static int16_t saturate(int32_t value) {
    if (value > 32767) {
        return 32767;
    }
    if (value < -32768) {
        return -32768;
    }
    return (int16_t) value;
}

static void filter(void) {
    for (int n = TAPS - 1; n < LENGTH; n++) {
        int32_t acc = 1 << 14;
        for (int k = 0; k < TAPS; k++) {
            acc += firstatic_samples[n - k] * firstatic_coefficients[k];
        }
        firstatic_output[n] = saturate(acc >> 15);
    }
}

static void hash_output(void) {
    firstatic_checksum = 0;
    for (int n = TAPS - 1; n < LENGTH; n++) {
        firstatic_checksum = firstatic_checksum * 31 + (uint32_t) (int32_t) firstatic_output[n];
    }
}

BENCH_NOINLINE static void run(void) {
    filter();
    hash_output();
}

int main(void) {
    rng_state = 0x1F123BB5u;
    for (int k = 0; k < TAPS; k++) {
        firstatic_coefficients[k] = (int16_t) ((int32_t) rng_next() >> 21);
    }
    for (int i = 0; i < LENGTH; i++) {
        firstatic_samples[i] = (int16_t) rng_next();
    }
    bench_begin();
    run();
    bench_end(firstatic_checksum);
    return 0;
}
