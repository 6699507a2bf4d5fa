/*
 * Twin of bench/java/BinaryTrees.java: the same trees, allocated with newlib's malloc (the C
 * library the toolchain ships, with _sbrk from support.c over the same heap rtgo uses) and freed
 * with free as soon as each is checked, the way C programs manage such memory.
 */
#include <stdint.h>
#include <stdlib.h>

#include "bench.h"

struct node {
    struct node *left;
    struct node *right;
};

#define MIN_DEPTH 4
#define MAX_DEPTH 10
struct node *long_lived;

static struct node *bottom_up(int depth) {
    struct node *n = malloc(sizeof *n);
    if (n == NULL) {
        bench_end(0); /* out of memory: a checksum no correct run prints */
        for (;;) {
        }
    }
    if (depth == 0) {
        n->left = NULL;
        n->right = NULL;
    } else {
        n->left = bottom_up(depth - 1);
        n->right = bottom_up(depth - 1);
    }
    return n;
}

static int32_t check(const struct node *n) {
    return n->left == NULL ? 1 : 1 + check(n->left) + check(n->right);
}

static void drop(struct node *n) {
    if (n->left != NULL) {
        drop(n->left);
        drop(n->right);
    }
    free(n);
}

BENCH_NOINLINE static uint32_t run(void) {
    struct node *stretch = bottom_up(MAX_DEPTH + 1);
    uint32_t checksum = (uint32_t) check(stretch);
    drop(stretch);
    long_lived = bottom_up(MAX_DEPTH);
    for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
        int32_t iterations = 1 << (MAX_DEPTH - depth + 1);
        uint32_t sum = 0;
        for (int32_t i = 0; i < iterations; i++) {
            struct node *t = bottom_up(depth);
            sum += (uint32_t) check(t);
            drop(t);
        }
        checksum = checksum * 31 + sum;
    }
    return checksum * 31 + (uint32_t) check(long_lived);
}

int main(void) {
    bench_begin();
    uint32_t checksum = run();
    bench_end(checksum);
    return 0;
}
