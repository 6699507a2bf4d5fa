package rtgo.runtime;

/*
 * SoftFloat: IEEE-754 binary32 arithmetic on raw bits (Float.floatToRawIntBits), bit-exact with
 * HotSpot on x86-64. The compiler lowers every float bytecode (fadd, fcmpl, f2i, ...) to these.
 *
 * Design note. Everything is int arithmetic (longs only where a long is the argument or the
 * result: l2f, f2l, f2d): the M0+ has no FPU, long operations cost several instructions and long
 * multiply/divide are helper calls. Each operation has a fast path for
 * finite operands and an out-of-line method for NaN, infinity and (for mul/div) zero and
 * subnormal operands, so the common case fits in the eight low registers. Results are formed
 * as a significand with its leading one at bit 30 and seven guard bits below the 24 kept bits,
 * the lowest of them a sticky bit (the OR of everything shifted out); round-to-nearest-even is
 * then one add: m + 0x3f + lsb carries into the kept bits exactly when the guard bits exceed
 * one half, or equal it with an odd lsb. The result is assembled as ((exponent - 1) << 23) +
 * significand, so a rounding carry out of the significand, and an overflow to infinity,
 * propagate into the exponent field by themselves.
 *  - add: the operand of smaller magnitude is aligned, with a sticky bit only when the shift
 *    passes the seven (zero) guard bits; a cancellation of one bit is a shift, a longer one
 *    shifts by the leading-zero count (then no bits were lost, since the exponents differed by
 *    at most one). sub repeats add's body with the sign of b flipped rather than calling add,
 *    whose NaN rules differ from sub's: the extra call cost a fifth of sub's time.
 *  - mul: the 48-bit product of the two 24-bit significands from four 16x16-bit int multiplies
 *    (MULS keeps only the low 32 bits of a product, which is exact for 16x16 bits).
 *  - div: long division in radix 2^7 on the SIO divider: four int divisions of a remainder
 *    shifted by 7 bits (which stays below 2^31 because the remainder is below the 24-bit
 *    divisor) give a 29-bit quotient; a non-zero final remainder is the sticky bit.
 *  - rem: Java's % is the exact fmod (truncated quotient, sign of the dividend): the dividend's
 *    significand is reduced modulo the divisor's, 7 exponent steps per int remainder.
 * NaNs follow what HotSpot's interpreter produces on x86-64 (SSE semantics plus operand order):
 * an operation that creates a NaN returns the x86 "default NaN" 0xffc00000 (sign set, not the
 * canonical 0x7fc00000 of Float.NaN); a NaN operand is returned quieted (bit 22 set), payload
 * and sign kept. With two NaN operands, add and mul return the second, sub and div the first,
 * and rem returns the second; rem with a NaN or infinite dividend also clears the sign
 * (SharedRuntime's fmod). HotSpot's JIT returns the first operand for add and mul with two NaNs,
 * so a program that prints such bits differs between interpreted and compiled code even on the
 * JVM; the interpreter's choice is the one a short program sees.
 * f2d keeps a NaN's payload shifted into the upper significand, quieted, as cvtss2sd does.
 */
public final class SoftFloat {
    private SoftFloat() {}

    /** The NaN that x86 SSE creates for an invalid operation (0/0, inf - inf, ...). */
    static final int DEFAULT_NAN = 0xffc00000;

    /** The number of leading zero bits of {@code x}; 32 for 0. */
    static int clz(int x) {
        if (x == 0) {
            return 32;
        }
        int n = 0;
        if ((x >>> 16) == 0) {
            n = 16;
            x <<= 16;
        }
        if ((x >>> 24) == 0) {
            n += 8;
            x <<= 8;
        }
        if ((x >>> 28) == 0) {
            n += 4;
            x <<= 4;
        }
        if ((x >>> 30) == 0) {
            n += 2;
            x <<= 2;
        }
        if (x >= 0) {
            n++;
        }
        return n;
    }

    /** a + b (fadd). */
    public static int add(int a, int b) {
        int absA = a & 0x7fffffff;
        int absB = b & 0x7fffffff;
        if (absA < absB) {
            if (absB >= 0x7f800000) {
                return addSpecial(a, b);
            }
            int t = a;
            a = b;
            b = t;
        } else if (absA >= 0x7f800000) {
            return addSpecial(a, b);
        }
        // |a| >= |b|, both finite; the same as sub after its NaN and infinity checks
        int ea = (a >>> 23) & 0xff;
        int ma = (a << 9) >>> 2;
        if (ea != 0) {
            ma |= 0x40000000;
        } else {
            ea = 1;
        }
        int eb = (b >>> 23) & 0xff;
        int mb = (b << 9) >>> 2;
        if (eb != 0) {
            mb |= 0x40000000;
        } else {
            eb = 1;
        }
        int d = ea - eb;
        if (d > 7) {
            // bits fall off the end: keep them as a sticky bit
            if (d > 31) {
                mb = 1;
            } else {
                mb = (mb >>> d) | ((mb << (32 - d)) != 0 ? 1 : 0);
            }
        } else {
            mb >>>= d; // only the seven zero guard bits fall off
        }
        if ((a ^ b) >= 0) {
            ma += mb;
            if (ma < 0) {
                ma = (ma >>> 1) | (ma & 1);
                ea++;
                if (ea >= 0xff) {
                    return (a & 0x80000000) | 0x7f800000;
                }
            } else if (ma < 0x40000000) {
                // two subnormals (or zeros) whose sum is subnormal: exact
                return (a & 0x80000000) | (ma >>> 7);
            }
        } else {
            ma -= mb;
            if (ma < 0x40000000) {
                // cancellation: one bit, or several with nothing lost (the exponents differed by
                // at most one)
                if (ma >= 0x20000000) {
                    ma <<= 1;
                    ea--;
                } else {
                    if (ma == 0) {
                        return 0;
                    }
                    int n = clz(ma) - 1;
                    ma <<= n;
                    ea -= n;
                }
                if (ea <= 0) {
                    return packTiny(a & 0x80000000, ea, ma);
                }
            }
        }
        return (a & 0x80000000) | (((ea - 1) << 23) + ((ma + 0x3f + ((ma >>> 7) & 1)) >>> 7));
    }

    /** a - b (fsub): add with b's sign flipped, written out again to save a call. */
    public static int sub(int a, int b) {
        int absA = a & 0x7fffffff;
        int absB = b & 0x7fffffff;
        if (absA >= 0x7f800000 || absB >= 0x7f800000) {
            return subSpecial(a, b);
        }
        b ^= 0x80000000;
        if (absA < absB) {
            int t = a;
            a = b;
            b = t;
        }
        int ea = (a >>> 23) & 0xff;
        int ma = (a << 9) >>> 2;
        if (ea != 0) {
            ma |= 0x40000000;
        } else {
            ea = 1;
        }
        int eb = (b >>> 23) & 0xff;
        int mb = (b << 9) >>> 2;
        if (eb != 0) {
            mb |= 0x40000000;
        } else {
            eb = 1;
        }
        int d = ea - eb;
        if (d > 7) {
            // bits fall off the end: keep them as a sticky bit
            if (d > 31) {
                mb = 1;
            } else {
                mb = (mb >>> d) | ((mb << (32 - d)) != 0 ? 1 : 0);
            }
        } else {
            mb >>>= d; // only the seven zero guard bits fall off
        }
        if ((a ^ b) >= 0) {
            ma += mb;
            if (ma < 0) {
                ma = (ma >>> 1) | (ma & 1);
                ea++;
                if (ea >= 0xff) {
                    return (a & 0x80000000) | 0x7f800000;
                }
            } else if (ma < 0x40000000) {
                // two subnormals (or zeros) whose sum is subnormal: exact
                return (a & 0x80000000) | (ma >>> 7);
            }
        } else {
            ma -= mb;
            if (ma < 0x40000000) {
                // cancellation: one bit, or several with nothing lost (the exponents differed by
                // at most one)
                if (ma >= 0x20000000) {
                    ma <<= 1;
                    ea--;
                } else {
                    if (ma == 0) {
                        return 0;
                    }
                    int n = clz(ma) - 1;
                    ma <<= n;
                    ea -= n;
                }
                if (ea <= 0) {
                    return packTiny(a & 0x80000000, ea, ma);
                }
            }
        }
        return (a & 0x80000000) | (((ea - 1) << 23) + ((ma + 0x3f + ((ma >>> 7) & 1)) >>> 7));
    }

    private static int subSpecial(int a, int b) {
        if ((a & 0x7fffffff) > 0x7f800000) {
            return a | 0x400000;
        }
        if ((b & 0x7fffffff) > 0x7f800000) {
            return b | 0x400000;
        }
        return addSpecial(a, b ^ 0x80000000);
    }

    private static int addSpecial(int a, int b) {
        if ((b & 0x7fffffff) > 0x7f800000) {
            return b | 0x400000;
        }
        if ((a & 0x7fffffff) > 0x7f800000) {
            return a | 0x400000;
        }
        if ((a & 0x7fffffff) == 0x7f800000) {
            if ((b & 0x7fffffff) == 0x7f800000 && a != b) {
                return DEFAULT_NAN;
            }
            return a;
        }
        return b;
    }

    /**
     * Rounds a result with exponent field {@code e} below 1 (subnormal or zero): {@code m} has its
     * leading one at bit 30 and seven guard bits, as in add.
     */
    private static int packTiny(int sign, int e, int m) {
        int shift = 1 - e;
        if (shift > 31) {
            m = 1;
        } else {
            m = (m >>> shift) | ((m << (32 - shift)) != 0 ? 1 : 0);
        }
        return sign | ((m + 0x3f + ((m >>> 7) & 1)) >>> 7);
    }

    /** Rounds and packs a finite result: {@code m} in [2^30, 2^31) with seven guard bits. */
    static int pack(int sign, int e, int m) {
        if (e <= 0) {
            return packTiny(sign, e, m);
        }
        if (e >= 0xff) {
            return sign | 0x7f800000;
        }
        return sign | (((e - 1) << 23) + ((m + 0x3f + ((m >>> 7) & 1)) >>> 7));
    }

    /** a * b (fmul). */
    public static int mul(int a, int b) {
        int ea = (a >>> 23) & 0xff;
        int eb = (b >>> 23) & 0xff;
        if (ea == 0 || ea == 0xff || eb == 0 || eb == 0xff) {
            return mulSpecial(a, b);
        }
        int sign = (a ^ b) & 0x80000000;
        int e = ea + eb - 127;
        int ah = ((a >>> 16) & 0x7f) | 0x80;
        int al = a & 0xffff;
        int bh = ((b >>> 16) & 0x7f) | 0x80;
        int bl = b & 0xffff;
        int ll = al * bl;
        int m = ((ah * bh) << 16) + ah * bl + al * bh + (ll >>> 16);
        int sticky = ll & 0xffff;
        if (m < 0) {
            sticky |= m & 1;
            m >>>= 1;
            e++;
        }
        if (sticky != 0) {
            m |= 1;
        }
        if (e <= 0 || e >= 0xff) {
            return pack(sign, e, m);
        }
        return sign | (((e - 1) << 23) + ((m + 0x3f + ((m >>> 7) & 1)) >>> 7));
    }

    private static int mulSpecial(int a, int b) {
        if ((b & 0x7fffffff) > 0x7f800000) {
            return b | 0x400000;
        }
        if ((a & 0x7fffffff) > 0x7f800000) {
            return a | 0x400000;
        }
        int sign = (a ^ b) & 0x80000000;
        int absA = a & 0x7fffffff;
        int absB = b & 0x7fffffff;
        if (absA == 0x7f800000 || absB == 0x7f800000) {
            if (absA == 0 || absB == 0) {
                return DEFAULT_NAN;
            }
            return sign | 0x7f800000;
        }
        if (absA == 0 || absB == 0) {
            return sign;
        }
        // finite, non-zero, at least one subnormal: normalise both to a leading one at bit 23
        int ea = absA >>> 23;
        int ma = absA & 0x7fffff;
        if (ea == 0) {
            int n = clz(ma) - 8;
            ma <<= n;
            ea = 1 - n;
        } else {
            ma |= 0x800000;
        }
        int eb = absB >>> 23;
        int mb = absB & 0x7fffff;
        if (eb == 0) {
            int n = clz(mb) - 8;
            mb <<= n;
            eb = 1 - n;
        } else {
            mb |= 0x800000;
        }
        int e = ea + eb - 127;
        int ah = ma >>> 16;
        int al = ma & 0xffff;
        int bh = mb >>> 16;
        int bl = mb & 0xffff;
        int ll = al * bl;
        int m = ((ah * bh) << 16) + ah * bl + al * bh + (ll >>> 16);
        int sticky = ll & 0xffff;
        if (m < 0) {
            sticky |= m & 1;
            m >>>= 1;
            e++;
        }
        if (sticky != 0) {
            m |= 1;
        }
        return pack(sign, e, m);
    }

    /** a / b (fdiv). */
    public static int div(int a, int b) {
        int ea = (a >>> 23) & 0xff;
        int eb = (b >>> 23) & 0xff;
        if (ea == 0 || ea == 0xff || eb == 0 || eb == 0xff) {
            return divSpecial(a, b);
        }
        return divFinite((a ^ b) & 0x80000000, ea - eb + 127, (a & 0x7fffff) | 0x800000,
                (b & 0x7fffff) | 0x800000);
    }

    /**
     * The rounded quotient ma / mb * 2^(e - 127) with its sign: ma and mb have their leading one
     * at bit 23.
     */
    private static int divFinite(int sign, int e, int ma, int mb) {
        int q = (ma << 7) / mb;
        int r = (ma << 7) - q * mb;
        int q2 = (r << 7) / mb;
        r = (r << 7) - q2 * mb;
        q = (q << 7) | q2;
        q2 = (r << 7) / mb;
        r = (r << 7) - q2 * mb;
        q = (q << 7) | q2;
        q2 = (r << 7) / mb;
        r = (r << 7) - q2 * mb;
        q = (q << 7) | q2;
        // q = floor(ma / mb * 2^28), in [2^27, 2^29)
        if (q >= 0x10000000) {
            q <<= 2;
        } else {
            q <<= 3;
            e--;
        }
        if (r != 0) {
            q |= 1;
        }
        if (e <= 0 || e >= 0xff) {
            return pack(sign, e, q);
        }
        return sign | (((e - 1) << 23) + ((q + 0x3f + ((q >>> 7) & 1)) >>> 7));
    }

    private static int divSpecial(int a, int b) {
        if ((a & 0x7fffffff) > 0x7f800000) {
            return a | 0x400000;
        }
        if ((b & 0x7fffffff) > 0x7f800000) {
            return b | 0x400000;
        }
        int sign = (a ^ b) & 0x80000000;
        int absA = a & 0x7fffffff;
        int absB = b & 0x7fffffff;
        if (absA == 0x7f800000) {
            return absB == 0x7f800000 ? DEFAULT_NAN : sign | 0x7f800000;
        }
        if (absB == 0x7f800000) {
            return sign;
        }
        if (absB == 0) {
            return absA == 0 ? DEFAULT_NAN : sign | 0x7f800000;
        }
        if (absA == 0) {
            return sign;
        }
        int ea = absA >>> 23;
        int ma = absA & 0x7fffff;
        if (ea == 0) {
            int n = clz(ma) - 8;
            ma <<= n;
            ea = 1 - n;
        } else {
            ma |= 0x800000;
        }
        int eb = absB >>> 23;
        int mb = absB & 0x7fffff;
        if (eb == 0) {
            int n = clz(mb) - 8;
            mb <<= n;
            eb = 1 - n;
        } else {
            mb |= 0x800000;
        }
        return divFinite(sign, ea - eb + 127, ma, mb);
    }

    /** a % b (frem): the exact remainder of the truncated quotient, with the sign of a. */
    public static int rem(int a, int b) {
        int absA = a & 0x7fffffff;
        int absB = b & 0x7fffffff;
        if (absA > 0x7f800000) {
            return (absB > 0x7f800000 ? b | 0x400000 : a | 0x400000) & 0x7fffffff;
        }
        if (absB > 0x7f800000) {
            return absA == 0x7f800000 ? (b | 0x400000) & 0x7fffffff : b | 0x400000;
        }
        if (absA == 0x7f800000 || absB == 0) {
            return DEFAULT_NAN;
        }
        if (absA < absB) {
            return a; // includes b infinite and a zero
        }
        int ea = absA >>> 23;
        int ma = absA & 0x7fffff;
        if (ea != 0) {
            ma |= 0x800000;
        } else {
            ea = 1;
        }
        int eb = absB >>> 23;
        int mb = absB & 0x7fffff;
        if (eb != 0) {
            mb |= 0x800000;
        } else {
            eb = 1;
        }
        int r = ma % mb;
        int d = ea - eb;
        while (d > 0 && r != 0) {
            int k = d < 7 ? d : 7;
            r = (r << k) % mb;
            d -= k;
        }
        int sign = a & 0x80000000;
        if (r == 0) {
            return sign;
        }
        // r * 2^(eb - 150), exact
        int n = clz(r) - 8;
        int e = eb - n;
        if (e >= 1) {
            return sign | (((e - 1) << 23) + (r << n));
        }
        return sign | (r << (eb - 1));
    }

    /** The fcmpl result: -1, 0 or 1; -1 if either is NaN. */
    public static int cmpl(int a, int b) {
        int absA = a & 0x7fffffff;
        int absB = b & 0x7fffffff;
        if (absA > 0x7f800000 || absB > 0x7f800000) {
            return -1;
        }
        if ((absA | absB) == 0) {
            return 0; // -0 == +0
        }
        // sign-magnitude to two's complement order
        if (a < 0) {
            a ^= 0x7fffffff;
        }
        if (b < 0) {
            b ^= 0x7fffffff;
        }
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    /** The fcmpg result: -1, 0 or 1; 1 if either is NaN. */
    public static int cmpg(int a, int b) {
        int absA = a & 0x7fffffff;
        int absB = b & 0x7fffffff;
        if (absA > 0x7f800000 || absB > 0x7f800000) {
            return 1;
        }
        if ((absA | absB) == 0) {
            return 0;
        }
        if (a < 0) {
            a ^= 0x7fffffff;
        }
        if (b < 0) {
            b ^= 0x7fffffff;
        }
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    /** (float) i (i2f), rounded to nearest even. */
    public static int fromInt(int i) {
        if (i == 0) {
            return 0;
        }
        int sign = i & 0x80000000;
        if (i < 0) {
            i = -i; // 0x80000000 stays, read as unsigned
        }
        int n = clz(i);
        int m = i << n; // leading one at bit 31
        m = (m >>> 1) | (m & 1); // to bit 30, seven guard bits, so that rounding cannot overflow
        return sign | (((157 - n) << 23) + ((m + 0x3f + ((m >>> 7) & 1)) >>> 7));
    }

    /** (float) l (l2f), rounded to nearest even. */
    public static int fromLong(long l) {
        int hi = (int) (l >>> 32);
        int lo = (int) l;
        int sign = hi & 0x80000000;
        if (hi < 0) {
            lo = -lo;
            hi = lo == 0 ? -hi : ~hi;
        }
        if (hi == 0) {
            if (lo == 0) {
                return 0;
            }
            int n = clz(lo);
            int m = lo << n;
            m = (m >>> 1) | (m & 1);
            return sign | (((157 - n) << 23) + ((m + 0x3f + ((m >>> 7) & 1)) >>> 7));
        }
        int n = clz(hi);
        int m = hi;
        if (n != 0) {
            m = (hi << n) | (lo >>> (32 - n));
            lo <<= n;
        }
        m = (m >>> 1) | (m & 1) | (lo != 0 ? 1 : 0);
        return sign | (((189 - n) << 23) + ((m + 0x3f + ((m >>> 7) & 1)) >>> 7));
    }

    /** (int) f (f2i): truncated, NaN to 0, saturated at the int range. */
    public static int toInt(int f) {
        int e = (f >>> 23) & 0xff;
        if (e < 127) {
            return 0;
        }
        if (e >= 158) {
            if ((f & 0x7fffffff) > 0x7f800000) {
                return 0;
            }
            return f < 0 ? 0x80000000 : 0x7fffffff;
        }
        int m = (f & 0x7fffff) | 0x800000;
        if (e >= 150) {
            m <<= e - 150;
        } else {
            m >>>= 150 - e;
        }
        return f < 0 ? -m : m;
    }

    /** (long) f (f2l): truncated, NaN to 0, saturated at the long range. */
    public static long toLong(int f) {
        int e = (f >>> 23) & 0xff;
        if (e < 127) {
            return 0;
        }
        if (e >= 190) {
            if ((f & 0x7fffffff) > 0x7f800000) {
                return 0;
            }
            return f < 0 ? 0x8000000000000000L : 0x7fffffffffffffffL;
        }
        int m = (f & 0x7fffff) | 0x800000;
        if (e <= 150) {
            m >>>= 150 - e;
            return f < 0 ? -m : m;
        }
        long l = (long) m << (e - 150);
        return f < 0 ? -l : l;
    }

    /** (double) f (f2d): exact; a NaN keeps its payload, quieted. */
    public static long toDouble(int f) {
        int sign = f & 0x80000000;
        int e = (f >>> 23) & 0xff;
        int m = f & 0x7fffff;
        int hi;
        if (e == 0xff) {
            if (m != 0) {
                m |= 0x400000;
            }
            hi = sign | 0x7ff00000 | (m >>> 3);
        } else if (e != 0) {
            hi = sign | ((e + 896) << 20) + (m >>> 3);
        } else if (m == 0) {
            return (long) sign << 32;
        } else {
            int n = clz(m) - 8; // leading one to bit 23, then dropped as the implicit bit
            m = (m << n) & 0x7fffff;
            hi = sign | ((897 - n) << 20) + (m >>> 3);
        }
        return ((long) hi << 32) | ((long) (m << 29) & 0xffffffffL);
    }

    /** Math.round(float): floor(f + 1/2) computed exactly, NaN to 0, saturated. */
    public static int round(int f) {
        int e = (f >>> 23) & 0xff;
        if (e < 126) {
            return 0; // |f| < 1/2
        }
        if (e >= 150) {
            return toInt(f); // an integer already (or NaN or beyond the int range)
        }
        int m = (f & 0x7fffff) | 0x800000;
        if (f < 0) {
            m = -m;
        }
        int shift = 150 - e;
        return (m + (1 << (shift - 1))) >> shift;
    }
}
