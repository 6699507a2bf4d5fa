package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.DecimalToFloat;
import rtgo.runtime.FloatToDecimal;

/*
 * TFloat: java.lang.Float on the device — a whole-class substitute (a Float object holds its value)
 * with the static float utilities.
 *
 * Design note. A float is its IEEE-754 bits in an int on the device (rtgo.frontend.Floats), so
 * floatToRawIntBits and intBitsToFloat are compile-time identities (Intrinsics) and the bit tests
 * here (isNaN, isInfinite, isFinite) read the bits instead of doing soft-float arithmetic.
 * floatToIntBits folds every NaN into the canonical 0x7fc00000 as the JDK specifies; compare and
 * equals order by those bits' meaning (-0.0 before 0.0, NaN after everything and equal to itself),
 * unlike the == operator. toString is the JDK 19+ shortest decimal (FloatToDecimal), parseFloat
 * rounds the decimal directly to float (DecimalToFloat). valueOf does not cache, as on HotSpot.
 */
public final class TFloat extends TNumber implements TComparable<TFloat> {
    private final float value;

    public TFloat(float value) {
        this.value = value;
    }

    public static TFloat valueOf(float f) {
        return new TFloat(f);
    }

    public static TFloat valueOf(String s) {
        return new TFloat(parseFloat(s));
    }

    public static float parseFloat(String s) {
        return Float.intBitsToFloat(DecimalToFloat.parseFloat(s));
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
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
        return o instanceof TFloat other && floatToIntBits(other.value) == floatToIntBits(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public String toString() {
        return toString(value);
    }

    public int compareTo(TFloat other) {
        return compare(value, other.value);
    }

    public static String toString(float f) {
        return FloatToDecimal.floatToString(Float.floatToRawIntBits(f));
    }

    public static int hashCode(float f) {
        return floatToIntBits(f);
    }

    public static int floatToIntBits(float f) {
        int bits = Float.floatToRawIntBits(f);
        return (bits & 0x7FFFFFFF) > 0x7F800000 ? 0x7FC00000 : bits;
    }

    public static boolean isNaN(float f) {
        return (Float.floatToRawIntBits(f) & 0x7FFFFFFF) > 0x7F800000;
    }

    public static boolean isInfinite(float f) {
        return (Float.floatToRawIntBits(f) & 0x7FFFFFFF) == 0x7F800000;
    }

    public static boolean isFinite(float f) {
        return (Float.floatToRawIntBits(f) & 0x7F800000) != 0x7F800000;
    }

    /** Float.compare: -0.0 < 0.0, NaN equal to itself and above everything. */
    public static int compare(float a, float b) {
        int x = floatToIntBits(a);
        int y = floatToIntBits(b);
        // as sign-magnitude ordered ints: flip the magnitude bits of negatives
        x ^= (x >> 31) & 0x7FFFFFFF;
        y ^= (y >> 31) & 0x7FFFFFFF;
        return x < y ? -1 : x == y ? 0 : 1;
    }

    public static float sum(float a, float b) {
        return a + b;
    }

    public static float max(float a, float b) {
        return TMath.max(a, b);
    }

    public static float min(float a, float b) {
        return TMath.min(a, b);
    }
}
