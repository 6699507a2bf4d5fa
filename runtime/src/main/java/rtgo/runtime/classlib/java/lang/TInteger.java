package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.StringConcat;
import rtgo.runtime.Throw;

/*
 * TInteger: the static int utilities of java.lang.Integer (docs/abi.md, "Class library
 * substitution").
 *
 * Design note. Thumb-1 on the Cortex-M0+ has no clz, rbit or popcount instruction (it has rev,
 * which the transpiler does not expose), so these are the classic branch-light bit manipulations from Hacker's Delight, in plain int Java: a binary
 * search for the leading and trailing zero counts, the SWAR sum for bitCount, swaps of
 * progressively wider fields for reverse. Shift distances follow Java's rule (only the low five
 * bits count), which is what makes `i >>> -distance` the complementary shift in the rotations.
 * The host tests compare every method with java.lang.Integer over edge cases and random values.
 *
 * parseInt is the JDK's algorithm: it accumulates the value negatively, so that MIN_VALUE, whose
 * magnitude has no positive int, parses without overflow, and stops at the first char that is not
 * a digit of the radix (TCharacter.digit: decimal digits of any script count, as on the JVM) or
 * that would overflow. Failures are HotSpot's NumberFormatException reports (Throw).
 *
 * It is also a whole-class substitute (docs/abi.md, "Class library substitution"): an Integer
 * object is a TInteger holding its value. valueOf caches -128..127 as HotSpot does, so == on small
 * boxed values behaves the same; the cache fills on first use (no static initialiser, which would
 * add a class-initialisation check to every call of these utilities).
 */
public final class TInteger extends TNumber implements TComparable<TInteger> {
    private final int value;

    /** The deprecated {@code new Integer(int)}: always a new object. */
    public TInteger(int value) {
        this.value = value;
    }

    private static TInteger[] cache;

    /** Integer.valueOf(String): parseInt, boxed through the cache. */
    public static TInteger valueOf(String s) {
        return valueOf(parseInt(s, 10));
    }

    public static TInteger valueOf(String s, int radix) {
        return valueOf(parseInt(s, radix));
    }

    public static TInteger valueOf(int i) {
        if (i >= -128 && i <= 127) {
            TInteger[] c = cache;
            if (c != null) {
                return c[i + 128]; // (c is known non-null here: no second null check)
            }
            return makeCache()[i + 128];
        }
        return new TInteger(i);
    }

    /** The boxes of -128..127, made at the first use (out of line: keeps valueOf's frame small). */
    private static TInteger[] makeCache() {
        TInteger[] c = new TInteger[256];
        for (int k = 0; k < 256; k++) {
            c[k] = new TInteger(k - 128);
        }
        cache = c;
        return c;
    }

    public int intValue() {
        return value;
    }

    public long longValue() {
        return (long) value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public boolean equals(Object o) {
        return o instanceof TInteger other && other.value == value;
    }

    public int hashCode() {
        return value;
    }

    public String toString() {
        return toString(value);
    }

    public int compareTo(TInteger other) {
        return compare(value, other.value);
    }

    public static int hashCode(int i) {
        return i;
    }

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    /** The decimal text of {@code i}, as a new heap String. */
    public static String toString(int i) {
        StringConcat.begin();
        StringConcat.appendInt(i);
        return StringConcat.end();
    }

    /** The number of one bits: sums in 2-, 4- and 8-bit fields, then all bytes by one multiply. */
    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0F0F0F0F;
        return (i * 0x01010101) >>> 24;
    }

    /** Zero bits above the highest one bit; 32 for 0. Halves the search window each step. */
    public static int numberOfLeadingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        int zeros = 0;
        if ((i >>> 16) == 0) {
            zeros += 16;
            i <<= 16;
        }
        if ((i >>> 24) == 0) {
            zeros += 8;
            i <<= 8;
        }
        if ((i >>> 28) == 0) {
            zeros += 4;
            i <<= 4;
        }
        if ((i >>> 30) == 0) {
            zeros += 2;
            i <<= 2;
        }
        if (i > 0) {
            // The top bit is still clear, so the highest one bit is the one below it.
            zeros += 1;
        }
        return zeros;
    }

    /** Zero bits below the lowest one bit; 32 for 0. */
    public static int numberOfTrailingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        int zeros = 0;
        if ((i << 16) == 0) {
            zeros += 16;
            i >>>= 16;
        }
        if ((i << 24) == 0) {
            zeros += 8;
            i >>>= 8;
        }
        if ((i << 28) == 0) {
            zeros += 4;
            i >>>= 4;
        }
        if ((i << 30) == 0) {
            zeros += 2;
            i >>>= 2;
        }
        if ((i & 1) == 0) {
            zeros += 1;
        }
        return zeros;
    }

    /** The bits in reverse order: swap neighbours, then pairs, then nibbles, then the bytes. */
    public static int reverse(int i) {
        i = ((i >>> 1) & 0x55555555) | ((i & 0x55555555) << 1);
        i = ((i >>> 2) & 0x33333333) | ((i & 0x33333333) << 2);
        i = ((i >>> 4) & 0x0F0F0F0F) | ((i & 0x0F0F0F0F) << 4);
        return reverseBytes(i);
    }

    /** The four bytes in reverse order. */
    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xFF00) << 8) | ((i >>> 8) & 0xFF00) | (i >>> 24);
    }

    /** -1, 0 or 1: the sign bit smeared, or'ed with the sign bit of the negation. */
    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    /** {@code i} with all but its highest one bit cleared; 0 for 0. */
    public static int highestOneBit(int i) {
        // For 0 the shift distance is 32, which Java reduces to 0; the & with 0 still gives 0.
        return i & (0x80000000 >>> numberOfLeadingZeros(i));
    }

    /** {@code i} with all but its lowest one bit cleared; 0 for 0. */
    public static int lowestOneBit(int i) {
        return i & -i;
    }

    /** -1, 0 or 1 as {@code x} is less than, equal to or greater than {@code y}. */
    public static int compare(int x, int y) {
        if (x < y) {
            return -1;
        }
        return x == y ? 0 : 1;
    }

    /** compare on x and y read as unsigned numbers: flipping the sign bit maps that order onto int's. */
    public static int compareUnsigned(int x, int y) {
        return compare(x + Integer.MIN_VALUE, y + Integer.MIN_VALUE);
    }

    /** i read as an unsigned number: 0 to 2^32 - 1. */
    public static long toUnsignedLong(int i) {
        return i & 0xFFFF_FFFFL;
    }

    /** The unsigned quotient; ArithmeticException "/ by zero" for a zero divisor, as the JDK. */
    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    /** The unsigned remainder; ArithmeticException "/ by zero" for a zero divisor, as the JDK. */
    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    /** The decimal digits of i read as an unsigned number. */
    public static String toUnsignedString(int i) {
        return Long.toString(toUnsignedLong(i));
    }

    public static int parseInt(String s) {
        return parseInt(s, 10);
    }

    /** The int that {@code s} writes in {@code radix}: an optional sign, then at least one digit. */
    public static int parseInt(String s, int radix) {
        if (radix == 10 && s != null) {
            // the common case, short decimal text: at most 9 digits cannot overflow
            int n = s.length();
            if (n > 0 && n <= 9) {
                int fast = parseShortDecimal(s, n);
                if (fast != NOT_DECIMAL) {
                    return fast;
                }
            }
        }
        return parseGeneral(s, radix);
    }

    /**
     * parseInt's every other case and every error, in a method of its own so that the common
     * case above keeps a small frame (this one's string building and digit lookup need many
     * registers, which a shared frame would save and restore on every call).
     */
    private static int parseGeneral(String s, int radix) {
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
        int limit = negative ? Integer.MIN_VALUE : -Integer.MAX_VALUE;
        int multmin = limit / radix;
        int result = 0;
        for (; i < n; i++) {
            int digit = TCharacter.digit(s.charAt(i), radix);
            // result * radix - digit must stay >= limit
            if (digit < 0 || result < multmin || result * radix < limit + digit) {
                Throw.numberFormatInput(s, radix);
            }
            result = result * radix - digit;
        }
        return negative ? result : -result;
    }

    /** parseShortDecimal's answer for text that is not all ASCII digits after an optional sign. */
    private static final int NOT_DECIMAL = Integer.MIN_VALUE;

    /**
     * Integer.parseInt(s) for 1..9 chars of an optional sign and ASCII digits; NOT_DECIMAL for
     * anything else (the general loop then reports it as the JDK does, or parses the other digits
     * Character.digit accepts). No division and no digit lookup: the common case of parsing.
     */
    private static int parseShortDecimal(String s, int n) {
        int first = s.charAt(0);
        int i = first == '-' || first == '+' ? 1 : 0;
        if (i == n) {
            return NOT_DECIMAL;
        }
        int result = 0;
        for (; i < n; i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return NOT_DECIMAL;
            }
            result = result * 10 + digit;
        }
        return first == '-' ? -result : result;
    }

    /** {@code i} in {@code radix} (10 when outside 2..36), '-' first when negative. */
    public static String toString(int i, int radix) {
        if (radix < TCharacter.MIN_RADIX || radix > TCharacter.MAX_RADIX) {
            radix = 10;
        }
        char[] buf = new char[33];
        int at = buf.length;
        boolean negative = i < 0;
        if (!negative) {
            i = -i; // work with the negative, which has room for MIN_VALUE
        }
        do {
            buf[--at] = TCharacter.forDigit(-(i % radix), radix);
            i = i / radix;
        } while (i != 0);
        if (negative) {
            buf[--at] = '-';
        }
        return String.valueOf(buf, at, buf.length - at);
    }

    public static String toHexString(int i) {
        return toUnsignedString(i, 4);
    }

    public static String toOctalString(int i) {
        return toUnsignedString(i, 3);
    }

    public static String toBinaryString(int i) {
        return toUnsignedString(i, 1);
    }

    /** The bits of {@code i} as an unsigned number, {@code shift} bits per digit, without leading zeros. */
    private static String toUnsignedString(int i, int shift) {
        char[] buf = new char[32];
        int at = buf.length;
        int mask = (1 << shift) - 1;
        do {
            buf[--at] = TCharacter.forDigit(i & mask, 1 << shift);
            i >>>= shift;
        } while (i != 0);
        return String.valueOf(buf, at, buf.length - at);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }
}
