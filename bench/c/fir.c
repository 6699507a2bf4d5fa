/*
 * Twin of bench/java/Fir.java: 32-tap Q15 FIR filter with rounding and saturation. Same data,
 * loops and checksum; see the Java file for the design. The accumulator is a signed int32_t, as
 * in DSP code; the coefficient range (+-1024) guarantees it never overflows, and >> on a negative
 * int32_t is an arithmetic shift in GCC, like Java's >>.
 */
#include "bench.h"

#define TAPS 32
#define OUTPUTS 2048
#define LENGTH (OUTPUTS + TAPS - 1)

int16_t fir_h[TAPS];
int16_t fir_x[LENGTH];
int16_t fir_y[LENGTH];

BENCH_NOINLINE static uint32_t fir(const int16_t *x, int length, const int16_t *h, int16_t *y) {
    uint32_t hash = 0;
    for (int n = TAPS - 1; n < length; n++) {
        int32_t acc = 1 << 14;
        for (int k = 0; k < TAPS; k++) {
            acc += x[n - k] * h[k];
        }
        acc >>= 15;
        if (acc > 32767) {
            acc = 32767;
        } else if (acc < -32768) {
            acc = -32768;
        }
        y[n] = (int16_t) acc;
        hash = hash * 31 + (uint32_t) acc;
    }
    return hash;
}

int main(void) {
    rng_state = 0x1F123BB5u;
    for (int k = 0; k < TAPS; k++) {
        fir_h[k] = (int16_t) ((int32_t) rng_next() >> 21);
    }
    for (int i = 0; i < LENGTH; i++) {
        fir_x[i] = (int16_t) rng_next();
    }
    bench_begin();
    uint32_t checksum = fir(fir_x, LENGTH, fir_h, fir_y);
    bench_end(checksum);
    return 0;
}
