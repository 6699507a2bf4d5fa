package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.Throw;

/*
 * TShort: java.lang.Short on the device, a whole-class substitute (a Short object holds its value)
 * with the static short utilities (docs/abi.md, "Class library substitution").
 *
 * Design note. A short widens to int for everything: parseShort is Integer.parseInt followed by the
 * range check, with the JDK's "Value out of range" text; toString is Integer.toString. valueOf caches
 * every value from -128 to 127 as the JDK does (so == on boxed small values behaves the same),
 * filled on first use: no static initialiser, which would put a class-initialisation check in front
 * of every call.
 */
public final class TShort extends TNumber implements TComparable<TShort> {
    private final short value;

    /** The deprecated {@code new Short(short)}: always a new object. */
    public TShort(short value) {
        this.value = value;
    }

    private static TShort[] cache;

    public static TShort valueOf(short v) {
        if (v >= -128 && v <= 127) {
            if (cache == null) {
                TShort[] c = new TShort[256];
                for (int k = 0; k < 256; k++) {
                    c[k] = new TShort((short) (k - 128));
                }
                cache = c;
            }
            return cache[v + 128];
        }
        return new TShort(v);
    }

    public static TShort valueOf(String s) {
        return valueOf(parseShort(s, 10));
    }

    public static TShort valueOf(String s, int radix) {
        return valueOf(parseShort(s, radix));
    }

    public static short parseShort(String s) {
        return parseShort(s, 10);
    }

    /** Integer.parseInt, then "Value out of range. Value:\"s\" Radix:r" outside -32768..32767. */
    public static short parseShort(String s, int radix) {
        int i = TInteger.parseInt(s, radix);
        if (i < -32768 || i > 32767) {
            Throw.numberFormat("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (short) i;
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public boolean equals(Object o) {
        return o instanceof TShort other && other.value == value;
    }

    public int hashCode() {
        return value;
    }

    public String toString() {
        return TInteger.toString(value);
    }

    public int compareTo(TShort other) {
        return compare(value, other.value);
    }

    public static String toString(short v) {
        return TInteger.toString(v);
    }

    public static int hashCode(short v) {
        return v;
    }

    /** x - y: the difference of two shorts always fits an int. */
    public static int compare(short x, short y) {
        return x - y;
    }

    public static int compareUnsigned(short x, short y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    public static int toUnsignedInt(short v) {
        return v & 0xFFFF;
    }

    public static long toUnsignedLong(short v) {
        return v & 0xFFFFL;
    }

    /** The two bytes swapped. */
    public static short reverseBytes(short v) {
        return (short) (((v & 0xFF) << 8) | ((v >> 8) & 0xFF));
    }
}
