package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.LongOps;
import rtgo.runtime.Throw;

/*
 * TLong: java.lang.Long on the device — a whole-class substitute (a Long object holds its value)
 * with the static long utilities (docs/abi.md, "Class library substitution").
 *
 * Design note. The bit operations work on the two int words of the long (a long is two words in
 * the transpiler's IR, so (int) v and (int) (v >>> 32) cost nothing) and reuse TInteger's
 * Hacker's Delight word operations; nothing here multiplies or divides longs except parseLong's
 * accumulation and toString in radixes other than 10 and powers of two. valueOf caches
 * -128..127 as HotSpot does (filled on first use: no static initialiser, which would put a
 * class-initialisation check in front of every call). parseLong is the JDK's algorithm, negative
 * accumulation with a precomputed limit, with the JDK's NumberFormatException texts (Throw).
 * The host tests compare every method with java.lang.Long on edge cases and random values.
 */
public final class TLong extends TNumber implements TComparable<TLong> {
    private final long value;

    /** The deprecated {@code new Long(long)}: always a new object. */
    public TLong(long value) {
        this.value = value;
    }

    private static TLong[] cache;

    public static TLong valueOf(long l) {
        if (l >= -128 && l <= 127) {
            if (cache == null) {
                TLong[] c = new TLong[256];
                for (int k = 0; k < 256; k++) {
                    c[k] = new TLong(k - 128);
                }
                cache = c;
            }
            return cache[(int) l + 128];
        }
        return new TLong(l);
    }

    public static TLong valueOf(String s) {
        return valueOf(parseLong(s, 10));
    }

    public static TLong valueOf(String s, int radix) {
        return valueOf(parseLong(s, radix));
    }

    public long longValue() {
        return value;
    }

    public int intValue() {
        return (int) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public byte byteValue() {
        return (byte) value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public boolean equals(Object o) {
        return o instanceof TLong other && other.value == value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public String toString() {
        return toString(value);
    }

    public int compareTo(TLong other) {
        return compare(value, other.value);
    }

    /** The two words xor-ed, as Long.hashCode. */
    public static int hashCode(long l) {
        return (int) l ^ (int) (l >>> 32);
    }

    public static String toString(long l) {
        return String.valueOf(l);
    }

    public static int compare(long x, long y) {
        return x < y ? -1 : x == y ? 0 : 1;
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + Long.MIN_VALUE, y + Long.MIN_VALUE);
    }

    public static int signum(long l) {
        return (int) (l >> 63) | (int) (-l >>> 63);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    public static int bitCount(long l) {
        return TInteger.bitCount((int) l) + TInteger.bitCount((int) (l >>> 32));
    }

    public static int numberOfLeadingZeros(long l) {
        return LongOps.leadingZeros(l);
    }

    public static int numberOfTrailingZeros(long l) {
        int lo = (int) l;
        return lo != 0 ? TInteger.numberOfTrailingZeros(lo) : 32 + TInteger.numberOfTrailingZeros((int) (l >>> 32));
    }

    public static long highestOneBit(long l) {
        return l == 0 ? 0 : Long.MIN_VALUE >>> numberOfLeadingZeros(l);
    }

    public static long lowestOneBit(long l) {
        return l & -l;
    }

    public static long reverse(long l) {
        return words(TInteger.reverse((int) l), TInteger.reverse((int) (l >>> 32)));
    }

    public static long reverseBytes(long l) {
        return words(TInteger.reverseBytes((int) l), TInteger.reverseBytes((int) (l >>> 32)));
    }

    public static long rotateLeft(long l, int distance) {
        return (l << distance) | (l >>> -distance);
    }

    public static long rotateRight(long l, int distance) {
        return (l >>> distance) | (l << -distance);
    }

    /** The long whose high word is {@code hi} and low word {@code lo}. */
    private static long words(int hi, int lo) {
        return (long) hi << 32 | lo & 0xFFFFFFFFL;
    }

    public static long parseLong(String s) {
        return parseLong(s, 10);
    }

    /** The long that {@code s} writes in {@code radix}: an optional sign, then at least one digit. */
    public static long parseLong(String s, int radix) {
        if (s == null) {
            Throw.numberFormat("Cannot parse null string");
        }
        if (radix < TCharacter.MIN_RADIX) {
            Throw.numberFormat("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > TCharacter.MAX_RADIX) {
            Throw.numberFormat("radix " + radix + " greater than Character.MAX_RADIX");
        }
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == n) {
            Throw.numberFormatInput(s, radix); // no digits
        }
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long multmin = limit / radix;
        long result = 0;
        for (; i < n; i++) {
            int digit = TCharacter.digit(s.charAt(i), radix);
            // result * radix - digit must stay >= limit
            if (digit < 0 || result < multmin) {
                Throw.numberFormatInput(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                Throw.numberFormatInput(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** {@code l} in {@code radix} (10 when outside 2..36), '-' first when negative. */
    public static String toString(long l, int radix) {
        if (radix < TCharacter.MIN_RADIX || radix > TCharacter.MAX_RADIX || radix == 10) {
            return toString(l);
        }
        char[] buf = new char[65];
        int at = buf.length;
        boolean negative = l < 0;
        if (!negative) {
            l = -l; // work with the negative, which has room for MIN_VALUE
        }
        do {
            buf[--at] = TCharacter.forDigit(-(int) (l % radix), radix);
            l = l / radix;
        } while (l != 0);
        if (negative) {
            buf[--at] = '-';
        }
        return String.valueOf(buf, at, buf.length - at);
    }

    public static String toHexString(long l) {
        return toUnsignedString(l, 4);
    }

    public static String toOctalString(long l) {
        return toUnsignedString(l, 3);
    }

    public static String toBinaryString(long l) {
        return toUnsignedString(l, 1);
    }

    /** The bits of {@code l} as an unsigned number, {@code shift} bits per digit, without leading zeros. */
    private static String toUnsignedString(long l, int shift) {
        char[] buf = new char[64];
        int at = buf.length;
        int mask = (1 << shift) - 1;
        do {
            buf[--at] = TCharacter.forDigit((int) l & mask, 1 << shift);
            l >>>= shift;
        } while (l != 0);
        return String.valueOf(buf, at, buf.length - at);
    }

    /** Long.toUnsignedString(l): the decimal digits of l read as an unsigned number. */
    public static String toUnsignedString(long l) {
        if (l >= 0) {
            return toString(l);
        }
        long quotient = (l >>> 1) / 5; // l / 10 as unsigned: halve first, then it fits a signed long
        int digit = (int) (l - quotient * 10);
        return quotient + "" + digit;
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        // dividend >= 2^63: divide half of it, then correct by at most one
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return compareUnsigned(r, divisor) >= 0 ? q + 1 : q;
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }
}
