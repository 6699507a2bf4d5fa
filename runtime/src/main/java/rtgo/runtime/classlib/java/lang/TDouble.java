package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.DecimalToFloat;
import rtgo.runtime.FloatToDecimal;

/*
 * TDouble: java.lang.Double on the device — a whole-class substitute (a Double object holds its
 * value) with the static double utilities. As TFloat, on the double's bits: a double is two words
 * on the device (rtgo.frontend.Floats), doubleToRawLongBits and longBitsToDouble are compile-time
 * identities, and the tests read bits. toString is the JDK 19+ shortest decimal, parseDouble is
 * correctly rounded. valueOf does not cache, as on HotSpot.
 */
public final class TDouble extends TNumber implements TComparable<TDouble> {
    private final double value;

    public TDouble(double value) {
        this.value = value;
    }

    public static TDouble valueOf(double d) {
        return new TDouble(d);
    }

    public static TDouble valueOf(String s) {
        return new TDouble(parseDouble(s));
    }

    public static double parseDouble(String s) {
        return Double.longBitsToDouble(DecimalToFloat.parseDouble(s));
    }

    public double doubleValue() {
        return value;
    }

    public float floatValue() {
        return (float) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    public boolean equals(Object o) {
        return o instanceof TDouble other && doubleToLongBits(other.value) == doubleToLongBits(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public String toString() {
        return toString(value);
    }

    public int compareTo(TDouble other) {
        return compare(value, other.value);
    }

    public static String toString(double d) {
        return FloatToDecimal.doubleToString(Double.doubleToRawLongBits(d));
    }

    public static int hashCode(double d) {
        long bits = doubleToLongBits(d);
        return (int) bits ^ (int) (bits >>> 32);
    }

    public static long doubleToLongBits(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return (bits & 0x7FFFFFFFFFFFFFFFL) > 0x7FF0000000000000L ? 0x7FF8000000000000L : bits;
    }

    public static boolean isNaN(double d) {
        return (Double.doubleToRawLongBits(d) & 0x7FFFFFFFFFFFFFFFL) > 0x7FF0000000000000L;
    }

    public static boolean isInfinite(double d) {
        return (Double.doubleToRawLongBits(d) & 0x7FFFFFFFFFFFFFFFL) == 0x7FF0000000000000L;
    }

    public static boolean isFinite(double d) {
        return ((int) (Double.doubleToRawLongBits(d) >>> 32) & 0x7FF00000) != 0x7FF00000;
    }

    /** Double.compare: -0.0 < 0.0, NaN equal to itself and above everything. */
    public static int compare(double a, double b) {
        long x = doubleToLongBits(a);
        long y = doubleToLongBits(b);
        x ^= (x >> 63) & 0x7FFFFFFFFFFFFFFFL;
        y ^= (y >> 63) & 0x7FFFFFFFFFFFFFFFL;
        return x < y ? -1 : x == y ? 0 : 1;
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return TMath.max(a, b);
    }

    public static double min(double a, double b) {
        return TMath.min(a, b);
    }
}
