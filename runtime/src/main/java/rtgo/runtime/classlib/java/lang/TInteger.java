package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.StringConcat;

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
 * It is also a whole-class substitute (docs/abi.md, "Class library substitution"): an Integer
 * object is a TInteger holding its value. valueOf caches -128..127 as HotSpot does, so == on small
 * boxed values behaves the same; the cache fills on first use (no static initialiser, which would
 * add a class-initialisation check to every call of these utilities).
 */
public final class TInteger {
    private final int value;

    /** The deprecated {@code new Integer(int)}: always a new object. */
    public TInteger(int value) {
        this.value = value;
    }

    private static TInteger[] cache;

    public static TInteger valueOf(int i) {
        if (i >= -128 && i <= 127) {
            if (cache == null) {
                TInteger[] c = new TInteger[256];
                for (int k = 0; k < 256; k++) {
                    c[k] = new TInteger(k - 128);
                }
                cache = c;
            }
            return cache[i + 128];
        }
        return new TInteger(i);
    }

    public int intValue() {
        return value;
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
}
