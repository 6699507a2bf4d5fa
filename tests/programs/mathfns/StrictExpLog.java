// StrictMath's exponential family (fdlibm results, bit for bit): exp, expm1, log, log10, log1p,
// sinh, cosh, tanh, cbrt, hypot near their thresholds, and pow's table of special cases
// (x^0, NaN, infinities, signed zeros, negative bases with odd, even and fractional exponents).
public class StrictExpLog {
    static long seed = 77;

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

    static void show2(String name, double x, double y, double r) {
        System.out.println(name + "(" + x + ", " + y + ") = " + r + " " + Double.doubleToLongBits(r));
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, Double.MIN_VALUE, 1e-310, 1e-20, 0.1, 0.5, -0.5, 1.0, -1.0, Math.E, 2.0, 10.0, 22.0,
                -38.0, 100.0, 709.78, 709.7827128933841, 710.0, -745.13, -745.1332191019412, -746.0, 1e300,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : xs) {
            show("exp", x, StrictMath.exp(x));
            show("expm1", x, StrictMath.expm1(x));
            show("log", x, StrictMath.log(x));
            show("log10", x, StrictMath.log10(x));
            show("log1p", x, StrictMath.log1p(x));
            show("sinh", x, StrictMath.sinh(x));
            show("cosh", x, StrictMath.cosh(x));
            show("tanh", x, StrictMath.tanh(x));
            show("cbrt", x, StrictMath.cbrt(x));
        }
        for (int i = 0; i < 30; i++) {
            double x = uniform(-20, 20);
            show("exp", x, StrictMath.exp(x));
            show("expm1", x, StrictMath.expm1(x));
            show("log", x + 20, StrictMath.log(x + 20));
            show("log10", x * x, StrictMath.log10(x * x));
            show("log1p", x / 20, StrictMath.log1p(x / 20));
            show("sinh", x, StrictMath.sinh(x));
            show("cosh", x, StrictMath.cosh(x));
            show("tanh", x / 4, StrictMath.tanh(x / 4));
            show("cbrt", x * 1e5, StrictMath.cbrt(x * 1e5));
            show2("hypot", x, x * 0.75, StrictMath.hypot(x, x * 0.75));
        }
        double[] hs = {0.0, 3.0, 4.0, 1e300, 1e-300, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NaN};
        for (double x : hs) {
            for (double y : hs) {
                show2("hypot", x, -y, StrictMath.hypot(x, -y));
            }
        }
        double[] bases = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, -8.0, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN, 1.0000001, 0.9999999};
        double[] exps = {0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 1.0 / 3, 1e10 + 1, 2147483649.0, 1e20,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1075.0, -1075.0};
        for (double x : bases) {
            for (double y : exps) {
                show2("pow", x, y, StrictMath.pow(x, y));
            }
        }
        for (int i = 0; i < 40; i++) {
            double x = uniform(0, 20);
            double y = uniform(-40, 40);
            show2("pow", x, y, StrictMath.pow(x, y));
            show2("pow", -x, Math.rint(y), StrictMath.pow(-x, Math.rint(y)));
        }
    }
}
