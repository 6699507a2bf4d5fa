/*
 * Benchmark kernel: the Mandelbrot set in double precision on a 16 x 12 grid, escape-time counts
 * summed. Twin of bench/c/mandelbrot.c.
 *
 * What it stresses: double multiply, add, subtract and compare in a data-dependent loop (soft-float
 * on the Cortex-M0+: rtgo's SoftDouble against libgcc's __aeabi_dmul/__aeabi_dadd/__aeabi_dcmp*),
 * with the view's bounds and the iteration limit in static fields, and a helper method per point.
 */
public class Mandelbrot {
    static final int WIDTH = 16;
    static final int HEIGHT = 12;
    static int maxIterations = 32;
    static double left = -2.25, top = 1.125, step = 0.15625;

    static int escape(double cr, double ci) {
        double zr = 0.0, zi = 0.0;
        int n = 0;
        while (n < maxIterations) {
            double zr2 = zr * zr;
            double zi2 = zi * zi;
            if (zr2 + zi2 > 4.0) {
                break;
            }
            zi = 2.0 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
            n++;
        }
        return n;
    }

    static int run() {
        int hash = 0;
        for (int y = 0; y < HEIGHT; y++) {
            double ci = top - y * step;
            for (int x = 0; x < WIDTH; x++) {
                hash = hash * 31 + escape(left + x * step, ci);
            }
        }
        return hash;
    }

    public static void main(String[] args) {
        System.out.println("BEGIN");
        int checksum = run();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
