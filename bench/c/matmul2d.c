/*
 * Twin of bench/java/MatMul2D.java: N x N int matrix multiply over global two-dimensional arrays
 * used directly, the checksum in a global. Same data, loops and checksum; see the Java file.
 * Entries are in -128..127, so the int32_t dot products cannot overflow.
 */
#include "bench.h"

#define N 40

int32_t matmul2d_a[N][N];
int32_t matmul2d_b[N][N];
int32_t matmul2d_c[N][N];
uint32_t matmul2d_checksum;

static void multiply(void) {
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            int32_t sum = 0;
            for (int k = 0; k < N; k++) {
                sum += matmul2d_a[i][k] * matmul2d_b[k][j];
            }
            matmul2d_c[i][j] = sum;
        }
    }
}

static void hash_product(void) {
    matmul2d_checksum = 0;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            matmul2d_checksum = matmul2d_checksum * 31 + (uint32_t) matmul2d_c[i][j];
        }
    }
}

BENCH_NOINLINE static void run(void) {
    multiply();
    hash_product();
}

int main(void) {
    rng_state = 0x6C078965u;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            matmul2d_a[i][j] = (int32_t) rng_next() >> 24;
            matmul2d_b[i][j] = (int32_t) rng_next() >> 24;
        }
    }
    bench_begin();
    run();
    bench_end(matmul2d_checksum);
    return 0;
}
