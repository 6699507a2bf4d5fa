/*
 * Twin of bench/java/Sha256.java: the SHA-256 compression function over a global message, with
 * the round constants, schedule and state in global arrays and one static helper per operation.
 * Same data, loops and checksum; see the Java file for the design.
 */
#include "bench.h"

#define SIZE 4096
#define PASSES 2

const uint32_t sha256_K[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};

uint8_t sha256_message[SIZE];
uint32_t sha256_W[64];
uint32_t sha256_H[8];
uint32_t sha256_checksum;

static uint32_t rotr(uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

static uint32_t sigma0(uint32_t x) {
    return rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3);
}

static uint32_t sigma1(uint32_t x) {
    return rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10);
}

static uint32_t big_sigma0(uint32_t x) {
    return rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22);
}

static uint32_t big_sigma1(uint32_t x) {
    return rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25);
}

static uint32_t ch(uint32_t x, uint32_t y, uint32_t z) {
    return (x & y) ^ (~x & z);
}

static uint32_t maj(uint32_t x, uint32_t y, uint32_t z) {
    return (x & y) ^ (x & z) ^ (y & z);
}

static void reset(void) {
    sha256_H[0] = 0x6a09e667u;
    sha256_H[1] = 0xbb67ae85u;
    sha256_H[2] = 0x3c6ef372u;
    sha256_H[3] = 0xa54ff53au;
    sha256_H[4] = 0x510e527fu;
    sha256_H[5] = 0x9b05688cu;
    sha256_H[6] = 0x1f83d9abu;
    sha256_H[7] = 0x5be0cd19u;
}

static void compress(int offset) {
    for (int t = 0; t < 16; t++) {
        int i = offset + 4 * t;
        sha256_W[t] = (uint32_t) sha256_message[i] << 24 | (uint32_t) sha256_message[i + 1] << 16
                | (uint32_t) sha256_message[i + 2] << 8 | (uint32_t) sha256_message[i + 3];
    }
    for (int t = 16; t < 64; t++) {
        sha256_W[t] = sigma1(sha256_W[t - 2]) + sha256_W[t - 7] + sigma0(sha256_W[t - 15]) + sha256_W[t - 16];
    }
    uint32_t a = sha256_H[0];
    uint32_t b = sha256_H[1];
    uint32_t c = sha256_H[2];
    uint32_t d = sha256_H[3];
    uint32_t e = sha256_H[4];
    uint32_t f = sha256_H[5];
    uint32_t g = sha256_H[6];
    uint32_t h = sha256_H[7];
    for (int t = 0; t < 64; t++) {
        uint32_t t1 = h + big_sigma1(e) + ch(e, f, g) + sha256_K[t] + sha256_W[t];
        uint32_t t2 = big_sigma0(a) + maj(a, b, c);
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    sha256_H[0] += a;
    sha256_H[1] += b;
    sha256_H[2] += c;
    sha256_H[3] += d;
    sha256_H[4] += e;
    sha256_H[5] += f;
    sha256_H[6] += g;
    sha256_H[7] += h;
}

BENCH_NOINLINE static void run(void) {
    reset();
    for (int pass = 0; pass < PASSES; pass++) {
        for (int offset = 0; offset < SIZE; offset += 64) {
            compress(offset);
        }
    }
    sha256_checksum = 0;
    for (int i = 0; i < 8; i++) {
        sha256_checksum = sha256_checksum * 31 + sha256_H[i];
    }
}

int main(void) {
    rng_state = 0x5DEECE66u;
    for (int i = 0; i < SIZE; i++) {
        sha256_message[i] = (uint8_t) rng_next();
    }
    bench_begin();
    run();
    bench_end(sha256_checksum);
    return 0;
}
