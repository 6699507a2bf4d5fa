/* Twin of OpCost.java: 256 iterations of each soft-float and long operation (bench/tools/opcost/run.sh). */
#include "bench.h"
#include <math.h>
#define N 256
float fa[N], fb[N], fr[N];
double da[N], db[N], dr[N];
int64_t la[N], lb[N], lr[N];
void uart_puts(const char *s);
BENCH_NOINLINE void mark(const char *s) { bench_begin(); }
int main(void) {
    rng_state = 0x12345678u;
    for (int i = 0; i < N; i++) {
        fa[i] = (float)((int32_t) rng_next() >> 8) / 4096.0f + 1.5f; fb[i] = (float)((int32_t) rng_next() >> 8) / 8192.0f + 3.25f;
        da[i] = (double)((int32_t) rng_next() >> 4) / 65536.0 + 1.5; db[i] = (double)((int32_t) rng_next() >> 4) / 131072.0 + 3.25;
        uint32_t h = rng_next(), l = rng_next(); la[i] = (int64_t)(((uint64_t) h << 32) ^ (uint64_t)(int64_t)(int32_t) l);
        h = rng_next(); l = rng_next(); lb[i] = (int64_t)(((((uint64_t) h << 32) ^ (uint64_t)(int64_t)(int32_t) l)) >> (i & 31) | 1);
    }
    mark("base");  for (int i = 0; i < N; i++) fr[i] = fa[i];
    mark("fadd");  for (int i = 0; i < N; i++) fr[i] = fa[i] + fb[i];
    mark("fmul");  for (int i = 0; i < N; i++) fr[i] = fa[i] * fb[i];
    mark("fdiv");  for (int i = 0; i < N; i++) fr[i] = fa[i] / fb[i];
    mark("dbase"); for (int i = 0; i < N; i++) dr[i] = da[i];
    mark("dadd");  for (int i = 0; i < N; i++) dr[i] = da[i] + db[i];
    mark("dmul");  for (int i = 0; i < N; i++) dr[i] = da[i] * db[i];
    mark("ddiv");  for (int i = 0; i < N; i++) dr[i] = da[i] / db[i];
    mark("sqrt");  for (int i = 0; i < N; i++) dr[i] = sqrt(da[i]);
    mark("lbase"); for (int i = 0; i < N; i++) lr[i] = la[i];
    mark("lmul");  for (int i = 0; i < N; i++) lr[i] = la[i] * lb[i];
    mark("ldiv");  for (int i = 0; i < N; i++) lr[i] = la[i] / lb[i];
    mark("end");
    bench_end(0);
    return 0;
}
