/*
 * Twin of bench/java/Crc32Table.java: table-driven CRC-32 with the table, the running CRC and the
 * data in globals and a small update helper per byte. Same data, loops and checksum; see the Java
 * file for the design. The table is built in main before BEGIN, as the Java class's initialiser
 * builds it before main runs.
 */
#include "bench.h"

#define SIZE 8192
#define PASSES 8

uint32_t crc32table_table[256];
int8_t crc32table_data[SIZE];
uint32_t crc32table_crc;

static void make_table(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int bit = 0; bit < 8; bit++) {
            c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        }
        crc32table_table[n] = c;
    }
}

static void update(int8_t b) {
    crc32table_crc = crc32table_table[(crc32table_crc ^ (uint32_t) (int32_t) b) & 0xff] ^ (crc32table_crc >> 8);
}

BENCH_NOINLINE static void run(void) {
    crc32table_crc = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        crc32table_crc = ~crc32table_crc;
        for (int i = 0; i < SIZE; i++) {
            update(crc32table_data[i]);
        }
        crc32table_crc = ~crc32table_crc;
    }
}

int main(void) {
    make_table();
    rng_state = 0x2545F491u;
    for (int i = 0; i < SIZE; i++) {
        crc32table_data[i] = (int8_t) rng_next();
    }
    bench_begin();
    run();
    bench_end(crc32table_crc);
    return 0;
}
