/*
 * Twin of bench/java/MatMul.java: N x N int matrix multiply (i-j-k loops) on flat row-major arrays,
 * then a hash of the product. Same data, loops and checksum; see the Java file for the design.
 * Entries are in -128..127, so the int32_t dot products cannot overflow.
 */
#include "bench.h"

#define N 40

int32_t matmul_a[N * N];
int32_t matmul_b[N * N];
int32_t matmul_c[N * N];

static void multiply(const int32_t *a, const int32_t *b, int32_t *c, int n) {
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            int32_t sum = 0;
            for (int k = 0; k < n; k++) {
                sum += a[i * n + k] * b[k * n + j];
            }
            c[i * n + j] = sum;
        }
    }
}

BENCH_NOINLINE static uint32_t run(const int32_t *a, const int32_t *b, int32_t *c) {
    multiply(a, b, c, N);
    uint32_t hash = 0;
    for (int i = 0; i < N * N; i++) {
        hash = hash * 31 + (uint32_t) c[i];
    }
    return hash;
}

int main(void) {
    rng_state = 0x6C078965u;
    for (int i = 0; i < N * N; i++) {
        matmul_a[i] = (int32_t) rng_next() >> 24;
        matmul_b[i] = (int32_t) rng_next() >> 24;
    }
    bench_begin();
    uint32_t checksum = run(matmul_a, matmul_b, matmul_c);
    bench_end(checksum);
    return 0;
}
