/*
 * Twin of bench/java/FftQ15.java: radix-2 DIT FFT in Q15 over global int16_t arrays used directly,
 * twiddles from an integer Q30 rotation. Same data, loops and checksum; see the Java file. The
 * clamped twiddles keep |xr * wr - xi * wi| below 2^31, so the signed arithmetic never overflows;
 * >> on a negative int32_t/int64_t is arithmetic in GCC, like Java's.
 */
#include "bench.h"

#define N 512
#define ROUNDS 8
#define COS_STEP 1073660973LL
#define SIN_STEP 13176464LL

int16_t fftq15_re[N];
int16_t fftq15_im[N];
int16_t fftq15_cos[N / 2];
int16_t fftq15_sin[N / 2];
int16_t fftq15_input[N];
uint32_t fftq15_checksum;

static int16_t to_q15(int64_t q30) {
    int64_t v = (q30 + (1 << 14)) >> 15;
    return (int16_t) (v > 32767 ? 32767 : v);
}

static void make_twiddles(void) {
    int64_t c = 1LL << 30;
    int64_t s = 0;
    for (int k = 0; k < N / 2; k++) {
        fftq15_cos[k] = to_q15(c);
        fftq15_sin[k] = to_q15(s);
        int64_t nc = (c * COS_STEP - s * SIN_STEP) >> 30;
        int64_t ns = (s * COS_STEP + c * SIN_STEP) >> 30;
        c = nc;
        s = ns;
    }
}

static void bit_reverse(void) {
    int j = 0;
    for (int i = 1; i < N; i++) {
        int bit = N >> 1;
        while ((j & bit) != 0) {
            j ^= bit;
            bit >>= 1;
        }
        j ^= bit;
        if (i < j) {
            int16_t t = fftq15_re[i];
            fftq15_re[i] = fftq15_re[j];
            fftq15_re[j] = t;
            t = fftq15_im[i];
            fftq15_im[i] = fftq15_im[j];
            fftq15_im[j] = t;
        }
    }
}

static void fft(void) {
    bit_reverse();
    for (int len = 2; len <= N; len <<= 1) {
        int half = len >> 1;
        int step = N / len;
        for (int i = 0; i < N; i += len) {
            for (int k = 0; k < half; k++) {
                int32_t wr = fftq15_cos[k * step];
                int32_t wi = -fftq15_sin[k * step];
                int32_t xr = fftq15_re[i + k + half];
                int32_t xi = fftq15_im[i + k + half];
                int32_t tr = (xr * wr - xi * wi) >> 15;
                int32_t ti = (xr * wi + xi * wr) >> 15;
                int32_t ur = fftq15_re[i + k];
                int32_t ui = fftq15_im[i + k];
                fftq15_re[i + k] = (int16_t) ((ur + tr) >> 1);
                fftq15_im[i + k] = (int16_t) ((ui + ti) >> 1);
                fftq15_re[i + k + half] = (int16_t) ((ur - tr) >> 1);
                fftq15_im[i + k + half] = (int16_t) ((ui - ti) >> 1);
            }
        }
    }
}

BENCH_NOINLINE static void run(void) {
    fftq15_checksum = 0;
    for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < N; i++) {
            fftq15_re[i] = (int16_t) (fftq15_input[i] >> (round & 3));
            fftq15_im[i] = 0;
        }
        fft();
        for (int i = 0; i < N; i++) {
            fftq15_checksum = fftq15_checksum * 31 + (uint32_t) (int32_t) fftq15_re[i];
            fftq15_checksum = fftq15_checksum * 31 + (uint32_t) (int32_t) fftq15_im[i];
        }
    }
}

int main(void) {
    rng_state = 0x3C6EF372u;
    make_twiddles();
    for (int i = 0; i < N; i++) {
        fftq15_input[i] = (int16_t) rng_next();
    }
    bench_begin();
    run();
    bench_end(fftq15_checksum);
    return 0;
}
