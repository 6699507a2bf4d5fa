package rtgo.runtime;

/*
 * SoftDouble: IEEE-754 binary64 arithmetic on raw bits (Double.doubleToRawLongBits), bit-exact
 * with HotSpot on x86-64, plus the Math methods the compiler lowers to bit operations (sqrt,
 * floor, ceil, rint, round). The compiler lowers every double bytecode to these.
 *
 * Design note. The same scheme as SoftFloat, one size up: a result is formed as a significand
 * with its leading one at bit 62 and ten guard bits below the 53 kept ones, the lowest a sticky
 * bit, rounded to nearest even by one add (m + 0x1ff + lsb) and assembled as
 * ((exponent - 1) << 52) + significand so that carries reach the exponent by themselves.
 * rtgo keeps a long as two int words: add, subtract, bitwise operations and shifts by constants
 * are inline, but shifts by a variable amount and long multiply/divide are helper calls, and a
 * long comparison is several instructions. So the hot paths work on int words: add and sub align
 * and sum the significands as (hi, lo) int pairs with an explicit carry, compares look at the
 * high words first, a long is tested for a sign by its high word, and (int) (x >>> 32) and
 * ((long) hi << 32) | (lo & 0xffffffffL) cost nothing. The rare paths (subnormal results, the
 * NaN and infinity cases) use plain long code. sub applies its own NaN rules, then calls add
 * with b negated (add has the body so as not to pay a call; sub pays ~15%).
 *  - mul: the 106-bit product from 16 int multiplies of 14-bit limbs (the top limb 11 bits):
 *    each product is below 2^28 and each column of at most four below 2^30, so the columns are
 *    plain int sums and the carries ripple up 14 bits at a time with no overflow tests; only the
 *    upper 64 bits and a sticky bit of the low 42 are kept.
 *  - div: long division in radix 2^14 (as in Knuth's algorithm D, TAOCP 4.3.1, with the
 *    quotient digit estimated from leading parts): each digit is an int division (the SIO
 *    divider) of the top 30 bits of the partial remainder by the top 16 bits of the divisor plus
 *    one, which never overestimates and is at most two units low; digit * divisor comes from
 *    three int multiplies, and the remainder is corrected by subtracting the divisor while
 *    it is still at least the divisor. The products and the shifted remainder overflow 64 bits,
 *    but the new remainder is below 3 * divisor, so arithmetic modulo 2^64 gives it exactly.
 *    A leading bit and four digits give 57 quotient bits; a non-zero remainder is the sticky bit.
 *  - rem: the exact fmod, the dividend's significand reduced modulo the divisor's with the same
 *    digit step, 14 exponent steps at a time (the odd remainder of the exponent difference
 *    first, so that the loop shifts by constants); about 60 cycles per 14 binades.
 *  - sqrt: the digit-by-digit square root (root q, remainder r = radicand - q^2), 55 bits: the
 *    first 16 one at a time in int arithmetic, then k more at once by a division, since with
 *    q >= 2^(k+2) the next k-bit digit is floor(r' / (2q * 2^k)) or one less (r' the remainder
 *    followed by the next 2k radicand bits) and one exact remainder decides; 13 bits with one
 *    int division, then 26 bits as two radix-2^13 division digits as in div. The square root of
 *    a double is never exactly halfway between two doubles, so the final remainder's sticky bit
 *    suffices for correct rounding.
 * NaNs as in SoftFloat (HotSpot's interpreter on x86-64): created NaNs are the x86 default NaN
 * 0xfff8000000000000, a NaN operand is returned quieted with payload and sign, two NaN operands
 * give the second for add and mul, the first for sub and div, the second for rem; rem with a NaN
 * or infinite dividend clears the sign. d2f keeps the payload's upper bits, quieted (cvtsd2ss).
 * floor and ceil return a NaN unchanged (the interpreter runs StrictMath's Java code; C2's
 * roundsd quiets it); rint quiets it and clears its sign (StrictMath.rint multiplies by the
 * sign); sqrt quiets it.
 */
public final class SoftDouble {
    private SoftDouble() {}

    /** The NaN that x86 SSE creates for an invalid operation (0/0, inf - inf, ...). */
    static final long DEFAULT_NAN = 0xfff8000000000000L;
    private static final long INF = 0x7ff0000000000000L;
    private static final long ABS = 0x7fffffffffffffffL;
    private static final long FRACTION = 0x000fffffffffffffL;
    private static final long IMPLICIT = 0x0010000000000000L;
    private static final long QUIET = 0x0008000000000000L;

    /** The number of leading zero bits of {@code x}; 64 for 0. */
    static int clz(long x) {
        int hi = (int) (x >>> 32);
        if (hi != 0) {
            return SoftFloat.clz(hi);
        }
        return 32 + SoftFloat.clz((int) x);
    }

    /** The unsigned 64-bit product of two unsigned ints, from four 16x16-bit int multiplies. */
    static long mul32(int x, int y) {
        int xl = x & 0xffff;
        int xh = x >>> 16;
        int yl = y & 0xffff;
        int yh = y >>> 16;
        int ll = xl * yl;
        int lh = xl * yh;
        int hl = xh * yl;
        int mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
        int lo = (mid << 16) | (ll & 0xffff);
        int hi = xh * yh + (lh >>> 16) + (hl >>> 16) + (mid >>> 16);
        return ((long) hi << 32) | (lo & 0xffffffffL);
    }

    /** Rounds and packs {@code m}, in [2^62, 2^63) with ten guard bits, at exponent field e. */
    private static long pack(long sign, int e, long m) {
        if (e >= 0x7ff) {
            return sign | INF;
        }
        if (e <= 0) {
            int shift = 1 - e;
            if (shift > 63) {
                m = 1;
            } else {
                m = (m >>> shift) | ((m << (64 - shift)) != 0 ? 1 : 0);
            }
            return sign | ((m + 0x1ff + ((m >>> 10) & 1)) >>> 10);
        }
        return sign | (((long) (e - 1) << 52) + ((m + 0x1ff + ((m >>> 10) & 1)) >>> 10));
    }

    /**
     * a + b (dadd). The significands are int pairs (hi, lo) with the leading one at bit 30 of hi
     * and ten guard bits at the bottom of lo: variable shifts of a long would be helper calls.
     */
    public static long add(long a, long b) {
        int absAh = (int) (a >>> 32) & 0x7fffffff;
        int absBh = (int) (b >>> 32) & 0x7fffffff;
        if (absAh >= 0x7ff00000 || absBh >= 0x7ff00000) {
            return addSpecial(a, b);
        }
        if (absAh < absBh || (absAh == absBh && ((int) a ^ 0x80000000) < ((int) b ^ 0x80000000))) {
            long t = a;
            a = b;
            b = t;
        }
        // |a| >= |b|, both finite
        int ah = (int) (a >>> 32);
        int al = (int) a;
        int bh = (int) (b >>> 32);
        int bl = (int) b;
        int ea = (ah >>> 20) & 0x7ff;
        int hi = ((ah & 0xfffff) << 10) | (al >>> 22);
        int lo = al << 10;
        if (ea != 0) {
            hi |= 0x40000000;
        } else {
            ea = 1;
        }
        int eb = (bh >>> 20) & 0x7ff;
        int bhi = ((bh & 0xfffff) << 10) | (bl >>> 22);
        int blo = bl << 10;
        if (eb != 0) {
            bhi |= 0x40000000;
        } else {
            eb = 1;
        }
        int d = ea - eb;
        if (d != 0) {
            int sticky = 0;
            if (d < 32) {
                if (d > 10) {
                    sticky = blo << (32 - d); // below the ten zero guard bits nothing is lost
                }
                blo = (blo >>> d) | (bhi << (32 - d));
                bhi >>>= d;
            } else if (d < 63) {
                sticky = blo;
                blo = bhi;
                bhi = 0;
                if (d != 32) {
                    sticky |= blo << (64 - d);
                    blo >>>= d - 32;
                }
            } else {
                sticky = 1;
                blo = 0;
                bhi = 0;
            }
            if (sticky != 0) {
                blo |= 1;
            }
        }
        int sign = ah & 0x80000000;
        if ((ah ^ bh) >= 0) {
            int l = lo + blo;
            hi += bhi + (((lo & blo) | ((lo | blo) & ~l)) >>> 31); // the carry out of lo
            lo = l;
            if (hi < 0) {
                lo = (lo >>> 1) | (hi << 31) | (lo & 1);
                hi >>>= 1;
                ea++;
                if (ea >= 0x7ff) {
                    return (long) (sign | 0x7ff00000) << 32;
                }
            } else if (hi < 0x40000000) {
                // two subnormals whose sum is subnormal: exact
                return ((long) (sign | (hi >>> 10)) << 32)
                        | (((hi << 22) | (lo >>> 10)) & 0xffffffffL);
            }
        } else {
            int l = lo - blo;
            hi -= bhi + (((~lo & blo) | (~(lo ^ blo) & l)) >>> 31); // the borrow
            lo = l;
            if (hi < 0x40000000) {
                // cancellation: one bit, or several with nothing lost (exponents at most one apart)
                if (hi >= 0x20000000) {
                    hi = (hi << 1) | (lo >>> 31);
                    lo <<= 1;
                    ea--;
                } else {
                    if ((hi | lo) == 0) {
                        return 0;
                    }
                    int n = hi != 0 ? SoftFloat.clz(hi) - 1 : 31 + SoftFloat.clz(lo);
                    if (n >= 32) {
                        hi = lo << (n - 32);
                        lo = 0;
                    } else {
                        hi = (hi << n) | (lo >>> (32 - n));
                        lo <<= n;
                    }
                    ea -= n;
                }
                if (ea <= 0) {
                    return pack((long) sign << 32, ea, ((long) hi << 32) | (lo & 0xffffffffL));
                }
            }
        }
        int r = lo + 0x1ff + ((lo >>> 10) & 1);
        if ((r ^ 0x80000000) < (lo ^ 0x80000000)) {
            hi++;
        }
        return ((long) (sign | (((ea - 1) << 20) + (hi >>> 10))) << 32)
                | (((hi << 22) | (r >>> 10)) & 0xffffffffL);
    }

    /** a - b (dsub): add with b's sign flipped, after sub's own NaN rules. */
    public static long sub(long a, long b) {
        if (((int) (a >>> 32) & 0x7ff00000) == 0x7ff00000
                || ((int) (b >>> 32) & 0x7ff00000) == 0x7ff00000) {
            return subSpecial(a, b);
        }
        return add(a, b ^ 0x8000000000000000L);
    }

    private static long subSpecial(long a, long b) {
        if ((a & ABS) > INF) {
            return a | QUIET;
        }
        if ((b & ABS) > INF) {
            return b | QUIET;
        }
        return addSpecial(a, b ^ 0x8000000000000000L);
    }

    private static long addSpecial(long a, long b) {
        if ((b & ABS) > INF) {
            return b | QUIET;
        }
        if ((a & ABS) > INF) {
            return a | QUIET;
        }
        if ((a & ABS) == INF) {
            if ((b & ABS) == INF && a != b) {
                return DEFAULT_NAN;
            }
            return a;
        }
        return b;
    }

    /** a * b (dmul). */
    public static long mul(long a, long b) {
        int ah = (int) (a >>> 32);
        int bh = (int) (b >>> 32);
        int ea = (ah >>> 20) & 0x7ff;
        int eb = (bh >>> 20) & 0x7ff;
        if (ea == 0 || ea == 0x7ff || eb == 0 || eb == 0x7ff) {
            return mulSpecial(a, b);
        }
        return mulFinite((ah ^ bh) & 0x80000000, ea + eb - 1023, (a & FRACTION) | IMPLICIT,
                (b & FRACTION) | IMPLICIT);
    }

    /** The rounded product ma * mb * 2^(e - 1023 - 104); ma and mb have their leading one at 52. */
    private static long mulFinite(int sign, int e, long ma, long mb) {
        // 14-bit limbs (the top one 11 bits): every limb product is below 2^28 and every column
        // of at most four of them below 2^30, so the columns are plain int sums
        int lo = (int) ma;
        int a0 = lo & 0x3fff;
        int a1 = (lo >>> 14) & 0x3fff;
        int a2 = (int) (ma >>> 28) & 0x3fff;
        int a3 = (int) (ma >>> 42);
        lo = (int) mb;
        int b0 = lo & 0x3fff;
        int b1 = (lo >>> 14) & 0x3fff;
        int b2 = (int) (mb >>> 28) & 0x3fff;
        int b3 = (int) (mb >>> 42);
        // carries ripple up 14 bits at a time; the product's low 42 bits only matter as sticky
        int x = a0 * b0;
        int sticky = x & 0x3fff;
        x = (x >>> 14) + a0 * b1 + a1 * b0;
        sticky |= x & 0x3fff;
        x = (x >>> 14) + a0 * b2 + a1 * b1 + a2 * b0;
        sticky |= x & 0x3fff;
        x = (x >>> 14) + a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
        lo = x & 0x3fff; // product bits 42..55
        x = (x >>> 14) + a1 * b3 + a2 * b2 + a3 * b1;
        lo |= (x & 0x3fff) << 14; // 56..69
        x = (x >>> 14) + a2 * b3 + a3 * b2;
        lo |= x << 28; // 70..73, and 74..83 go to hi
        int hi = (x & 0x3fff) >>> 4;
        x = (x >>> 14) + a3 * b3;
        hi |= x << 10; // 84..105
        // hi:lo = the product >> 42, in [2^62, 2^64)
        if (hi < 0) {
            sticky |= lo & 1;
            lo = (lo >>> 1) | (hi << 31);
            hi >>>= 1;
            e++;
        }
        if (sticky != 0) {
            lo |= 1;
        }
        return round(sign, e, hi, lo);
    }

    /**
     * Rounds and packs the significand hi:lo, with its leading one at bit 30 of hi and ten guard
     * bits at the bottom of lo (the lowest sticky), at exponent field e.
     */
    private static long round(int sign, int e, int hi, int lo) {
        if (e <= 0 || e >= 0x7ff) {
            return pack((long) sign << 32, e, ((long) hi << 32) | (lo & 0xffffffffL));
        }
        int r = lo + 0x1ff + ((lo >>> 10) & 1);
        if ((r ^ 0x80000000) < (lo ^ 0x80000000)) {
            hi++; // the carry out of the low word
        }
        return ((long) (sign | (((e - 1) << 20) + (hi >>> 10))) << 32)
                | (((hi << 22) | (r >>> 10)) & 0xffffffffL);
    }

    private static long mulSpecial(long a, long b) {
        if ((b & ABS) > INF) {
            return b | QUIET;
        }
        if ((a & ABS) > INF) {
            return a | QUIET;
        }
        long sign = (a ^ b) & 0x8000000000000000L;
        long absA = a & ABS;
        long absB = b & ABS;
        if (absA == INF || absB == INF) {
            if (absA == 0 || absB == 0) {
                return DEFAULT_NAN;
            }
            return sign | INF;
        }
        if (absA == 0 || absB == 0) {
            return sign;
        }
        int signBit = (int) (sign >>> 32);
        int ea = (int) (absA >>> 52);
        long ma = absA & FRACTION;
        if (ea == 0) {
            int n = clz(ma) - 11;
            ma <<= n;
            ea = 1 - n;
        } else {
            ma |= IMPLICIT;
        }
        int eb = (int) (absB >>> 52);
        long mb = absB & FRACTION;
        if (eb == 0) {
            int n = clz(mb) - 11;
            mb <<= n;
            eb = 1 - n;
        } else {
            mb |= IMPLICIT;
        }
        return mulFinite(signBit, ea + eb - 1023, ma, mb);
    }

    /** a / b (ddiv). */
    public static long div(long a, long b) {
        int ah = (int) (a >>> 32);
        int bh = (int) (b >>> 32);
        int ea = (ah >>> 20) & 0x7ff;
        int eb = (bh >>> 20) & 0x7ff;
        if (ea == 0 || ea == 0x7ff || eb == 0 || eb == 0x7ff) {
            return divSpecial(a, b);
        }
        return divFinite((ah ^ bh) & 0x80000000, ea - eb + 1023, (a & FRACTION) | IMPLICIT,
                (b & FRACTION) | IMPLICIT);
    }

    /**
     * The rounded quotient ma / mb * 2^(e - 1023), with its sign: ma and mb have their leading
     * one at bit 52.
     */
    private static long divFinite(int sign, int e, long ma, long mb) {
        // the quotient's leading one, taken from ma or from 2 * ma; then r < mb
        long r = ma - mb;
        if ((int) (r >>> 32) < 0) {
            r += ma;
            e--;
        }
        long q = 1;
        int top = (int) (mb >>> 37) + 1; // in (2^15, 2^16]: the digit estimates never overshoot
        int m0 = (int) mb & 0xffff;
        int m1 = (int) mb >>> 16;
        int m2 = (int) (mb >>> 32);
        for (int i = 0; i < 4; i++) {
            int digit = (int) (r >>> 23) / top;
            // r * 2^14 - digit * mb is in [0, 3 * mb): exact modulo 2^64 though r * 2^14 is not,
            // nor digit * mb (whose top word needs only digit * m2 modulo 2^32)
            r = (r << 14)
                    - (((long) (digit * m2) << 32) + ((long) (digit * m1) << 16) + digit * m0);
            long t = r - mb;
            while ((int) (t >>> 32) >= 0) {
                r = t;
                digit++;
                t = r - mb;
            }
            q = (q << 14) + digit;
        }
        // q = floor(ma / mb * 2^56) in [2^56, 2^57): six bits up for the leading one at bit 62
        int lo = (int) q << 6;
        if (((int) r | (int) (r >>> 32)) != 0) {
            lo |= 1;
        }
        return round(sign, e, (int) (q >>> 26), lo);
    }

    /** digit * m modulo 2^64, for digit < 2^15 and m < 2^53, from three int multiplies. */
    private static long mulDigit(int digit, long m) {
        int lo = (int) m;
        return ((long) (digit * (int) (m >>> 32)) << 32) + ((long) (digit * (lo >>> 16)) << 16)
                + digit * (lo & 0xffff);
    }

    private static long divSpecial(long a, long b) {
        if ((a & ABS) > INF) {
            return a | QUIET;
        }
        if ((b & ABS) > INF) {
            return b | QUIET;
        }
        long sign = (a ^ b) & 0x8000000000000000L;
        long absA = a & ABS;
        long absB = b & ABS;
        if (absA == INF) {
            return absB == INF ? DEFAULT_NAN : sign | INF;
        }
        if (absB == INF) {
            return sign;
        }
        if (absB == 0) {
            return absA == 0 ? DEFAULT_NAN : sign | INF;
        }
        if (absA == 0) {
            return sign;
        }
        int ea = (int) (absA >>> 52);
        long ma = absA & FRACTION;
        if (ea == 0) {
            int n = clz(ma) - 11;
            ma <<= n;
            ea = 1 - n;
        } else {
            ma |= IMPLICIT;
        }
        int eb = (int) (absB >>> 52);
        long mb = absB & FRACTION;
        if (eb == 0) {
            int n = clz(mb) - 11;
            mb <<= n;
            eb = 1 - n;
        } else {
            mb |= IMPLICIT;
        }
        return divFinite((int) (sign >>> 32), ea - eb + 1023, ma, mb);
    }

    /** a % b (drem): the exact remainder of the truncated quotient, with the sign of a. */
    public static long rem(long a, long b) {
        long absA = a & ABS;
        long absB = b & ABS;
        if (absA > INF) {
            return (absB > INF ? b | QUIET : a | QUIET) & ABS;
        }
        if (absB > INF) {
            return absA == INF ? (b | QUIET) & ABS : b | QUIET;
        }
        if (absA == INF || absB == 0) {
            return DEFAULT_NAN;
        }
        if (absA < absB) {
            return a; // includes b infinite and a zero
        }
        int ea = (int) (absA >>> 52);
        long ma = absA & FRACTION;
        if (ea == 0) {
            int n = clz(ma) - 11;
            ma <<= n;
            ea = 1 - n;
        } else {
            ma |= IMPLICIT;
        }
        int eb = (int) (absB >>> 52);
        long mb = absB & FRACTION;
        if (eb == 0) {
            int n = clz(mb) - 11;
            mb <<= n;
            eb = 1 - n;
        } else {
            mb |= IMPLICIT;
        }
        // |a| >= |b|, so ea >= eb: r = ma * 2^(ea - eb) mod mb, 14 exponent steps at a time
        long r = ma >= mb ? ma - mb : ma;
        int d = ea - eb;
        int top = (int) (mb >>> 37) + 1;
        int k = d % 14;
        if (k != 0) {
            r = remStep(r, mb, k, top); // the odd bits first, so the loop shifts by constants
        }
        int m0 = (int) mb & 0xffff;
        int m1 = (int) mb >>> 16;
        int m2 = (int) (mb >>> 32);
        for (int steps = d / 14; steps > 0 && ((int) r | (int) (r >>> 32)) != 0; steps--) {
            int digit = (int) (r >>> 23) / top;
            r = (r << 14)
                    - (((long) (digit * m2) << 32) + ((long) (digit * m1) << 16) + digit * m0);
            long t = r - mb;
            while ((int) (t >>> 32) >= 0) {
                r = t;
                t = r - mb;
            }
        }
        long sign = a & 0x8000000000000000L;
        if (r == 0) {
            return sign;
        }
        // r * 2^(eb - 1075), exact; r < mb < 2^53
        int n = clz(r) - 11;
        int e = eb - n;
        if (e >= 1) {
            return sign | (((long) (e - 1) << 52) + (r << n));
        }
        // subnormal: r is a multiple of 2^(1 - eb) when b was subnormal, so this shift is exact
        return sign | (eb >= 1 ? r << (eb - 1) : r >>> (1 - eb));
    }

    /** r * 2^k mod d, for r < d, d's leading one at bit 52, k in 1..13, top = (d >>> 37) + 1. */
    private static long remStep(long r, long d, int k, int top) {
        int digit = (int) (r >>> (37 - k)) / top;
        r = (r << k) - mulDigit(digit, d);
        long t = r - d;
        while ((int) (t >>> 32) >= 0) {
            r = t;
            t = r - d;
        }
        return r;
    }

    /** Math.sqrt: correctly rounded; NaN for negative operands other than -0. */
    public static long sqrt(long a) {
        int e = (int) (a >>> 52) & 0x7ff;
        if (a <= 0 || e == 0x7ff || e == 0) {
            return sqrtSpecial(a);
        }
        return sqrtFinite(e - 1023, (a & FRACTION) | IMPLICIT);
    }

    private static long sqrtSpecial(long a) {
        if ((a & ABS) > INF) {
            return a | QUIET;
        }
        if ((a & ABS) == 0) {
            return a;
        }
        if (a < 0) {
            return DEFAULT_NAN;
        }
        if (a == INF) {
            return a;
        }
        int n = clz(a) - 11; // subnormal
        return sqrtFinite(-1022 - n, a << n);
    }

    /** sqrt(m * 2^(e - 52)) for m with its leading one at bit 52. */
    private static long sqrtFinite(int e, long m) {
        // the radicand N = m * 2^s with s = 56 or 57 so that e - 52 - s is even; its bits are
        // taken two at a time from the top of x, N's bit 108 at x's bit 62
        long x = (e & 1) == 0 ? m << 10 : m << 11;
        int half = (e & 1) == 0 ? (e - 108) >> 1 : (e - 109) >> 1;
        // the first 16 result bits one at a time in int arithmetic: the root so far q and the
        // remainder r = (radicand so far) - q^2, at most 2q
        int xh = (int) (x >>> 32);
        int xl = (int) x;
        int q = 0;
        int r = 0;
        for (int i = 0; i < 16; i++) {
            r = (r << 2) | (xh >>> 30);
            xh <<= 2;
            int t = (q << 2) | 1;
            q <<= 1;
            if (r >= t) {
                r -= t;
                q |= 1;
            }
        }
        // 13 more bits d at once: with q >= 2^15 and d < 2^13, the largest d with
        // (2q * 2^13 + d) * d <= R (R = r followed by xl's top 26 bits) is floor(R / (q * 2^14))
        // or one less, because (d - 1)^2 <= 2q * 2^13
        int d = ((r << 12) | (xl >>> 20)) / q;
        int rho = ((r << 12) | (xl >>> 20)) - d * q;
        r = (rho << 14) + ((xl >>> 6) & 0x3fff) - d * d; // R - (2q * 2^13 + d) * d
        if (r < 0) {
            r += (q << 14) + 2 * d - 1;
            d--;
        }
        q = (q << 13) + d;
        // The last 26 bits in the same way, as two digits of 13 bits (the quotient no longer
        // fits one int division): with q >= 2^28, floor(R / (q * 2^27)) or one less, where the
        // radicand bits left are xl's low 6 and zeros, so R = R' * 2^27 with
        // R' = r * 2^25 + (xl & 0x3f) * 2^19.
        int qt = (q >>> 13) + 1; // in (2^15, 2^16]: the digit estimates never overshoot
        rho = r >>> 1; // R' / 2^26
        d = 0;
        if (rho >= q) {
            rho -= q;
            d = 1;
        }
        long step = divStep13(rho, q, qt, ((r & 1) << 12) | ((xl & 0x3f) << 6));
        d = (d << 13) + (int) (step >>> 32);
        step = divStep13((int) step, q, qt, 0);
        d = (d << 13) + (int) (step >>> 32);
        rho = (int) step;
        // rho = R' - d * q, so R - (2q * 2^26 + d) * d = rho * 2^27 - d^2
        long rest = ((long) rho << 27) - mul32(d, d);
        if ((int) (rest >>> 32) < 0) {
            rest += ((long) q << 27) + (2 * d - 1);
            d--;
        }
        // the root (q * 2^26 + d) is in [2^54, 2^55); sqrt = root * 2^half
        long bits = (((long) q << 26) + d) << 8;
        if (rest != 0) {
            bits |= 1;
        }
        return pack(0, 1085 - 8 + half, bits);
    }

    /**
     * floor((rho * 2^13 + next) / q) for rho < q, q in [2^28, 2^29), next < 2^13, qt = (q >>> 13)
     * + 1: the quotient in the upper word, the remainder (below q) in the lower.
     */
    private static long divStep13(int rho, int q, int qt, int next) {
        int digit = rho / qt; // at most two below the true digit
        long rest = ((long) rho << 13) + next
                - (((long) (digit * (q >>> 13)) << 13) + digit * (q & 0x1fff));
        int low = (int) rest;
        // rest < 3q < 2^31: the low word is all of it
        while (low >= q) {
            low -= q;
            digit++;
        }
        return ((long) digit << 32) | (low & 0xffffffffL);
    }

    /** The dcmpl result: -1, 0 or 1; -1 if either is NaN. */
    public static int cmpl(long a, long b) {
        return compare(a, b, -1);
    }

    /** The dcmpg result: -1, 0 or 1; 1 if either is NaN. */
    public static int cmpg(long a, long b) {
        return compare(a, b, 1);
    }

    /** -1, 0 or 1 as a is below, equal to or above b; {@code unordered} if either is NaN. */
    private static int compare(long a, long b, int unordered) {
        int ah = (int) (a >>> 32);
        int al = (int) a;
        int bh = (int) (b >>> 32);
        int bl = (int) b;
        int absAh = ah & 0x7fffffff;
        int absBh = bh & 0x7fffffff;
        if (absAh >= 0x7ff00000 || absBh >= 0x7ff00000) {
            if (absAh > 0x7ff00000 || (absAh == 0x7ff00000 && al != 0) || absBh > 0x7ff00000
                    || (absBh == 0x7ff00000 && bl != 0)) {
                return unordered;
            }
        }
        if ((absAh | absBh | al | bl) == 0) {
            return 0; // -0 == +0
        }
        // sign-magnitude to two's complement order
        if (ah < 0) {
            ah ^= 0x7fffffff;
            al = ~al;
        }
        if (bh < 0) {
            bh ^= 0x7fffffff;
            bl = ~bl;
        }
        if (ah != bh) {
            return ah < bh ? -1 : 1;
        }
        if (al == bl) {
            return 0;
        }
        return (al ^ 0x80000000) < (bl ^ 0x80000000) ? -1 : 1;
    }

    /** (double) i (i2d): exact. */
    public static long fromInt(int i) {
        if (i == 0) {
            return 0;
        }
        int sign = i & 0x80000000;
        if (i < 0) {
            i = -i; // 0x80000000 stays, read as unsigned
        }
        int n = SoftFloat.clz(i);
        int m = (i << n) << 1; // the fraction, leading one dropped, in the top bits
        int hi = sign | ((1054 - n) << 20) | (m >>> 12);
        return ((long) hi << 32) | ((long) (m << 20) & 0xffffffffL);
    }

    /** (double) l (l2d), rounded to nearest even. */
    public static long fromLong(long l) {
        int hi = (int) (l >>> 32);
        int lo = (int) l;
        if ((hi | lo) == 0) {
            return 0;
        }
        int sign = hi & 0x80000000;
        if (hi < 0) {
            lo = -lo;
            hi = lo == 0 ? -hi : ~hi; // Long.MIN_VALUE stays, read as unsigned
        }
        // the leading one to bit 62 (bit 30 of hi), as round wants it
        int c = hi != 0 ? SoftFloat.clz(hi) : 32 + SoftFloat.clz(lo);
        if (c == 0) {
            lo = (lo >>> 1) | (hi << 31) | (lo & 1);
            hi >>>= 1;
        } else if (c < 33) {
            int n = c - 1;
            if (n != 0) {
                hi = (hi << n) | (lo >>> (32 - n));
                lo <<= n;
            }
        } else {
            hi = lo << (c - 33);
            lo = 0;
        }
        return round(sign, 1086 - c, hi, lo);
    }

    /** (int) d (d2i): truncated, NaN to 0, saturated at the int range. */
    public static int toInt(long d) {
        int e = (int) (d >>> 52) & 0x7ff;
        if (e < 1023) {
            return 0;
        }
        if (e >= 1054) {
            if ((d & ABS) > INF) {
                return 0;
            }
            return d < 0 ? 0x80000000 : 0x7fffffff;
        }
        // |d| < 2^31: the integer part is the top e - 1022 bits of the significand
        int m = ((int) (d >>> 21) & 0x7fffffff) | 0x80000000; // leading one at bit 31
        m >>>= 1054 - e;
        return d < 0 ? -m : m;
    }

    /** (long) d (d2l): truncated, NaN to 0, saturated at the long range. */
    public static long toLong(long d) {
        int e = (int) (d >>> 52) & 0x7ff;
        if (e < 1023) {
            return 0;
        }
        if (e >= 1086) {
            if ((d & ABS) > INF) {
                return 0;
            }
            return d < 0 ? 0x8000000000000000L : ABS;
        }
        // the significand with its leading one at bit 63, as two words, shifted down
        int hi = (int) (d >>> 21) | 0x80000000;
        int lo = (int) d << 11;
        int s = 1086 - e; // 1..63
        if (s < 32) {
            lo = (lo >>> s) | (hi << (32 - s));
            hi >>>= s;
        } else {
            lo = hi >>> (s - 32);
            hi = 0;
        }
        long m = ((long) hi << 32) | (lo & 0xffffffffL);
        return d < 0 ? -m : m;
    }

    /** (float) d (d2f), rounded to nearest even; a NaN keeps its payload's top bits, quieted. */
    public static int toFloat(long d) {
        int hi = (int) (d >>> 32);
        int sign = hi & 0x80000000;
        int e = (hi >>> 20) & 0x7ff;
        if (e == 0x7ff) {
            if ((d & FRACTION) == 0) {
                return sign | 0x7f800000;
            }
            return sign | 0x7fc00000 | (int) ((d >>> 29) & 0x7fffff);
        }
        if (e == 0) {
            return sign; // below 2^-1022: rounds to zero
        }
        // the significand's top 31 bits, leading one at bit 30, the rest as a sticky bit
        int m = (int) (d >>> 22) & 0x3fffffff | 0x40000000;
        if (((int) d & 0x3fffff) != 0) {
            m |= 1;
        }
        return SoftFloat.pack(sign, e - 896, m);
    }

    /** Math.floor. */
    public static long floor(long d) {
        int hi = (int) (d >>> 32);
        int e = (hi >>> 20) & 0x7ff;
        if (e >= 1075) {
            return d; // an integer, infinite or NaN
        }
        if (e < 1023) {
            if (hi >= 0) {
                return 0; // [+0, 1)
            }
            return ((hi & 0x7fffffff) | (int) d) == 0 ? d : 0xbff0000000000000L;
        }
        return toInteger(d, hi < 0);
    }

    /** Math.ceil. */
    public static long ceil(long d) {
        int hi = (int) (d >>> 32);
        int e = (hi >>> 20) & 0x7ff;
        if (e >= 1075) {
            return d;
        }
        if (e < 1023) {
            if (hi < 0) {
                return 0x8000000000000000L; // -0 for (-1, -0]
            }
            return (hi | (int) d) == 0 ? 0 : 0x3ff0000000000000L;
        }
        return toInteger(d, hi >= 0);
    }

    /**
     * |d| in [1, 2^52) with its fraction bits cleared, and one added to the magnitude if {@code up}
     * and the fraction was not zero: floor and ceil, on int words.
     */
    private static long toInteger(long d, boolean up) {
        int hi = (int) (d >>> 32);
        int lo = (int) d;
        int k = 1075 - ((hi >>> 20) & 0x7ff); // the number of fraction bits, 1..52
        int maskHi = 0;
        int maskLo = -1;
        if (k < 32) {
            maskLo = (1 << k) - 1;
        } else {
            maskHi = (1 << (k - 32)) - 1;
        }
        if (((hi & maskHi) | (lo & maskLo)) == 0) {
            return d;
        }
        hi &= ~maskHi;
        lo &= ~maskLo;
        if (up) {
            // add one unit at bit k; a carry into the exponent is right too
            if (k < 32) {
                lo += 1 << k;
                if (lo == 0) {
                    hi++;
                }
            } else {
                hi += 1 << (k - 32);
            }
        }
        return ((long) hi << 32) | (lo & 0xffffffffL);
    }

    /** Math.rint: the nearest integer, ties to even. */
    public static long rint(long d) {
        int hi = (int) (d >>> 32);
        int lo = (int) d;
        int e = (hi >>> 20) & 0x7ff;
        if (e >= 1075) {
            if ((d & ABS) > INF) {
                return (d | QUIET) & ABS;
            }
            return d;
        }
        int sign = hi & 0x80000000;
        if (e < 1022) {
            return (long) sign << 32;
        }
        if (e == 1022) {
            // [1/2, 1): 1/2 ties to 0
            return ((hi & 0xfffff) | lo) == 0 ? (long) sign << 32 : (long) (sign | 0x3ff00000) << 32;
        }
        int k = 1075 - e; // the number of fraction bits, 1..52
        // the fraction compared with one half (bit k - 1), and the integer part's lowest bit k
        int fracHi;
        int fracLo;
        int halfHi = 0;
        int halfLo = 0;
        int odd;
        if (k < 32) {
            fracHi = 0;
            fracLo = lo & ((1 << k) - 1);
            halfLo = 1 << (k - 1);
            odd = (lo >>> k) & 1;
        } else {
            fracHi = hi & ((1 << (k - 32)) - 1);
            fracLo = lo;
            if (k == 32) {
                halfLo = 0x80000000;
            } else {
                halfHi = 1 << (k - 33);
            }
            odd = (hi >>> (k - 32)) & 1; // for k = 52 the exponent's lowest bit: 1, as 1 is odd
        }
        boolean up;
        if (fracHi != halfHi) {
            up = fracHi > halfHi; // both below 2^20
        } else if (fracLo != halfLo) {
            up = (fracLo ^ 0x80000000) > (halfLo ^ 0x80000000);
        } else {
            up = odd != 0;
        }
        if (fracHi == 0 && fracLo == 0) {
            return d;
        }
        return toIntegerTruncated(d, k, up);
    }

    /** d with its k fraction bits cleared, plus one unit at bit k if {@code up}. */
    private static long toIntegerTruncated(long d, int k, boolean up) {
        int hi = (int) (d >>> 32);
        int lo = (int) d;
        if (k < 32) {
            lo &= -(1 << k);
            if (up) {
                lo += 1 << k;
                if (lo == 0) {
                    hi++;
                }
            }
        } else {
            lo = 0;
            hi &= -(1 << (k - 32));
            if (up) {
                hi += 1 << (k - 32);
            }
        }
        return ((long) hi << 32) | (lo & 0xffffffffL);
    }

    /** Math.round(double): floor(d + 1/2) computed exactly, NaN to 0, saturated. */
    public static long round(long d) {
        int hi = (int) (d >>> 32);
        int e = (hi >>> 20) & 0x7ff;
        if (e < 1022) {
            return 0;
        }
        if (e >= 1075) {
            return toLong(d);
        }
        // the significand as a signed two-word integer, plus one half (bit shift - 1), shifted
        // down arithmetically (floor)
        long m = (d & FRACTION) | IMPLICIT;
        if (hi < 0) {
            m = -m;
        }
        int shift = 1075 - e; // 1..53
        int mh = (int) (m >>> 32);
        int ml = (int) m;
        if (shift <= 32) {
            int half = 1 << (shift - 1);
            int sum = ml + half;
            if ((sum ^ 0x80000000) < (ml ^ 0x80000000)) {
                mh++;
            }
            ml = sum;
        } else {
            mh += 1 << (shift - 33);
        }
        if (shift < 32) {
            ml = (ml >>> shift) | (mh << (32 - shift));
            mh >>= shift;
        } else {
            ml = mh >> (shift - 32);
            mh >>= 31;
        }
        return ((long) mh << 32) | (ml & 0xffffffffL);
    }
}
