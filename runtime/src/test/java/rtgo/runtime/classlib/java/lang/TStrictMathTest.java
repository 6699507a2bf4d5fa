package rtgo.runtime.classlib.java.lang;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * TStrictMath against java.lang.StrictMath, raw bits compared, NaN results included, except that
 * any NaN matches any NaN when an argument is NaN: which NaN operand x + y returns, and whether a
 * signalling NaN comes back quieted, depend on the host's hardware and on how the JIT compiled the
 * expression. Special values, then random arguments from several distributions per function.
 */
class TStrictMathTest {
    /** Random arguments per function (per distribution set); -Drtgo.strictmath.random=N for a longer run. */
    private static final int RANDOM = Integer.getInteger("rtgo.strictmath.random", 200_000);

    private static final double PI = Math.PI;

    /** Special arguments: signed zeros, infinities, NaN, subnormals, extremes, multiples of pi/4. */
    private static List<Double> specials() {
        List<Double> list = new ArrayList<>();
        double[] base = {0.0, Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.MIN_NORMAL,
                Double.MIN_NORMAL - Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN,
                1.0, 0.5, 2.0, 3.0, 0.25, 1e-300, 1e-20, 1e-8, 1e-5, 0.1, 0.4375, 0.6744, 0.975, 1.1875, 2.4375,
                10.0, 22.0, 56 * Math.log(2), 1e6, 1e22, 1e300, 0x1p-28, 0x1p-29, 0x1p-54, 0x1p-55, 0x1p-1022,
                0x1p31, 0x1p53, 0x1p64, 0x1p66, 0x1p500, 0x1p-500, 0x1p600, 0x1p1000, 709.782712893384,
                709.78, 710.0, 745.1332191019411, 745.13, 746.0, 744.44, 1074.0, 1075.0, 1024.0, Math.E,
                Math.sqrt(2), Math.sqrt(0.5), 0.41422, 0.2929, 0x1p19 * PI / 2, 0x1p20 * PI / 2};
        for (double b : base) {
            for (double v : new double[] {b, Math.nextUp(b), Math.nextDown(b)}) {
                list.add(v);
                list.add(-v);
            }
        }
        for (int k = -64; k <= 64; k++) {
            for (double m : new double[] {k * PI / 4, k * PI / 2, k * PI}) {
                list.add(m);
                list.add(Math.nextUp(m));
                list.add(Math.nextDown(m));
            }
        }
        for (double scale : new double[] {1e6, 1e22, 1e300, 0x1p100, 0x1p200, 0x1p1000}) {
            double m = Math.rint(scale / (PI / 2)) * (PI / 2);
            for (int k = -3; k <= 3; k++) {
                list.add(m + k * Math.ulp(m));
                list.add(-(m + k * Math.ulp(m)));
            }
        }
        // arguments famously close to multiples of pi/2
        list.add(Double.longBitsToDouble(0x6C1A3B2D10B7C6F5L));
        list.add(6381956970095103.0 * 0x1p797);
        list.add(5.319372648326541e+255);
        list.add(1.0e22);
        list.add(0x1.921fb54442d18p0);
        list.add(0x1.921fb54442d18p1);
        return list;
    }

    private static boolean same(double a, double b, boolean nanArgument) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b) || (nanArgument && a != a && b != b);
    }

    private static final class Mismatches {
        final String name;
        final List<String> examples = new ArrayList<>();
        int count;
        int total;

        Mismatches(String name) {
            this.name = name;
        }

        void check(double x, double expected, double actual) {
            total++;
            if (!same(expected, actual, x != x)) {
                record(Double.toString(x), expected, actual);
            }
        }

        void check(double x, double y, double expected, double actual) {
            total++;
            if (!same(expected, actual, x != x || y != y)) {
                record(x + ", " + y, expected, actual);
            }
        }

        void check(String args, boolean nanArgument, double expected, double actual) {
            total++;
            if (!same(expected, actual, nanArgument)) {
                record(args, expected, actual);
            }
        }

        private void record(String args, double expected, double actual) {
            {
                count++;
                if (examples.size() < 10) {
                    examples.add(name + "(" + args + "): expected " + expected + " ("
                            + Long.toHexString(Double.doubleToRawLongBits(expected)) + ") got " + actual + " ("
                            + Long.toHexString(Double.doubleToRawLongBits(actual)) + ")");
                }
            }
        }

        void done() {
            if (count != 0) {
                fail(count + " of " + total + " differ:\n" + String.join("\n", examples));
            }
        }
    }

    /** Generates an argument from a random source. */
    private interface Gen {
        double next(Random r);
    }

    private static Gen uniform(double lo, double hi) {
        return r -> lo + (hi - lo) * r.nextDouble();
    }

    /** Sign-random, magnitude log-uniform between 2^e0 and 2^e1. */
    private static Gen logUniform(int e0, int e1, boolean signed) {
        return r -> {
            double v = Math.scalb(1.0 + r.nextDouble(), e0 + r.nextInt(e1 - e0));
            return signed && r.nextBoolean() ? -v : v;
        };
    }

    private static final Gen ANY_BITS = r -> Double.longBitsToDouble(r.nextLong());

    private static void unary(String name, DoubleUnaryOperator expected, DoubleUnaryOperator actual, Gen... gens) {
        Mismatches m = new Mismatches(name);
        for (double x : specials()) {
            m.check(x, expected.applyAsDouble(x), actual.applyAsDouble(x));
        }
        Random random = new Random(name.hashCode());
        for (Gen g : gens) {
            for (int i = 0; i < RANDOM / gens.length; i++) {
                double x = g.next(random);
                m.check(x, expected.applyAsDouble(x), actual.applyAsDouble(x));
            }
        }
        m.done();
    }

    private static void binary(String name, DoubleBinaryOperator expected, DoubleBinaryOperator actual,
            Gen gx, Gen gy, List<Double> extraX, List<Double> extraY) {
        Mismatches m = new Mismatches(name);
        List<Double> sx = specials();
        sx.addAll(extraX);
        List<Double> sy = new ArrayList<>(sx);
        sy.addAll(extraY);
        Random random = new Random(name.hashCode());
        for (double x : sx) {
            for (double y : sy) {
                m.check(x, y, expected.applyAsDouble(x, y), actual.applyAsDouble(x, y));
            }
            for (int i = 0; i < 20; i++) {
                double y = gy.next(random);
                m.check(x, y, expected.applyAsDouble(x, y), actual.applyAsDouble(x, y));
                m.check(y, x, expected.applyAsDouble(y, x), actual.applyAsDouble(y, x));
            }
        }
        for (int i = 0; i < RANDOM; i++) {
            double x = gx.next(random);
            double y = gy.next(random);
            m.check(x, y, expected.applyAsDouble(x, y), actual.applyAsDouble(x, y));
        }
        m.done();
    }

    @Test
    void sin() {
        unary("sin", StrictMath::sin, TStrictMath::sin, uniform(-7, 7), uniform(-1e6, 1e6),
                logUniform(-30, 1024, true), ANY_BITS);
    }

    @Test
    void cos() {
        unary("cos", StrictMath::cos, TStrictMath::cos, uniform(-7, 7), uniform(-1e6, 1e6),
                logUniform(-30, 1024, true), ANY_BITS);
    }

    @Test
    void tan() {
        unary("tan", StrictMath::tan, TStrictMath::tan, uniform(-7, 7), uniform(-1e6, 1e6),
                logUniform(-30, 1024, true), ANY_BITS);
    }

    @Test
    void asin() {
        unary("asin", StrictMath::asin, TStrictMath::asin, uniform(-1, 1), logUniform(-60, 1, true),
                uniform(0.97, 1.0), ANY_BITS);
    }

    @Test
    void acos() {
        unary("acos", StrictMath::acos, TStrictMath::acos, uniform(-1, 1), logUniform(-60, 1, true),
                uniform(-1.0, -0.97), ANY_BITS);
    }

    @Test
    void atan() {
        unary("atan", StrictMath::atan, TStrictMath::atan, uniform(-3, 3), logUniform(-40, 80, true), ANY_BITS);
    }

    @Test
    void exp() {
        unary("exp", StrictMath::exp, TStrictMath::exp, uniform(-746, 710), uniform(-2, 2),
                logUniform(-60, 10, true), ANY_BITS);
    }

    @Test
    void expm1() {
        unary("expm1", StrictMath::expm1, TStrictMath::expm1, uniform(-40, 710), uniform(-2, 2),
                logUniform(-60, 10, true), ANY_BITS);
    }

    @Test
    void log() {
        unary("log", StrictMath::log, TStrictMath::log, uniform(0, 4), uniform(0.9, 1.1),
                logUniform(-1074, 1024, false), ANY_BITS);
    }

    @Test
    void log10() {
        unary("log10", StrictMath::log10, TStrictMath::log10, uniform(0, 4), uniform(0.9, 1.1),
                logUniform(-1074, 1024, false), ANY_BITS);
    }

    @Test
    void log1p() {
        unary("log1p", StrictMath::log1p, TStrictMath::log1p, uniform(-1, 2), logUniform(-60, 1, true),
                logUniform(-1074, 1024, false), ANY_BITS);
    }

    @Test
    void sinh() {
        unary("sinh", StrictMath::sinh, TStrictMath::sinh, uniform(-25, 25), uniform(-712, 712),
                logUniform(-60, 10, true), ANY_BITS);
    }

    @Test
    void cosh() {
        unary("cosh", StrictMath::cosh, TStrictMath::cosh, uniform(-25, 25), uniform(-712, 712),
                logUniform(-60, 10, true), ANY_BITS);
    }

    @Test
    void tanh() {
        unary("tanh", StrictMath::tanh, TStrictMath::tanh, uniform(-3, 3), uniform(-25, 25),
                logUniform(-60, 10, true), ANY_BITS);
    }

    @Test
    void cbrt() {
        unary("cbrt", StrictMath::cbrt, TStrictMath::cbrt, uniform(-10, 10), logUniform(-1074, 1024, true),
                ANY_BITS);
    }

    @Test
    void atan2() {
        binary("atan2", StrictMath::atan2, TStrictMath::atan2, uniform(-10, 10), uniform(-10, 10), List.of(), List.of());
        binary("atan2", StrictMath::atan2, TStrictMath::atan2, logUniform(-1074, 1024, true),
                logUniform(-1074, 1024, true), List.of(), List.of());
    }

    @Test
    void hypot() {
        binary("hypot", StrictMath::hypot, TStrictMath::hypot, uniform(-10, 10), uniform(-10, 10), List.of(), List.of());
        binary("hypot", StrictMath::hypot, TStrictMath::hypot, logUniform(-1074, 1024, true),
                logUniform(-1074, 1024, true), List.of(), List.of());
    }

    @Test
    void pow() {
        List<Double> ys = new ArrayList<>();
        for (int k = -5; k <= 5; k++) {
            ys.add(k + 0.0);
            ys.add(k + 0.5);
        }
        for (double v : new double[] {0x1p31 + 1, 0x1p31, 0x1p52 + 1, 0x1p53, 0x1p53 + 2, 0x1p64, 0x1p65, 1e10 + 1,
                1.0 / 3, 1e-10, 1075, 1074}) {
            ys.add(v);
            ys.add(-v);
        }
        List<Double> xs = List.of(1 + 0x1p-20, 1 - 0x1p-21, 1 + 0x1p-30, 0.999999, -0.999999, 1.000001, -8.0, -1.5);
        binary("pow", StrictMath::pow, TStrictMath::pow, uniform(0, 10), uniform(-30, 30), xs, ys);
        binary("pow", StrictMath::pow, TStrictMath::pow, logUniform(-1074, 1024, true),
                logUniform(-30, 12, true), xs, ys);
        // negative bases with integer exponents, and bases near 1 with huge exponents
        binary("pow", StrictMath::pow, TStrictMath::pow, uniform(-3, 3), r -> (double) (r.nextInt(2001) - 1000),
                xs, ys);
        binary("pow", StrictMath::pow, TStrictMath::pow, uniform(1 - 0x1p-20, 1 + 0x1p-20),
                logUniform(20, 70, true), xs, ys);
    }

    @Test
    void ieeeRemainder() {
        binary("IEEEremainder", StrictMath::IEEEremainder, TStrictMath::IEEEremainder, uniform(-100, 100),
                uniform(-10, 10), List.of(), List.of());
        binary("IEEEremainder", StrictMath::IEEEremainder, TStrictMath::IEEEremainder, logUniform(-1074, 1024, true),
                logUniform(-1074, 1024, true), List.of(), List.of());
        binary("Math.IEEEremainder", Math::IEEEremainder, TMath::IEEEremainder, ANY_BITS, ANY_BITS, List.of(), List.of());
    }

    @Test
    void neighboursAndScaling() {
        unary("ulp", Math::ulp, TMath::ulp, ANY_BITS, logUniform(-1074, 1024, true));
        unary("nextUp", Math::nextUp, TMath::nextUp, ANY_BITS, logUniform(-1074, 1024, true));
        unary("nextDown", Math::nextDown, TMath::nextDown, ANY_BITS, logUniform(-1074, 1024, true));
        binary("nextAfter", Math::nextAfter, TMath::nextAfter, ANY_BITS, ANY_BITS, List.of(), List.of());
        Mismatches m = new Mismatches("scalb");
        Random random = new Random(9);
        int[] scales = {0, 1, -1, 52, -52, 1023, -1022, -1074, -1075, -1076, 1024, 2046, -2098, 3000, -3000,
                Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (double x : specials()) {
            for (int n : scales) {
                m.check(x, n, Math.scalb(x, n), TMath.scalb(x, n));
                m.check(x, n, StrictMath.scalb(x, n), TStrictMath.scalb(x, n));
            }
        }
        for (int i = 0; i < RANDOM; i++) {
            double x = i % 2 == 0 ? ANY_BITS.next(random) : logUniform(-1074, 1024, true).next(random);
            int n = random.nextInt(4300) - 2150;
            m.check(x, n, Math.scalb(x, n), TMath.scalb(x, n));
        }
        m.done();
    }

    @Test
    void mathDelegates() {
        Random random = new Random(3);
        Mismatches m = new Mismatches("Math");
        for (int i = 0; i < 20_000; i++) {
            double x = i % 2 == 0 ? ANY_BITS.next(random) : uniform(-10, 10).next(random);
            double y = uniform(-10, 10).next(random);
            m.check("sin " + x, x != x, StrictMath.sin(x), TMath.sin(x));
            m.check("cos " + x, x != x, StrictMath.cos(x), TMath.cos(x));
            m.check("tan " + x, x != x, StrictMath.tan(x), TMath.tan(x));
            m.check("asin " + x, x != x, StrictMath.asin(x), TMath.asin(x));
            m.check("acos " + x, x != x, StrictMath.acos(x), TMath.acos(x));
            m.check("atan " + x, x != x, StrictMath.atan(x), TMath.atan(x));
            m.check("exp " + x, x != x, StrictMath.exp(x), TMath.exp(x));
            m.check("log " + x, x != x, StrictMath.log(x), TMath.log(x));
            m.check("log10 " + x, x != x, StrictMath.log10(x), TMath.log10(x));
            m.check("cbrt " + x, x != x, StrictMath.cbrt(x), TMath.cbrt(x));
            m.check("sinh " + x, x != x, StrictMath.sinh(x), TMath.sinh(x));
            m.check("cosh " + x, x != x, StrictMath.cosh(x), TMath.cosh(x));
            m.check("tanh " + x, x != x, StrictMath.tanh(x), TMath.tanh(x));
            m.check("expm1 " + x, x != x, StrictMath.expm1(x), TMath.expm1(x));
            m.check("log1p " + x, x != x, StrictMath.log1p(x), TMath.log1p(x));
            m.check("atan2 " + x + " " + y, x != x, StrictMath.atan2(x, y), TMath.atan2(x, y));
            m.check("hypot " + x + " " + y, x != x, StrictMath.hypot(x, y), TMath.hypot(x, y));
            m.check("pow " + x + " " + y, x != x, StrictMath.pow(x, y), TMath.pow(x, y));
            m.check("copySign " + x + " " + y, x != x, StrictMath.copySign(x, y), TStrictMath.copySign(x, y));
            m.check("copySign NaN", x != x, StrictMath.copySign(x, -Double.NaN), TStrictMath.copySign(x, -Double.NaN));
        }
        m.done();
    }

    @Test
    void sharedIntegerMembers() {
        long[] ls = {0, 1, -1, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32};
        for (long a : ls) {
            for (long b : ls) {
                int ia = (int) a;
                int ib = (int) b;
                same(() -> StrictMath.addExact(ia, ib), () -> TStrictMath.addExact(ia, ib));
                same(() -> StrictMath.addExact(a, b), () -> TStrictMath.addExact(a, b));
                same(() -> StrictMath.subtractExact(ia, ib), () -> TStrictMath.subtractExact(ia, ib));
                same(() -> StrictMath.subtractExact(a, b), () -> TStrictMath.subtractExact(a, b));
                same(() -> StrictMath.multiplyExact(ia, ib), () -> TStrictMath.multiplyExact(ia, ib));
                same(() -> StrictMath.multiplyExact(a, ib), () -> TStrictMath.multiplyExact(a, ib));
                same(() -> StrictMath.multiplyExact(a, b), () -> TStrictMath.multiplyExact(a, b));
                same(() -> StrictMath.floorDiv(ia, ib), () -> TStrictMath.floorDiv(ia, ib));
                same(() -> StrictMath.floorDiv(a, b), () -> TStrictMath.floorDiv(a, b));
                same(() -> StrictMath.floorMod(ia, ib), () -> TStrictMath.floorMod(ia, ib));
                same(() -> StrictMath.floorMod(a, b), () -> TStrictMath.floorMod(a, b));
                same(() -> StrictMath.multiplyFull(ia, ib), () -> TStrictMath.multiplyFull(ia, ib));
                same(() -> StrictMath.multiplyHigh(a, b), () -> TStrictMath.multiplyHigh(a, b));
            }
            int ia = (int) a;
            same(() -> StrictMath.negateExact(ia), () -> TStrictMath.negateExact(ia));
            same(() -> StrictMath.negateExact(a), () -> TStrictMath.negateExact(a));
            same(() -> StrictMath.incrementExact(ia), () -> TStrictMath.incrementExact(ia));
            same(() -> StrictMath.incrementExact(a), () -> TStrictMath.incrementExact(a));
            same(() -> StrictMath.decrementExact(ia), () -> TStrictMath.decrementExact(ia));
            same(() -> StrictMath.decrementExact(a), () -> TStrictMath.decrementExact(a));
            same(() -> StrictMath.toIntExact(a), () -> TStrictMath.toIntExact(a));
            same(() -> StrictMath.absExact(ia), () -> TStrictMath.absExact(ia));
            same(() -> StrictMath.absExact(a), () -> TStrictMath.absExact(a));
        }
    }

    /** The same value, or exceptions of the same class. */
    private static void same(java.util.concurrent.Callable<Object> expected, java.util.concurrent.Callable<Object> actual) {
        Object e;
        Object a;
        try {
            e = expected.call();
        } catch (Exception x) {
            e = x.getClass();
        }
        try {
            a = actual.call();
        } catch (Exception x) {
            a = x.getClass();
        }
        org.junit.jupiter.api.Assertions.assertEquals(e, a);
    }
}
