/*
 * Twin of bench/java/StringKernel.java: the same lines, formatted into a char buffer with a
 * hand-written int-to-decimal (as embedded C does without printf) and parsed in place with a
 * hand-written decimal-to-int (strtol's loop).
 */
#include <stdint.h>

#include "bench.h"

int32_t total;
char text[256];

static int append_int(char *out, int32_t v) {
    char digits[12];
    int n = 0;
    uint32_t u = v < 0 ? 0u - (uint32_t) v : (uint32_t) v;
    do {
        digits[n++] = (char) ('0' + u % 10);
        u /= 10;
    } while (u != 0);
    int len = 0;
    if (v < 0) {
        out[len++] = '-';
    }
    while (n > 0) {
        out[len++] = digits[--n];
    }
    return len;
}

static int line(int32_t k) {
    int len = 0;
    for (int32_t i = 0; i < 16; i++) {
        if (i > 0) {
            text[len++] = ',';
        }
        len += append_int(text + len, k * 37 + i * 1013 - 5000);
    }
    return len;
}

static int32_t parse_int(const char *s, int len) {
    int i = 0;
    int negative = 0;
    if (s[0] == '-') {
        negative = 1;
        i = 1;
    }
    int32_t v = 0;
    for (; i < len; i++) {
        v = v * 10 + (s[i] - '0');
    }
    return negative ? -v : v;
}

static int32_t parse(int len) {
    int32_t sum = 0;
    int start = 0;
    for (int i = 0; i <= len; i++) {
        if (i == len || text[i] == ',') {
            sum += parse_int(text + start, i - start);
            start = i + 1;
        }
    }
    return sum;
}

BENCH_NOINLINE static uint32_t run(int32_t lines) {
    for (int32_t k = 0; k < lines; k++) {
        int len = line(k);
        total = (int32_t) ((uint32_t) total * 31u + (uint32_t) parse(len) + (uint32_t) len);
    }
    return (uint32_t) total;
}

int main(void) {
    bench_begin();
    uint32_t checksum = run(300);
    bench_end(checksum);
    return 0;
}
