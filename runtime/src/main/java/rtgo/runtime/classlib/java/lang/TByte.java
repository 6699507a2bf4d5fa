package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.Throw;

/*
 * TByte: java.lang.Byte on the device, a whole-class substitute (a Byte object holds its value)
 * with the static byte utilities (docs/abi.md, "Class library substitution").
 *
 * Design note. A byte widens to int for everything: parseByte is Integer.parseInt followed by the
 * range check, with the JDK's "Value out of range" text; toString is Integer.toString. valueOf caches
 * every value from -128 to 127 as the JDK does (so == on boxed small values behaves the same),
 * filled on first use: no static initialiser, which would put a class-initialisation check in front
 * of every call.
 */
public final class TByte extends TNumber implements TComparable<TByte> {
    private final byte value;

    /** The deprecated {@code new Byte(byte)}: always a new object. */
    public TByte(byte value) {
        this.value = value;
    }

    private static TByte[] cache;

    public static TByte valueOf(byte v) {
        if (v >= -128 && v <= 127) {
            if (cache == null) {
                TByte[] c = new TByte[256];
                for (int k = 0; k < 256; k++) {
                    c[k] = new TByte((byte) (k - 128));
                }
                cache = c;
            }
            return cache[v + 128];
        }
        return new TByte(v);
    }

    public static TByte valueOf(String s) {
        return valueOf(parseByte(s, 10));
    }

    public static TByte valueOf(String s, int radix) {
        return valueOf(parseByte(s, radix));
    }

    public static byte parseByte(String s) {
        return parseByte(s, 10);
    }

    /** Integer.parseInt, then "Value out of range. Value:\"s\" Radix:r" outside -128..127. */
    public static byte parseByte(String s, int radix) {
        int i = TInteger.parseInt(s, radix);
        if (i < -128 || i > 127) {
            Throw.numberFormat("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (byte) i;
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
        return o instanceof TByte other && other.value == value;
    }

    public int hashCode() {
        return value;
    }

    public String toString() {
        return TInteger.toString(value);
    }

    public int compareTo(TByte other) {
        return compare(value, other.value);
    }

    public static String toString(byte v) {
        return TInteger.toString(v);
    }

    public static int hashCode(byte v) {
        return v;
    }

    /** x - y: the difference of two bytes always fits an int. */
    public static int compare(byte x, byte y) {
        return x - y;
    }

    public static int compareUnsigned(byte x, byte y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    public static int toUnsignedInt(byte v) {
        return v & 0xFF;
    }

    public static long toUnsignedLong(byte v) {
        return v & 0xFFL;
    }
}
