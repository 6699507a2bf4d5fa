/*
 * Twin of bench/java/Overhead.java. Not a kernel: the timed region is empty, so the cycles measured
 * are those of the measurement itself. ci/bench shows them and leaves them out of the mean.
 */
#include "bench.h"

int main(void) {
    bench_begin();
    uint32_t checksum = 0;
    bench_end(checksum);
    return 0;
}
