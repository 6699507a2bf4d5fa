/*
 * Twin of bench/java/Particles.java: a particle simulation over a global array of structs updated
 * in place, with a small energy function and the counts in globals. Same data, loops and checksum;
 * see the Java file for the design. Positions and velocities stay far from int32_t overflow
 * (|v| < 1000, 0 <= x < 2^16); C99's / truncates toward zero like Java's.
 */
#include "bench.h"

#define COUNT 64
#define STEPS 400
#define WIDTH (1 << 16)
#define GRAVITY (-3)

struct particle {
    int32_t x;
    int32_t y;
    int32_t vx;
    int32_t vy;
};

struct particle particles_all[COUNT];
int32_t particles_bounces;
uint32_t particles_checksum;

static int32_t energy(const struct particle *p) {
    return p->vx * p->vx + p->vy * p->vy;
}

static void step(void) {
    for (int i = 0; i < COUNT; i++) {
        struct particle *p = &particles_all[i];
        p->vy += GRAVITY;
        p->x += p->vx;
        p->y += p->vy;
        if (p->x < 0) {
            p->x = -p->x;
            p->vx = -p->vx;
            particles_bounces++;
        } else if (p->x >= WIDTH) {
            p->x = 2 * WIDTH - 1 - p->x;
            p->vx = -p->vx;
            particles_bounces++;
        }
        if (p->y < 0) {
            p->y = -p->y;
            p->vy = -p->vy * 7 / 8;
            particles_bounces++;
        }
    }
}

BENCH_NOINLINE static void run(void) {
    particles_checksum = 0;
    particles_bounces = 0;
    for (int s = 0; s < STEPS; s++) {
        step();
        int32_t total = 0;
        for (int i = 0; i < COUNT; i++) {
            total += energy(&particles_all[i]);
        }
        particles_checksum = particles_checksum * 31 + (uint32_t) total;
    }
    particles_checksum = particles_checksum * 31 + (uint32_t) particles_bounces;
    for (int i = 0; i < COUNT; i++) {
        particles_checksum = (particles_checksum * 31 + (uint32_t) particles_all[i].x) * 31
                + (uint32_t) particles_all[i].y;
    }
}

int main(void) {
    rng_state = 0x7F4A7C15u;
    for (int i = 0; i < COUNT; i++) {
        int32_t x = (int32_t) (rng_next() >> 16);
        int32_t y = (int32_t) (rng_next() >> 17);
        int32_t vx = (int32_t) rng_next() >> 23;
        int32_t vy = (int32_t) rng_next() >> 23;
        particles_all[i] = (struct particle) { x, y, vx, vy };
    }
    bench_begin();
    run();
    bench_end(particles_checksum);
    return 0;
}
