package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.SoftDouble;
import rtgo.runtime.SoftFloat;
import rtgo.runtime.Throw;

/*
 * TMath: the int and long members of java.lang.Math that the device supports (static members keep
 * their names and descriptors, docs/abi.md "Class library substitution"). There is no floating
 * point hardware: the float and double members work on soft-float (SoftFloat, SoftDouble).
 * abs(Integer.MIN_VALUE) is Integer.MIN_VALUE, as in the JDK, because -MIN_VALUE overflows back.
 * The exact methods throw ArithmeticException with the JDK's texts ("integer overflow", "long
 * overflow"); overflow tests use the sign rules of Hacker's Delight 2-13 rather than wider
 * arithmetic, except multiplyExact(int, int), which checks the exact long product.
 */
public final class TMath {
    private TMath() {}

    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            Throw.arithmetic("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            Throw.arithmetic("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    // ---- exact arithmetic: overflow throws ArithmeticException("integer overflow" / "long overflow")

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            Throw.arithmetic("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            Throw.arithmetic("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            Throw.arithmetic("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            Throw.arithmetic("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            Throw.arithmetic("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x);
        long ay = abs(y);
        if ((ax | ay) >>> 31 != 0) {
            // the JDK's test: the product is exact when division gives back the factor
            if ((y != 0 && r / y != x) || (x == Long.MIN_VALUE && y == -1)) {
                Throw.arithmetic("long overflow");
            }
        }
        return r;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            Throw.arithmetic("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            Throw.arithmetic("long overflow");
        }
        return -a;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            Throw.arithmetic("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            Throw.arithmetic("long overflow");
        }
        return a + 1;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            Throw.arithmetic("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            Throw.arithmetic("long overflow");
        }
        return a - 1;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            Throw.arithmetic("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** The high 64 bits of the 128-bit product, from 32-bit halves (the JDK's definition). */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    // ---- division rounding towards negative infinity

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    public static int ceilDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) >= 0 && q * y != x) {
            q++;
        }
        return q;
    }

    public static long ceilDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) >= 0 && q * y != x) {
            q++;
        }
        return q;
    }

    public static int clamp(long value, int min, int max) {
        if (min > max) {
            Throw.illegalArgument(min + " > " + max);
        }
        return (int) min(max, max(value, min));
    }

    public static long clamp(long value, long min, long max) {
        if (min > max) {
            Throw.illegalArgument(min + " > " + max);
        }
        return min(max, max(value, min));
    }
    // ---- float and double (soft-float: rtgo.runtime.SoftFloat and SoftDouble on the bits) ----

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7FFFFFFF);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7FFFFFFFFFFFFFFFL);
    }

    /** The JDK's max: NaN if either is NaN, and 0.0 above -0.0. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == 0x80000000) {
            return b;
        }
        return a >= b ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == 0x80000000) {
            return b;
        }
        return a <= b ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(a) == Long.MIN_VALUE) {
            return b;
        }
        return a >= b ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(b) == Long.MIN_VALUE) {
            return b;
        }
        return a <= b ? a : b;
    }

    /** The correctly rounded square root (SoftDouble.sqrt). */
    public static double sqrt(double a) {
        return Double.longBitsToDouble(SoftDouble.sqrt(Double.doubleToRawLongBits(a)));
    }

    public static double floor(double a) {
        return Double.longBitsToDouble(SoftDouble.floor(Double.doubleToRawLongBits(a)));
    }

    public static double ceil(double a) {
        return Double.longBitsToDouble(SoftDouble.ceil(Double.doubleToRawLongBits(a)));
    }

    public static double rint(double a) {
        return Double.longBitsToDouble(SoftDouble.rint(Double.doubleToRawLongBits(a)));
    }

    public static long round(double a) {
        return SoftDouble.round(Double.doubleToRawLongBits(a));
    }

    public static int round(float a) {
        return SoftFloat.round(Float.floatToRawIntBits(a));
    }

    public static double signum(double d) {
        return d == 0.0 || d != d ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return f == 0.0f || f != f ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) & 0x7FFFFFFFFFFFFFFFL
                | Double.doubleToRawLongBits(sign) & Long.MIN_VALUE);
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(magnitude) & 0x7FFFFFFF
                | Float.floatToRawIntBits(sign) & 0x80000000);
    }

    public static int getExponent(double d) {
        return ((int) (Double.doubleToRawLongBits(d) >>> 52) & 0x7FF) - 1023;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xFF) - 127;
    }

    public static double toRadians(double angdeg) {
        return angdeg * 0.017453292519943295;
    }

    public static double toDegrees(double angrad) {
        return angrad * 57.29577951308232;
    }

    // ---- transcendental functions: the fdlibm results of TStrictMath (the JDK allows Math to
    // differ from StrictMath by an ulp or two; the device gives the StrictMath results)

    public static double sin(double a) {
        return TStrictMath.sin(a);
    }

    public static double cos(double a) {
        return TStrictMath.cos(a);
    }

    public static double tan(double a) {
        return TStrictMath.tan(a);
    }

    public static double asin(double a) {
        return TStrictMath.asin(a);
    }

    public static double acos(double a) {
        return TStrictMath.acos(a);
    }

    public static double atan(double a) {
        return TStrictMath.atan(a);
    }

    public static double atan2(double y, double x) {
        return TStrictMath.atan2(y, x);
    }

    public static double exp(double a) {
        return TStrictMath.exp(a);
    }

    public static double log(double a) {
        return TStrictMath.log(a);
    }

    public static double log10(double a) {
        return TStrictMath.log10(a);
    }

    public static double pow(double a, double b) {
        return TStrictMath.pow(a, b);
    }

    public static double hypot(double x, double y) {
        return TStrictMath.hypot(x, y);
    }

    public static double cbrt(double a) {
        return TStrictMath.cbrt(a);
    }

    public static double sinh(double x) {
        return TStrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return TStrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return TStrictMath.tanh(x);
    }

    public static double expm1(double x) {
        return TStrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return TStrictMath.log1p(x);
    }

    // ---- neighbours and scaling (bit operations on the raw representation)

    /** d * 2^scaleFactor rounded once (TStrictMath.scalbn). */
    public static double scalb(double d, int scaleFactor) {
        return TStrictMath.scalbn(d, scaleFactor);
    }

    /** The distance from |d| to the next larger double (|d| for an infinity, NaN for NaN). */
    public static double ulp(double d) {
        int e = getExponent(d);
        if (e == 1024) {
            return abs(d);
        }
        if (e == -1023) {
            return Double.MIN_VALUE;
        }
        e -= 52;
        if (e >= -1022) {
            return Double.longBitsToDouble((long) (e + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (e + 1074));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return Double.MIN_VALUE;
        }
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(bits >= 0 ? bits + 1 : bits - 1);
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(bits >= 0 ? bits - 1 : bits + 1);
    }

    /** The neighbour of start towards direction; direction itself when they are equal. */
    public static double nextAfter(double start, double direction) {
        if (start < direction) {
            return nextUp(start);
        }
        if (start > direction) {
            return nextDown(start);
        }
        if (start == direction) {
            return direction;
        }
        return start + direction; // NaN
    }

    /** x - n y with n the integer nearest x / y, ties to even (fdlibm's remainder, exact). */
    public static double IEEEremainder(double x, double y) {
        return TStrictMath.IEEEremainder(x, y);
    }
}
