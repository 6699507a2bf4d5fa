/*
 * Twin of bench/java/Itoa.java: each value formatted in base 10 and in a radix from 7 to 14, then
 * the text hashed. Same data, loops and checksum; see the Java file for the design. C99's / and %
 * truncate toward zero like Java's, so digits from the negative magnitude match exactly.
 */
#include "bench.h"

#define COUNT 600
#define TEXT_SIZE (COUNT * 2 * 34)

int32_t itoa_values[COUNT];
int8_t itoa_text[TEXT_SIZE];

/* Writes value in radix (2..36, lowercase digits) at text[pos]; returns the end. */
static int format(int32_t value, int32_t radix, int8_t *text, int pos) {
    int start = pos;
    int32_t q = value < 0 ? value : -value;
    do {
        int32_t digit = -(q % radix);
        text[pos++] = (int8_t) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
        q = q / radix;
    } while (q != 0);
    if (value < 0) {
        text[pos++] = '-';
    }
    /* The digits came out least significant first: reverse them in place. */
    for (int i = start, j = pos - 1; i < j; i++, j--) {
        int8_t t = text[i];
        text[i] = text[j];
        text[j] = t;
    }
    text[pos++] = ' ';
    return pos;
}

BENCH_NOINLINE static uint32_t run(const int32_t *values, int count, int8_t *text) {
    int pos = 0;
    for (int i = 0; i < count; i++) {
        pos = format(values[i], 10, text, pos);
        pos = format(values[i], 7 + (i & 7), text, pos);
    }
    uint32_t hash = 0;
    for (int i = 0; i < pos; i++) {
        hash = hash * 31 + (uint32_t) (int32_t) text[i];
    }
    return hash;
}

int main(void) {
    rng_state = 0x7A3F0C21u;
    for (int i = 0; i < COUNT; i++) {
        uint32_t bits = rng_next();
        itoa_values[i] = (int32_t) bits >> (rng_next() & 31);
    }
    itoa_values[0] = INT32_MIN;
    bench_begin();
    uint32_t checksum = run(itoa_values, COUNT, itoa_text);
    bench_end(checksum);
    return 0;
}
