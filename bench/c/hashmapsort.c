/*
 * Twin of bench/java/HashMapSort.java: counting keys in a chained hash table (int keys, malloc'd
 * nodes, 16 buckets doubling at 3/4 load like HashMap), lookups, then a merge sort of an int array.
 * Same data and checksum; see the Java file for what is compared.
 */
#include <stdlib.h>
#include "bench.h"

#define INSERTS 1500
#define KEYS 700
#define SORTED 600

struct node { int32_t key; int32_t value; struct node *next; };

struct node **buckets;
int capacity, size;
int32_t values[SORTED], scratch[SORTED];

static unsigned bucket(int32_t key, int cap) {
    uint32_t h = (uint32_t) key;
    return (h ^ (h >> 16)) & (unsigned) (cap - 1);
}

static void grow(void) {
    int cap = capacity * 2;
    struct node **b = calloc((size_t) cap, sizeof *b);
    for (int i = 0; i < capacity; i++) {
        struct node *n = buckets[i];
        while (n) {
            struct node *next = n->next;
            unsigned k = bucket(n->key, cap);
            n->next = b[k];
            b[k] = n;
            n = next;
        }
    }
    free(buckets);
    buckets = b;
    capacity = cap;
}

static void count(int32_t key) {
    for (struct node *n = buckets[bucket(key, capacity)]; n; n = n->next) {
        if (n->key == key) {
            n->value++;
            return;
        }
    }
    struct node *n = malloc(sizeof *n);
    unsigned k = bucket(key, capacity);
    n->key = key;
    n->value = 1;
    n->next = buckets[k];
    buckets[k] = n;
    if (++size > capacity * 3 / 4) {
        grow();
    }
}

static int32_t lookup(int32_t key) {
    for (struct node *n = buckets[bucket(key, capacity)]; n; n = n->next) {
        if (n->key == key) {
            return n->value;
        }
    }
    return 0;
}

static void merge_sort(int32_t *a, int32_t *tmp, int lo, int hi) {
    if (hi - lo < 2) {
        return;
    }
    int mid = (lo + hi) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (k = lo; k < hi; k++) a[k] = tmp[k];
}

BENCH_NOINLINE static uint32_t run(void) {
    capacity = 16;
    buckets = calloc(16, sizeof *buckets);
    for (int i = 0; i < INSERTS; i++) {
        count((int32_t) ((rng_next() >> 8) % KEYS));
    }
    uint32_t hash = (uint32_t) size;
    for (int k = 0; k < KEYS; k++) {
        hash = hash * 31 + (uint32_t) lookup(k);
    }
    for (int i = 0; i < SORTED; i++) {
        values[i] = (int32_t) ((rng_next() >> 4) % 100000);
    }
    merge_sort(values, scratch, 0, SORTED);
    for (int i = 0; i < SORTED; i += 7) {
        hash = hash * 31 + (uint32_t) values[i];
    }
    return hash;
}

int main(void) {
    rng_state = 0x3C6EF372u;
    bench_begin();
    uint32_t checksum = run();
    bench_end(checksum);
    return 0;
}
