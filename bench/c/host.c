/*
 * bench_begin/bench_end for the build machine: lets ci/bench --host run each C twin natively (gcc
 * -O2) and compare its checksum with the Java kernel on the host JVM before any device run.
 */
#include <stdio.h>

#include "bench.h"

void bench_begin(void) {
    fputs("BEGIN\n", stdout);
}

void bench_end(uint32_t checksum) {
    fputs("END ", stdout);
    printf("%ld\n", (long) (int32_t) checksum);
}
