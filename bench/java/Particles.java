/*
 * Benchmark kernel: a particle simulation as object-oriented Java writes it: an array of Particle
 * objects with int instance fields, updated in place in a for-each loop (p.x += p.vx), walls that
 * bounce, a small instance method per particle for the energy, counts in static fields.
 * Twin of bench/c/particles.c (an array of structs).
 *
 * What it stresses: instance field loads and stores through a reference loaded from an array each
 * iteration (null check, field offsets; p.vy written then read again), a static counter
 * incremented inside the loop, a call to a tiny instance method, data-dependent branches, a
 * division by a constant of a negative value (rounds toward zero on both sides).
 * C's array of structs has no per-element reference: that load is Java's inherent cost.
 */
public class Particles {
    static final int COUNT = 64;
    static final int STEPS = 400;
    static final int WIDTH = 1 << 16;
    static final int GRAVITY = -3;

    /** A point mass in fixed point: position and velocity. */
    static final class Particle {
        int x;
        int y;
        int vx;
        int vy;

        Particle(int x, int y, int vx, int vy) {
            this.x = x;
            this.y = y;
            this.vx = vx;
            this.vy = vy;
        }

        /** Twice the kinetic energy (unit mass). */
        int energy() {
            return vx * vx + vy * vy;
        }
    }

    static Particle[] particles = new Particle[COUNT];
    static int bounces;
    static int checksum;

    static int rng;

    /** xorshift32 (Marsaglia 2003); the C twin runs the same generator. */
    static int nextRandom() {
        int x = rng;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rng = x;
        return x;
    }

    /** Moves every particle one time step, bouncing off the side walls and the floor. */
    static void step() {
        for (Particle p : particles) {
            p.vy += GRAVITY;
            p.x += p.vx;
            p.y += p.vy;
            if (p.x < 0) {
                p.x = -p.x;
                p.vx = -p.vx;
                bounces++;
            } else if (p.x >= WIDTH) {
                p.x = 2 * WIDTH - 1 - p.x;
                p.vx = -p.vx;
                bounces++;
            }
            if (p.y < 0) {
                p.y = -p.y;
                p.vy = -p.vy * 7 / 8;
                bounces++;
            }
        }
    }

    /** STEPS steps; the total energy after each is hashed, then the bounces and final positions. */
    static void run() {
        checksum = 0;
        bounces = 0;
        for (int s = 0; s < STEPS; s++) {
            step();
            int energy = 0;
            for (Particle p : particles) {
                energy += p.energy();
            }
            checksum = checksum * 31 + energy;
        }
        checksum = checksum * 31 + bounces;
        for (Particle p : particles) {
            checksum = (checksum * 31 + p.x) * 31 + p.y;
        }
    }

    public static void main(String[] args) {
        rng = 0x7F4A7C15;
        for (int i = 0; i < COUNT; i++) {
            int x = nextRandom() >>> 16;
            int y = nextRandom() >>> 17;
            int vx = nextRandom() >> 23;
            int vy = nextRandom() >> 23;
            particles[i] = new Particle(x, y, vx, vy);
        }
        System.out.println("BEGIN");
        run();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
