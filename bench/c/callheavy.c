/*
 * Twin of bench/java/CallHeavy.java: many small static helpers, a global behind a getter and a
 * setter, and a struct reached only through accessor functions. Same data, loops and checksum;
 * see the Java file for the design. The counter's sum stays below 2^31 (|v| <= 1000, at most
 * 24576 additions), the hash is uint32_t.
 */
#include "bench.h"

#define SIZE 1024
#define PASSES 24

struct counter {
    int32_t count;
    int32_t sum;
};

struct counter callheavy_counter;
int32_t callheavy_values[SIZE];
uint32_t callheavy_total;
uint32_t callheavy_checksum;

static int32_t get_count(const struct counter *c) {
    return c->count;
}

static void set_count(struct counter *c, int32_t count) {
    c->count = count;
}

static int32_t get_sum(const struct counter *c) {
    return c->sum;
}

static void set_sum(struct counter *c, int32_t sum) {
    c->sum = sum;
}

static void add(struct counter *c, int32_t value) {
    set_sum(c, get_sum(c) + value);
    set_count(c, get_count(c) + 1);
}

static int32_t abs32(int32_t v) {
    return v < 0 ? -v : v;
}

static int32_t min32(int32_t a, int32_t b) {
    return a < b ? a : b;
}

static int32_t max32(int32_t a, int32_t b) {
    return a > b ? a : b;
}

static int32_t clamp(int32_t v, int32_t lo, int32_t hi) {
    return max32(lo, min32(v, hi));
}

static int is_odd(int32_t v) {
    return (v & 1) != 0;
}

static int32_t square(int32_t v) {
    return v * v;
}

static uint32_t mix(uint32_t hash, int32_t v) {
    return hash * 31 + (uint32_t) v;
}

static uint32_t get_total(void) {
    return callheavy_total;
}

static void set_total(uint32_t t) {
    callheavy_total = t;
}

BENCH_NOINLINE static void run(void) {
    set_total(0);
    for (int pass = 0; pass < PASSES; pass++) {
        for (int i = 0; i < SIZE; i++) {
            int32_t v = clamp(callheavy_values[i] + pass, -1000, 1000);
            if (is_odd(v)) {
                add(&callheavy_counter, abs32(v));
            } else {
                add(&callheavy_counter, square(v >> 4));
            }
            set_total(mix(get_total(), v));
        }
    }
    callheavy_checksum = mix(mix(get_total(), get_count(&callheavy_counter)), get_sum(&callheavy_counter));
}

int main(void) {
    rng_state = 0x9E3779B9u;
    for (int i = 0; i < SIZE; i++) {
        callheavy_values[i] = (int32_t) rng_next() >> 20;
    }
    bench_begin();
    run();
    bench_end(callheavy_checksum);
    return 0;
}
