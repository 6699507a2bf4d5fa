package rtgo.runtime;

/*
 * FloatToDecimal: Double.toString and Float.toString of JDK 19+ (the shortest decimal that rounds
 * to the value, closest to it, even digit on a tie, at least two digits), from the raw bits.
 *
 * Design note. The algorithm is Raffaello Giulietti's Schubfach ("The Schubfach way to render
 * doubles", 2020-2022), the one the JDK adopted in 19; this is an implementation from the paper,
 * not a copy of the JDK's code. For a value c 2^q it picks k = floor(log10 2^q) (log10 of 3/4 2^q
 * at the lower end of a binade, where the gap below is half as wide) so that scaling by 10^-k
 * leaves 16-17 digits; it computes, rounded to odd, 4 times the value and the two ends of its
 * rounding interval scaled by 10^-k, then takes the one multiple of 10^(k+1) inside the interval
 * if there is one (a shorter decimal), else the closer of the two neighbours at 10^k that lie
 * inside. Rounding to odd keeps every comparison with an even integer exact. Subnormals with a
 * significand below C_TINY (3 for double, 8 for float) are scaled by 10 first so that the result
 * has the two digits the specification asks for (4.9E-324, not 5E-324). Integers below 2^53
 * (2^24) skip all of that: they are their own shortest decimal.
 *
 * The scaling multiplies by a 126-bit approximation g = floor(10^-k 2^-r) + 1 of the power of ten
 * (PowersOfTen, which builds it from a 570-byte table), or by the power itself where it is an
 * exact integer (0 <= -k <= 54; then the rounding to odd is trivially exact). The value to scale
 * is below 2^60 (2^31 for a float), so the product is 4x2 (4x1) 32-bit pieces, each four 16x16
 * MULS: no long*long helper call. It is done once per conversion: the products for the two
 * interval ends differ from it by g shifted left (the ends are 4c +- 2, or 4c - 1, times the same
 * power of two), so they are an add and a subtract of six words. The part below 2^127 that is
 * discarded decides the sticky bit from 2^60 up: g's excess adds less than 2^60, so an exact
 * integer never sets those bits, and a non-integer sets them if it is at least 2^-67 from an
 * integer. The host test proves that with continued fractions: no m 2^q 10^-k with m < 2^56
 * comes closer to an integer than 2^-65.4 without being one (the JDK's computation, with its
 * threshold near 2^64, needs the tighter bounds of the paper). Floats use the same table and
 * threshold (the paper uses 63 bits for them) and are also checked against the JDK for all 2^31
 * positive values. Digits are produced by dividing by 10^4 in 16-bit chunks (the SIO divider does
 * 32-bit division), never by a long division.
 *
 * appendDouble/appendFloat write into a caller's char[] so that StringBuilder and string
 * concatenation allocate nothing; the digits are first written one place to the right and then
 * moved into the chosen format (plain for 10^-3 <= |v| < 10^7, "1.0E7" computerized scientific
 * otherwise), all inside the MAX_*_CHARS the caller reserves.
 */
public final class FloatToDecimal {
    private FloatToDecimal() {}

    /** The longest Double.toString result ("-2.2250738585072014E-308"). */
    public static final int MAX_DOUBLE_CHARS = 24;

    /** The longest Float.toString result ("-1.21589096E-20"). */
    public static final int MAX_FLOAT_CHARS = 15;

    /** Double.toString(Double.longBitsToDouble(bits)). */
    public static String doubleToString(long bits) {
        if ((bits & 0x7FFFFFFFFFFFFFFFL) >= 0x7FF0000000000000L) {
            return bits == 0x7FF0000000000000L ? "Infinity" : bits == 0xFFF0000000000000L ? "-Infinity" : "NaN";
        }
        char[] chars = new char[MAX_DOUBLE_CHARS];
        return String.valueOf(chars, 0, appendDouble(bits, chars, 0));
    }

    /** Float.toString(Float.intBitsToFloat(bits)). */
    public static String floatToString(int bits) {
        if ((bits & 0x7FFFFFFF) >= 0x7F800000) {
            return bits == 0x7F800000 ? "Infinity" : bits == 0xFF800000 ? "-Infinity" : "NaN";
        }
        char[] chars = new char[MAX_FLOAT_CHARS];
        return String.valueOf(chars, 0, appendFloat(bits, chars, 0));
    }

    /**
     * Writes Double.toString of the double with these bits into {@code dst} from {@code pos}
     * (MAX_DOUBLE_CHARS chars must fit); returns the index after the last char.
     */
    public static int appendDouble(long bits, char[] dst, int pos) {
        int biased = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0x7FF && fraction != 0) {
            return text("NaN", dst, pos);
        }
        int at = pos;
        if (bits < 0) {
            dst[at++] = '-';
        }
        if (biased == 0x7FF) {
            return text("Infinity", dst, at);
        }
        if (biased != 0) {
            long c = fraction | 1L << 52;
            int q = biased - 1075;
            if (q < 0 && q > -53 && (c & (1L << -q) - 1) == 0) {
                return format(c >> -q, 0, dst, at);
            }
            return doubleDecimal(q, c, 0, dst, at);
        }
        if (fraction == 0) {
            return text("0.0", dst, at);
        }
        if (fraction < 3) { // C_TINY: 3 * 2^-1074 is the first with two digits at its k
            return doubleDecimal(-1074, (fraction << 3) + (fraction << 1), -1, dst, at);
        }
        return doubleDecimal(-1074, fraction, 0, dst, at);
    }

    /**
     * Writes Float.toString of the float with these bits into {@code dst} from {@code pos}
     * (MAX_FLOAT_CHARS chars must fit); returns the index after the last char.
     */
    public static int appendFloat(int bits, char[] dst, int pos) {
        int biased = bits >>> 23 & 0xFF;
        int fraction = bits & 0x7FFFFF;
        if (biased == 0xFF && fraction != 0) {
            return text("NaN", dst, pos);
        }
        int at = pos;
        if (bits < 0) {
            dst[at++] = '-';
        }
        if (biased == 0xFF) {
            return text("Infinity", dst, at);
        }
        if (biased != 0) {
            int c = fraction | 1 << 23;
            int q = biased - 150;
            if (q < 0 && q > -24 && (c & (1 << -q) - 1) == 0) {
                return format(c >> -q, 0, dst, at);
            }
            return floatDecimal(q, c, 0, dst, at);
        }
        if (fraction == 0) {
            return text("0.0", dst, at);
        }
        if (fraction < 8) { // C_TINY for float
            return floatDecimal(-149, fraction * 10, -1, dst, at);
        }
        return floatDecimal(-149, fraction, 0, dst, at);
    }

    private static int text(String s, char[] dst, int pos) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            dst[pos + i] = s.charAt(i);
        }
        return pos + n;
    }

    // ---- Schubfach ----------------------------------------------------------------------------------

    /** The shortest decimal of c 2^q (c 2^q / 10 when dk is -1), formatted at pos. */
    private static int doubleDecimal(int q, long c, int dk, char[] dst, int pos) {
        int out = (int) c & 1; // an odd c has an open rounding interval
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != 1L << 52 || q == -1074) {
            cbl = cb - 2;
            k = PowersOfTen.flog10pow2(q);
        } else {
            cbl = cb - 1; // the gap below a power of two is half as wide
            k = PowersOfTen.flog10threeQuartersPow2(q);
        }
        int h = q + PowersOfTen.flog2pow10(-k) + 2;
        // the paper's g = floor(10^-k 2^-r) + 1; where that power is exact (0 <= -k <= 54) its
        // exact value, which makes the rounding to odd exact without the paper's bound
        boolean exact = PowersOfTen.load(-k);
        if (!exact) {
            PowersOfTen.add(1);
        }
        long cp = cb << h;
        PowersOfTen.multiply(4, (int) cp, (int) (cp >>> 32));
        int[] p = PowersOfTen.P;
        long vb = roundToOdd(p, exact);
        shiftG(h + (int) (cb - cbl) - 1); // g (cb - cbl) 2^h: cbl << h times g is g cp minus this
        long vbl = roundToOdd(offset(p, false), exact);
        shiftG(h + 1); // and cbr << h times g is g cp plus g 2^(h+1)
        long vbr = roundToOdd(offset(p, true), exact);
        long s = vb >> 2;
        if (s >= 100) {
            long tenth = divSmall(s, 10);
            long sp10 = (tenth << 3) + (tenth << 1);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return format(upin ? sp10 : tp10, k + dk, dst, pos);
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return format(uin ? s : t, k + dk, dst, pos);
        }
        long cmp = vb - (s + t << 1);
        return format(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk, dst, pos);
    }

    /**
     * floor(p / 2^127) with its lowest bit set when the discarded part is not zero (rounding to
     * odd), for p = g cp', cp' < 2^60. When g is the power of ten exactly, p is exact and every
     * discarded bit counts. Otherwise p exceeds the exact product by less than 2^60 and the bits
     * from 2^60 up count (see the design note).
     */
    private static long roundToOdd(int[] p, boolean exact) {
        long vbp = (long) p[5] << 33 | (p[4] & 0xFFFFFFFFL) << 1 | p[3] >>> 31;
        int discarded = p[3] & 0x7FFFFFFF | p[2] | p[1] >>> 28;
        if (exact) {
            discarded |= p[1] | p[0];
        }
        return discarded != 0 ? vbp | 1 : vbp;
    }

    /**
     * As doubleDecimal, for a float: the same 126-bit g (the paper uses 63 bits for floats; with
     * 126 the product is still only 4x1 pieces, since the scaled value has at most 31 bits, and
     * the sticky threshold has a wide margin), and everything after the scaling fits in an int.
     */
    private static int floatDecimal(int q, int c, int dk, char[] dst, int pos) {
        int out = c & 1;
        int cb = c << 2;
        int cbr = cb + 2;
        int cbl;
        int k;
        if (c != 1 << 23 || q == -149) {
            cbl = cb - 2;
            k = PowersOfTen.flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = PowersOfTen.flog10threeQuartersPow2(q);
        }
        int h = q + PowersOfTen.flog2pow10(-k) + 2;
        boolean exact = PowersOfTen.load(-k);
        if (!exact) {
            PowersOfTen.add(1);
        }
        int cp = cb << h; // below 2^31: one word
        PowersOfTen.multiply(4, cp, 0);
        int[] p = PowersOfTen.P;
        int vb = (int) roundToOdd(p, exact);
        shiftG(h + (cb - cbl) - 1);
        int vbl = (int) roundToOdd(offset(p, false), exact);
        shiftG(h + 1);
        int vbr = (int) roundToOdd(offset(p, true), exact);
        int s = vb >> 2;
        if (s >= 100) {
            int sp10 = s / 10 * 10;
            int tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return format(upin ? sp10 : tp10, k + dk, dst, pos);
            }
        }
        int t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return format(uin ? s : t, k + dk, dst, pos);
        }
        int cmp = vb - (s + t << 1);
        return format(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk, dst, pos);
    }

    /** g shifted left: the products at the interval's ends differ from g cp by these. */
    private static final int[] SHIFTED = new int[6];

    /** g cp plus or minus SHIFTED. */
    private static final int[] OFFSET = new int[6];

    /** SHIFTED = g 2^n (g in PowersOfTen.G, below 2^126; 0 < n < 64). */
    private static void shiftG(int n) {
        int[] g = PowersOfTen.G;
        int words = n >>> 5;
        int bits = n & 31;
        for (int i = 0; i < 6; i++) {
            int at = i - words;
            int here = at >= 0 && at < 4 ? g[at] : 0;
            if (bits != 0) {
                int below = at >= 1 && at <= 4 ? g[at - 1] : 0;
                here = here << bits | below >>> (32 - bits);
            }
            SHIFTED[i] = here;
        }
    }

    /** OFFSET = p + SHIFTED (add) or p - SHIFTED; returns OFFSET. */
    private static int[] offset(int[] p, boolean add) {
        int[] shifted = SHIFTED;
        int[] result = OFFSET;
        long carry = 0;
        for (int i = 0; i < 6; i++) {
            long a = p[i] & 0xFFFFFFFFL;
            long b = shifted[i] & 0xFFFFFFFFL;
            long t = add ? a + b + carry : a - b + carry;
            result[i] = (int) t;
            carry = t >> 32;
        }
        return result;
    }

    // ---- formatting ---------------------------------------------------------------------------------

    /**
     * Writes the decimal f 10^e (0 < f < 10^17) at pos in Java's format; returns the index after
     * it. The digits go first to pos + 1 onwards, then move into place.
     */
    private static int format(long f, int e, char[] dst, int pos) {
        int start = pos + 1;
        int end;
        if (f < 100_000_000L) {
            int low = (int) f;
            end = start + digitCount(low);
            writeDigits(low, dst, end);
        } else {
            long upper = divSmall(f, 10000);
            int r0 = remainder;
            int high = (int) divSmall(upper, 10000);
            int low = remainder * 10000 + r0;
            end = start + digitCount(high);
            writeDigits(high, dst, end);
            end += 8;
            for (int i = 1; i <= 8; i++) {
                int quotient = low / 10;
                dst[end - i] = (char) ('0' + low - quotient * 10);
                low = quotient;
            }
        }
        int exponent = e + (end - start) - 1; // of the first digit
        while (dst[end - 1] == '0') {
            end--;
        }
        int len = end - start;
        if (exponent >= 0 && exponent < 7) {
            int whole = exponent + 1;
            if (len <= whole) {
                for (int i = 0; i < len; i++) {
                    dst[pos + i] = dst[start + i];
                }
                for (int i = len; i < whole; i++) {
                    dst[pos + i] = '0';
                }
                dst[pos + whole] = '.';
                dst[pos + whole + 1] = '0';
                return pos + whole + 2;
            }
            for (int i = 0; i < whole; i++) {
                dst[pos + i] = dst[start + i];
            }
            dst[pos + whole] = '.';
            return end;
        }
        if (exponent < 0 && exponent >= -3) {
            int shift = -exponent;
            for (int i = len - 1; i >= 0; i--) {
                dst[start + shift + i] = dst[start + i];
            }
            dst[pos] = '0';
            dst[pos + 1] = '.';
            for (int i = 2; i <= shift; i++) {
                dst[pos + i] = '0';
            }
            return end + shift;
        }
        dst[pos] = dst[start];
        dst[pos + 1] = '.';
        int at = end;
        if (len == 1) {
            dst[at++] = '0';
        }
        dst[at++] = 'E';
        if (exponent < 0) {
            dst[at++] = '-';
            exponent = -exponent;
        }
        at += digitCount(exponent);
        writeDigits(exponent, dst, at);
        return at;
    }

    /** The number of decimal digits of value (> 0). */
    private static int digitCount(int value) {
        int count = 1;
        while (value >= 10) {
            value /= 10;
            count++;
        }
        return count;
    }

    /** Writes the digits of value (>= 0) so that they end just before end. */
    private static void writeDigits(int value, char[] dst, int end) {
        int at = end;
        do {
            int quotient = value / 10;
            dst[--at] = (char) ('0' + value - quotient * 10);
            value = quotient;
        } while (value != 0);
    }

    /** The remainder of the last divSmall. */
    private static int remainder;

    /**
     * n / d for unsigned n and 0 < d < 2^15, by four 32-bit divisions of 16-bit chunks; the
     * remainder is left in {@link #remainder}.
     */
    static long divSmall(long n, int d) {
        int hi = (int) (n >>> 32);
        int lo = (int) n;
        int cur = hi >>> 16;
        int q3 = cur / d;
        cur = (cur - q3 * d) << 16 | hi & 0xFFFF;
        int q2 = cur / d;
        cur = (cur - q2 * d) << 16 | lo >>> 16;
        int q1 = cur / d;
        cur = (cur - q1 * d) << 16 | lo & 0xFFFF;
        int q0 = cur / d;
        remainder = cur - q0 * d;
        return (long) (q3 << 16 | q2) << 32 | (q1 << 16 | q0) & 0xFFFFFFFFL;
    }
}
