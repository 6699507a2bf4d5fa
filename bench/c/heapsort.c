/*
 * Twin of bench/java/HeapSort.java: heap sort of random int32_t values, then an order check and a
 * hash. Same data, loops and checksum; see the Java file for the design.
 */
#include "bench.h"

#define SIZE 2048

int32_t heapsort_a[SIZE];

static void sift_down(int32_t *a, int root, int end) {
    while (1) {
        int child = 2 * root + 1;
        if (child >= end) {
            return;
        }
        if (child + 1 < end && a[child] < a[child + 1]) {
            child++;
        }
        if (a[root] >= a[child]) {
            return;
        }
        int32_t t = a[root];
        a[root] = a[child];
        a[child] = t;
        root = child;
    }
}

static void heap_sort(int32_t *a, int n) {
    for (int start = n / 2 - 1; start >= 0; start--) {
        sift_down(a, start, n);
    }
    for (int end = n - 1; end > 0; end--) {
        int32_t t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift_down(a, 0, end);
    }
}

BENCH_NOINLINE static uint32_t run(int32_t *a, int n) {
    heap_sort(a, n);
    uint32_t hash = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && a[i - 1] > a[i]) {
            return (uint32_t) -1;
        }
        hash = hash * 31 + (uint32_t) a[i];
    }
    return hash;
}

int main(void) {
    rng_state = 0x0BADC0DEu;
    for (int i = 0; i < SIZE; i++) {
        heapsort_a[i] = (int32_t) rng_next();
    }
    bench_begin();
    uint32_t checksum = run(heapsort_a, SIZE);
    bench_end(checksum);
    return 0;
}
