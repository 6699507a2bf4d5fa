/*
 * Twin of bench/java/Crc32.java: bitwise CRC-32 (reflected polynomial 0xEDB88320) over a byte
 * buffer, PASSES chained passes. Same data, loops and checksum; see the Java file for the design.
 */
#include "bench.h"

#define SIZE 4096
#define PASSES 2
#define POLY 0xEDB88320u

uint8_t crc32_data[SIZE];

static uint32_t crc32(const uint8_t *data, int length, uint32_t crc) {
    crc = ~crc;
    for (int i = 0; i < length; i++) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; bit++) {
            if ((crc & 1) != 0) {
                crc = (crc >> 1) ^ POLY;
            } else {
                crc = crc >> 1;
            }
        }
    }
    return ~crc;
}

BENCH_NOINLINE static uint32_t run(const uint8_t *data, int length) {
    uint32_t crc = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        crc = crc32(data, length, crc);
    }
    return crc;
}

int main(void) {
    rng_state = 0x2545F491u;
    for (int i = 0; i < SIZE; i++) {
        crc32_data[i] = (uint8_t) rng_next();
    }
    bench_begin();
    uint32_t checksum = run(crc32_data, SIZE);
    bench_end(checksum);
    return 0;
}
