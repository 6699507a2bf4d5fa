/*
 * Twin of bench/java/Tak.java: the Takeuchi function, tak(18, 12, 6) and tak(16, 8, 10). Same
 * recursion and checksum; see the Java file for the design. The arguments are read from a
 * non-static global so the compiler cannot specialise the recursion for constants the Java side
 * passes as plain arguments.
 */
#include "bench.h"

int32_t tak_args[3] = {18, 12, 6};

static int32_t tak(int32_t x, int32_t y, int32_t z) {
    if (y < x) {
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
    }
    return z;
}

BENCH_NOINLINE static uint32_t run(int32_t x, int32_t y, int32_t z) {
    return (uint32_t) (tak(x, y, z) * 1000 + tak(x - 2, z + 2, y - 2));
}

int main(void) {
    bench_begin();
    uint32_t checksum = run(tak_args[0], tak_args[1], tak_args[2]);
    bench_end(checksum);
    return 0;
}
