package rtgo.runtime;

/*
 * LongOps: the long operations that compiled code does not do inline — multiplication, division,
 * remainder and shifts by a variable amount (docs/abi.md, "long").
 *
 * Design note. The transpiler keeps a long as two int words and does add, subtract, compare,
 * bitwise ops and constant shifts inline; these are the rest, called like any static method. They
 * are written with int arithmetic on the words, using only what compiles inline (word shifts by
 * constants, long add/subtract/compare), never the operations they implement.
 *
 * Multiplication: the Cortex-M0+ MULS gives the low 32 bits of a 32x32 product only, so the full
 * product of the low words comes from four 16x16-bit products (each fits in 32 bits unsigned);
 * the cross products alo*bhi and ahi*blo only reach the high word, so their low 32 bits suffice.
 *
 * Division: when both operands fit in an int (the common case: counters, indexes, millis) one
 * int division on the SIO divider does it, the single overflow case MIN_VALUE / -1 excepted.
 * Otherwise restoring binary division of the magnitudes, starting at the divisor's highest bit
 * that fits under the dividend's, so a quotient of k bits takes k steps. The caller has checked
 * the divisor for zero (the transpiler's DIVCHECK). Signs follow Java: the quotient truncates
 * towards zero, the remainder takes the dividend's sign.
 *
 * No static initialiser: compiled code calls these directly.
 */
public final class LongOps {
    private LongOps() {}

    /** {@code a * b}, the low 64 bits of the product (lmul). */
    public static long mul(long a, long b) {
        int alo = (int) a;
        int blo = (int) b;
        int a0 = alo & 0xFFFF;
        int a1 = alo >>> 16;
        int b0 = blo & 0xFFFF;
        int b1 = blo >>> 16;
        int p00 = a0 * b0;
        int p01 = a0 * b1;
        int p10 = a1 * b0;
        int mid = p01 + p10;
        // the carry out of mid is worth 2^48: bit 16 of the high word
        int hi = a1 * b1 + (mid >>> 16) + (lessUnsigned(mid, p01) ? 0x10000 : 0);
        int lo = p00 + (mid << 16);
        if (lessUnsigned(lo, p00)) {
            hi++;
        }
        hi += alo * (int) (b >>> 32) + (int) (a >>> 32) * blo;
        return pack(hi, lo);
    }

    /** {@code a / b} (ldiv); b is not zero. */
    public static long div(long a, long b) {
        int alo = (int) a;
        int blo = (int) b;
        if ((int) (a >>> 32) == alo >> 31 && (int) (b >>> 32) == blo >> 31) {
            // both fit in an int: one int division, except MIN_VALUE / -1, which int overflows
            return blo == -1 ? -a : alo / blo;
        }
        long q = divideMagnitudes(a < 0 ? -a : a, b < 0 ? -b : b, false);
        return (a ^ b) < 0 ? -q : q;
    }

    /** {@code a % b} (lrem); b is not zero. */
    public static long rem(long a, long b) {
        int alo = (int) a;
        int blo = (int) b;
        if ((int) (a >>> 32) == alo >> 31 && (int) (b >>> 32) == blo >> 31) {
            return blo == -1 ? 0 : alo % blo;
        }
        long r = divideMagnitudes(a < 0 ? -a : a, b < 0 ? -b : b, true);
        return a < 0 ? -r : r;
    }

    /**
     * Unsigned quotient or remainder of n by d (d not zero), both read as unsigned 64-bit values
     * (the magnitude of MIN_VALUE is 2^63, which only unsigned reading represents).
     */
    private static long divideMagnitudes(long n, long d, boolean remainder) {
        if (lessUnsigned(n, d)) {
            return remainder ? n : 0;
        }
        int shift = leadingZeros(d) - leadingZeros(n);
        d = shl(d, shift);
        long q = 0;
        for (int k = 0; k <= shift; k++) {
            q = q + q;
            if (!lessUnsigned(n, d)) {
                n -= d;
                q++;
            }
            d = d >>> 1;
        }
        return remainder ? n : q;
    }

    /** {@code v << s} (lshl by a variable amount). */
    public static long shl(long v, int s) {
        s &= 63;
        int lo = (int) v;
        int hi = (int) (v >>> 32);
        if (s >= 32) {
            return pack(lo << (s - 32), 0);
        }
        if (s == 0) {
            return v;
        }
        return pack(hi << s | lo >>> (32 - s), lo << s);
    }

    /** {@code v >> s} (lshr by a variable amount). */
    public static long shr(long v, int s) {
        s &= 63;
        int lo = (int) v;
        int hi = (int) (v >>> 32);
        if (s >= 32) {
            return pack(hi >> 31, hi >> (s - 32));
        }
        if (s == 0) {
            return v;
        }
        return pack(hi >> s, lo >>> s | hi << (32 - s));
    }

    /** {@code v >>> s} (lushr by a variable amount). */
    public static long ushr(long v, int s) {
        s &= 63;
        int lo = (int) v;
        int hi = (int) (v >>> 32);
        if (s >= 32) {
            return pack(0, hi >>> (s - 32));
        }
        if (s == 0) {
            return v;
        }
        return pack(hi >>> s, lo >>> s | hi << (32 - s));
    }

    /** The number of leading zero bits of v (64 for 0). */
    public static int leadingZeros(long v) {
        int hi = (int) (v >>> 32);
        return hi != 0 ? leadingZeros(hi) : 32 + leadingZeros((int) v);
    }

    /** The number of leading zero bits of v (32 for 0), by halving. */
    public static int leadingZeros(int v) {
        if (v == 0) {
            return 32;
        }
        int n = 0;
        if ((v & 0xFFFF0000) == 0) {
            n += 16;
            v <<= 16;
        }
        if ((v & 0xFF000000) == 0) {
            n += 8;
            v <<= 8;
        }
        if ((v & 0xF0000000) == 0) {
            n += 4;
            v <<= 4;
        }
        if ((v & 0xC0000000) == 0) {
            n += 2;
            v <<= 2;
        }
        return (v & 0x80000000) == 0 ? n + 1 : n;
    }

    private static boolean lessUnsigned(int a, int b) {
        return (a ^ 0x80000000) < (b ^ 0x80000000);
    }

    private static boolean lessUnsigned(long a, long b) {
        return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE);
    }

    /** The long with words hi and lo. */
    private static long pack(int hi, int lo) {
        return (long) hi << 32 | lo & 0xFFFFFFFFL;
    }
}
