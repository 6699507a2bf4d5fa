/*
 * Twin of bench/java/Shapes.java: shapes as structs whose first member points at a table of
 * function pointers (area, accept), and a visitor as a table of three function pointers: the way
 * C code does objects. Same shapes (the same xorshift32 draws), same loop, same checksum.
 */
#include "bench.h"

struct shape;
struct visitor;

struct shape_ops {
    int32_t (*area)(const struct shape *s);
    int32_t (*accept)(const struct shape *s, const struct visitor *v);
};

struct shape {
    const struct shape_ops *ops;
    int32_t id;
    int32_t a, b; /* rect w, h; circle r; tri b, h */
};

struct visitor {
    int32_t (*visit_rect)(const struct shape *s);
    int32_t (*visit_circle)(const struct shape *s);
    int32_t (*visit_tri)(const struct shape *s);
};

static int32_t rect_area(const struct shape *s) { return s->a * s->b; }
static int32_t circle_area(const struct shape *s) { return 3 * s->a * s->a + (s->a >> 2); }
static int32_t tri_area(const struct shape *s) { return (s->a * s->b) >> 1; }
static int32_t rect_accept(const struct shape *s, const struct visitor *v) { return v->visit_rect(s); }
static int32_t circle_accept(const struct shape *s, const struct visitor *v) { return v->visit_circle(s); }
static int32_t tri_accept(const struct shape *s, const struct visitor *v) { return v->visit_tri(s); }

static const struct shape_ops rect_ops = {rect_area, rect_accept};
static const struct shape_ops circle_ops = {circle_area, circle_accept};
static const struct shape_ops tri_ops = {tri_area, tri_accept};

static int32_t perim_rect(const struct shape *s) { return 2 * (s->a + s->b); }
static int32_t perim_circle(const struct shape *s) { return 6 * s->a; }
static int32_t perim_tri(const struct shape *s) { return s->a + 2 * s->b; }

static const struct visitor perimeter = {perim_rect, perim_circle, perim_tri};

#define N 64
struct shape shape_store[N];
struct shape *shapes[N];
int32_t total;

static void build(void) {
    rng_state = 12345;
    for (int i = 0; i < N; i++) {
        int32_t a = (int32_t) (rng_next() & 31) + 1;
        int32_t b = (int32_t) (rng_next() & 31) + 1;
        struct shape *s = &shape_store[i];
        switch (rng_next() & 3) {
            case 0: s->ops = &rect_ops; s->a = a; s->b = b; break;
            case 1: s->ops = &circle_ops; s->a = a; s->b = 0; break;
            default: s->ops = &tri_ops; s->a = a; s->b = b; break;
        }
        s->id = i;
        shapes[i] = s;
    }
}

BENCH_NOINLINE static uint32_t run(int32_t rounds, const struct visitor *v) {
    for (int32_t k = 0; k < rounds; k++) {
        for (int i = 0; i < N; i++) {
            struct shape *s = shapes[i];
            total += s->ops->area(s) + s->ops->accept(s, v) + s->id;
            s->id = (s->id + k) & 63;
        }
    }
    return (uint32_t) total;
}

int main(void) {
    build();
    bench_begin();
    uint32_t checksum = run(400, &perimeter);
    bench_end(checksum);
    return 0;
}
