// StrictMath's trigonometric functions (fdlibm results, bit for bit): sin, cos, tan near and far
// from multiples of pi/2 (the medium and the Payne-Hanek reductions), asin, acos, atan, atan2 with
// their special values. Results print as bits and as decimal.
public class StrictTrig {
    static long seed = 2024;

    static long next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed;
    }

    static double uniform(double lo, double hi) {
        return lo + (hi - lo) * ((next() >>> 11) * 0x1.0p-53);
    }

    static void show(String name, double x, double r) {
        System.out.println(name + "(" + x + ") = " + r + " " + Double.doubleToLongBits(r));
    }

    static void show2(String name, double y, double x, double r) {
        System.out.println(name + "(" + y + ", " + x + ") = " + r + " " + Double.doubleToLongBits(r));
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, 1e-9, 0.5, -0.5, 1.0, 2.0, 3.0,
                Math.PI / 4, Math.PI / 2, -Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI, 100 * Math.PI, 1e6, -1e6,
                823549.0, 823551.0, 1e22, 1e300, -1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN,
                0x1.921fb54442d18p0, 0x1.921fb54442d18p1, 6381956970095103.0 * 0x1p797};
        for (double x : xs) {
            show("sin", x, StrictMath.sin(x));
            show("cos", x, StrictMath.cos(x));
            show("tan", x, StrictMath.tan(x));
        }
        for (int i = 0; i < 40; i++) {
            double x = uniform(-10, 10);
            show("sin", x, StrictMath.sin(x));
            show("cos", x, StrictMath.cos(x));
            show("tan", x, StrictMath.tan(x));
        }
        double[] as = {0.0, -0.0, 1e-20, 0.25, 0.5, -0.5, 0.75, 0.975, 0.98, 1.0, -1.0, 1.0000000000000002, 2.0,
                Double.NaN, Double.NEGATIVE_INFINITY, 1e20, 2.4375, 0.4375, 1.1875};
        for (double x : as) {
            show("asin", x, StrictMath.asin(x));
            show("acos", x, StrictMath.acos(x));
            show("atan", x, StrictMath.atan(x));
        }
        for (int i = 0; i < 40; i++) {
            double x = uniform(-1, 1);
            show("asin", x, StrictMath.asin(x));
            show("acos", x, StrictMath.acos(x));
            show("atan", x, StrictMath.atan(x * 8));
        }
        double[] ps = {0.0, -0.0, 1.0, -1.0, 3.5, -2.0, 1e300, -1e-300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NaN};
        for (double y : ps) {
            for (double x : ps) {
                show2("atan2", y, x, StrictMath.atan2(y, x));
            }
        }
    }
}
