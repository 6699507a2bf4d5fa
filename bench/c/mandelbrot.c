/*
 * Twin of bench/java/Mandelbrot.java: escape-time Mandelbrot in double precision, soft-float
 * through libgcc (-O2, -std=c99). Same grid, loops and checksum.
 */
#include "bench.h"

#define WIDTH 16
#define HEIGHT 12

int max_iterations = 32;
double left = -2.25, top = 1.125, step = 0.15625;

static int escape(double cr, double ci) {
    double zr = 0.0, zi = 0.0;
    int n = 0;
    while (n < max_iterations) {
        double zr2 = zr * zr;
        double zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) {
            break;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n++;
    }
    return n;
}

BENCH_NOINLINE static uint32_t run(void) {
    uint32_t hash = 0;
    for (int y = 0; y < HEIGHT; y++) {
        double ci = top - y * step;
        for (int x = 0; x < WIDTH; x++) {
            hash = hash * 31 + (uint32_t) escape(left + x * step, ci);
        }
    }
    return hash;
}

int main(void) {
    bench_begin();
    uint32_t checksum = run();
    bench_end(checksum);
    return 0;
}
