package rtgo.runtime;

/*
 * DecimalToFloat: Double.parseDouble and Float.parseFloat, returning the raw bits.
 *
 * Design note. The grammar and the exceptions are the JDK's (checked against Temurin 25):
 * chars <= ' ' trimmed at both ends, an optional sign, "NaN" or "Infinity", or decimal digits with
 * at most one point and an optional e/E exponent, or a hexadecimal significand 0x/0X with a
 * mandatory p/P binary exponent, then an optional f/F/d/D. Errors: "empty String" (nothing but
 * blanks), "multiple points" (raised as soon as a second point is met in the significand, before
 * anything after it is looked at), otherwise For input string: "<the untrimmed input>" (an input
 * over 1000 chars is shown as its first 497 chars, " ... " and its last 498, as the JDK does); a
 * null input is the NullPointerException the JDK's first use of it raises, with JDK 25's helpful
 * text (JDK 21, which trimmed first, names String.trim() instead). All go through Throw's
 * numberFormat, numberFormatInput and nullPointer(String).
 *
 * Rounding is correct (round half to even) for every input, and a float is rounded directly from
 * the decimal, never through a double (which would round twice). Values certainly zero or
 * infinite are decided from the decimal exponent alone. Otherwise the first 19 significant digits
 * form an integer F < 2^64, and x = F 10^e is bracketed as
 *     F G <= x 2^-r < (F + t)(G + g)
 * with G = floor(10^e 2^-r) the 126-bit table entry (PowersOfTen), t = 1 if digits were dropped
 * and g = 1 if G is not exact. Both ends are rounded to the format (with subnormals); when they
 * agree that is the answer (the bracket is about 2^-60 of x wide, so this is the usual case; the
 * idea is that of Clinger's and Lemire's fast paths, with an exact bracket instead of their
 * error analyses). Otherwise x is within that width of a rounding boundary and the result is the
 * lower end's rounding or the next value up: an exact comparison of x with the halfway point
 * between them decides, with small int[] natural numbers of 16-bit limbs (so that products fit
 * MULS): D 10^E against (2m+1) 2^(q-1) after moving the powers of 5 and 2 to one side each. Only
 * the first 780 digits (with a sticky nonzero digit for the rest) take part: a halfway point of a
 * double has at most 768 significant digits, so more cannot change the comparison.
 *
 * Hexadecimal input is exact in binary: the first 15 hex digits (60 bits, at least two bits more
 * than a double needs) plus a sticky bit for the rest are rounded the same way.
 *
 * Device cost: the fast path allocates nothing and does one 4x2 product of 32-bit pieces (16x16
 * MULS), two roundings and long shifts/adds; no long multiply or divide. The exact path allocates.
 */
public final class DecimalToFloat {
    private DecimalToFloat() {}

    /** The raw bits of Double.parseDouble(s). */
    public static long parseDouble(String s) {
        return parse(s, true);
    }

    /** The raw bits of Float.parseFloat(s). */
    public static int parseFloat(String s) {
        return (int) parse(s, false);
    }

    private static final long DOUBLE_INFINITY = 0x7FF0000000000000L;
    private static final long DOUBLE_NAN = 0x7FF8000000000000L;
    private static final long FLOAT_INFINITY = 0x7F800000L;
    private static final long FLOAT_NAN = 0x7FC00000L;

    /** Significant digits that take part in an exact comparison. */
    private static final int MAX_DIGITS = 780;

    /** The rounding of a bracket end (six words, least significant first). */
    private static final int[] WORDS = new int[6];

    private static long parse(String in, boolean isDouble) {
        if (in == null) {
            Throw.nullPointer("Cannot invoke \"String.length()\" because \"in\" is null");
            return 0;
        }
        int len = in.length();
        int i = skipBlanks(in, 0);
        if (i == len) {
            Throw.numberFormat("empty String");
        }
        boolean negative = false;
        int ch = in.charAt(i);
        if (ch == '-' || ch == '+') {
            negative = ch == '-';
            i++;
        }
        long sign = negative ? (isDouble ? 1L << 63 : 0x80000000L) : 0;
        boolean hex = false;
        if (i < len) {
            ch = in.charAt(i);
            if (ch == 'I') {
                symbolic(in, i, "Infinity");
                return sign | (isDouble ? DOUBLE_INFINITY : FLOAT_INFINITY);
            }
            if (ch == 'N') {
                symbolic(in, i, "NaN");
                return isDouble ? DOUBLE_NAN : FLOAT_NAN;
            }
            if (ch == '0' && i + 1 < len && (in.charAt(i + 1) | 0x20) == 'x') {
                hex = true;
                i += 2;
            }
        }

        // the significand: leading zeros (and the point among them), then the rest
        int point = -1;
        int start = i;
        while (i < len && ((ch = in.charAt(i)) == '0' || ch == '.')) {
            if (ch == '.') {
                point = onePoint(point, i);
            }
            i++;
        }
        int lead = i; // the first significant digit, if there is one
        int last = -1; // the last nonzero digit
        while (i < len) {
            ch = in.charAt(i);
            if (ch == '.') {
                point = onePoint(point, i);
            } else if (digitValue(ch, hex) < 0) {
                break;
            } else if (ch != '0') {
                last = i;
            }
            i++;
        }
        check(in, i - start > (point >= 0 ? 1 : 0));
        int stop = i;

        // the exponent: decimal digits, clamped far beyond any string length
        long exponent = 0;
        boolean hasExponent = false;
        if (i < len && ((ch = in.charAt(i) | 0x20) == 'e' && !hex || ch == 'p' && hex)) {
            i++;
            boolean exponentNegative = false;
            if (i < len && ((ch = in.charAt(i)) == '-' || ch == '+')) {
                exponentNegative = ch == '-';
                i++;
            }
            int digits = i;
            while (i < len && (ch = in.charAt(i)) >= '0' && ch <= '9') {
                exponent = exponent < 1_000_000_000L ? (exponent << 3) + (exponent << 1) + (ch - '0') : 10_000_000_000L;
                i++;
            }
            check(in, i > digits);
            if (exponentNegative) {
                exponent = -exponent;
            }
            hasExponent = true;
        }
        check(in, !hex || hasExponent);
        if (i < len && ((ch = in.charAt(i) | 0x20) == 'f' || ch == 'd')) {
            i++;
        }
        check(in, skipBlanks(in, i) == len);

        if (last < 0) {
            return sign; // all digits zero, whatever the exponent
        }
        // x = F * base^ep, F the digits lead..last without the point
        int pointAt = point >= 0 ? point : stop;
        int n = last - lead + 1 - (point > lead && point < last ? 1 : 0);
        long ep = last < pointAt ? pointAt - last - 1 : pointAt - last;
        if (hex) {
            return sign | hexadecimal(in, lead, n, (ep << 2) + exponent, isDouble);
        }
        return sign | decimal(in, lead, last, n, ep + exponent, isDouble);
    }

    // ---- decimal ------------------------------------------------------------------------------------

    private static long decimal(String in, int lead, int last, int n, long ep, boolean isDouble) {
        long e10 = n + ep; // 10^(e10-1) <= x < 10^e10
        if (e10 <= (isDouble ? -324 : -46)) {
            return 0;
        }
        if (e10 >= (isDouble ? 310 : 40)) {
            return isDouble ? DOUBLE_INFINITY : FLOAT_INFINITY;
        }
        int count = n < 19 ? n : 19;
        long f = 0;
        int at = lead;
        for (int k = 0; k < count; k++) {
            int ch = in.charAt(at++);
            if (ch == '.') {
                ch = in.charAt(at++);
            }
            f = (f << 3) + (f << 1) + (ch - '0');
        }
        boolean truncated = n > count;
        int e = (int) e10 - count;
        boolean exact = PowersOfTen.load(e);
        int r = PowersOfTen.flog2pow10(e) - 125;
        int f0 = (int) f;
        int f1 = (int) (f >>> 32);
        PowersOfTen.multiply(4, f0, f1);
        int[] w = WORDS;
        int[] p = PowersOfTen.P;
        for (int k = 0; k < 6; k++) {
            w[k] = p[k];
        }
        long low = round(w, r, isDouble);
        if (exact && !truncated) {
            return low;
        }
        if (!exact) {
            addWords(w, f0, f1, 0, 0);
        }
        if (truncated) {
            int[] g = PowersOfTen.G;
            addWords(w, g[0], g[1], g[2], g[3]);
            if (!exact) {
                addWords(w, 1, 0, 0, 0);
            }
        }
        long high = round(w, r, isDouble);
        if (high == low) {
            return low;
        }
        return exactly(in, lead, last, n, e10, low, isDouble);
    }

    /** w += the 128-bit value a3:a2:a1:a0. */
    private static void addWords(int[] w, int a0, int a1, int a2, int a3) {
        long carry = 0;
        for (int k = 0; k < 6; k++) {
            int a = k == 0 ? a0 : k == 1 ? a1 : k == 2 ? a2 : k == 3 ? a3 : 0;
            long sum = (w[k] & 0xFFFFFFFFL) + (a & 0xFFFFFFFFL) + carry;
            w[k] = (int) sum;
            carry = sum >>> 32;
        }
    }

    /**
     * The rounding of x to the format is {@code low} (the rounding of a lower bound) or the value
     * after it: compares x = D 10^E exactly with the halfway point (2m+1) 2^(q-1) between them.
     */
    private static long exactly(String in, int lead, int last, int n, long e10, long low, boolean isDouble) {
        int precision = isDouble ? 53 : 24;
        int qMin = isDouble ? -1074 : -149;
        long hidden = 1L << (precision - 1);
        int biased = (int) (low >>> (precision - 1));
        long m = low & hidden - 1;
        int q = qMin;
        if (biased != 0) {
            m |= hidden;
            q = biased + qMin - 1;
        }
        // D: the digits, at most MAX_DIGITS of them, the last one a sticky 1 when cut
        int used = n <= MAX_DIGITS ? n : MAX_DIGITS;
        Natural d = new Natural(used / 4 + 4);
        int group = 0;
        int inGroup = 0;
        int at = lead;
        for (int k = 0; k < used; k++) {
            int ch = in.charAt(at++);
            if (ch == '.') {
                ch = in.charAt(at++);
            }
            int digit = k == MAX_DIGITS - 1 && n > MAX_DIGITS ? 1 : ch - '0';
            group = group * 10 + digit;
            if (++inGroup == 4) {
                d.multiplyAdd(10000, group);
                group = 0;
                inGroup = 0;
            }
        }
        if (inGroup > 0) {
            d.multiplyAdd(inGroup == 1 ? 10 : inGroup == 2 ? 100 : 1000, group);
        }
        int e = (int) e10 - used;
        Natural h = new Natural(8);
        long odd = (m << 1) + 1;
        h.multiplyAdd(1, (int) odd & 0xFFFF);
        for (int shift = 16; shift < 64; shift += 16) {
            h.limb[shift >>> 4] = (int) (odd >>> shift) & 0xFFFF;
        }
        h.size = 4;
        if (e >= 0) {
            d.multiplyPow5(e);
        } else {
            h.multiplyPow5(-e);
        }
        int twos = e - (q - 1);
        if (twos >= 0) {
            d.shiftLeft(twos);
        } else {
            h.shiftLeft(-twos);
        }
        int cmp = d.compareTo(h);
        return cmp > 0 || cmp == 0 && (m & 1) != 0 ? low + 1 : low;
    }

    // ---- hexadecimal --------------------------------------------------------------------------------

    private static long hexadecimal(String in, int lead, int n, long ep, boolean isDouble) {
        int count = n < 15 ? n : 15;
        long c = 0;
        int at = lead;
        for (int k = 0; k < count; k++) {
            int ch = in.charAt(at++);
            if (ch == '.') {
                ch = in.charAt(at++);
            }
            c = c << 4 | digitValue(ch, true);
        }
        long e = ep;
        if (n > count) {
            c |= 1; // sticky: the dropped digits are not all zero
            e += (long) (n - count) << 2;
        }
        int hi = (int) (c >>> 32);
        int length = hi != 0 ? 64 - Integer.numberOfLeadingZeros(hi) : 32 - Integer.numberOfLeadingZeros((int) c);
        if (e + length < (isDouble ? -1074 : -149)) {
            return 0; // below half the smallest subnormal
        }
        if (e + length - 1 > (isDouble ? 1023 : 127)) {
            return isDouble ? DOUBLE_INFINITY : FLOAT_INFINITY;
        }
        int[] w = WORDS;
        w[0] = (int) c;
        w[1] = hi;
        for (int k = 2; k < 6; k++) {
            w[k] = 0;
        }
        return round(w, (int) e, isDouble);
    }

    // ---- rounding -----------------------------------------------------------------------------------

    /**
     * The bits (without sign) of w 2^r rounded half to even to the double or float format; w is
     * six words, not zero, and the value is below the overflow range of the caller's checks plus
     * a margin (anything too large becomes infinity).
     */
    private static long round(int[] w, int r, boolean isDouble) {
        int precision = isDouble ? 53 : 24;
        int qMin = isDouble ? -1074 : -149;
        int top = 5;
        while (w[top] == 0) {
            top--;
        }
        int length = (top << 5) + 32 - Integer.numberOfLeadingZeros(w[top]);
        int q = length + r - precision;
        if (q < qMin) {
            q = qMin;
        }
        int drop = q - r;
        long m;
        if (drop <= 0) {
            m = ((long) w[1] << 32 | w[0] & 0xFFFFFFFFL) << -drop; // fits: length <= precision + drop
        } else {
            m = bitsFrom(w, drop);
            boolean half = (word(w, (drop - 1) >>> 5) >>> (drop - 1 & 31) & 1) != 0;
            if (half && ((m & 1) != 0 || anyBelow(w, drop - 1))) {
                m++;
            }
        }
        if (m >>> precision != 0) { // rounded up to the next binade
            m >>>= 1;
            q++;
        }
        long hidden = 1L << (precision - 1);
        if (m < hidden) {
            return m; // subnormal or zero
        }
        long biased = q - qMin + 1;
        if (biased >= (isDouble ? 2047 : 255)) {
            return isDouble ? DOUBLE_INFINITY : FLOAT_INFINITY;
        }
        return biased << (precision - 1) | m & hidden - 1;
    }

    private static int word(int[] w, int index) {
        return index < w.length ? w[index] : 0;
    }

    /** The 64 bits of w from bit {@code from} up. */
    private static long bitsFrom(int[] w, int from) {
        int index = from >>> 5;
        int shift = from & 31;
        int a = word(w, index);
        int b = word(w, index + 1);
        if (shift == 0) {
            return (long) b << 32 | a & 0xFFFFFFFFL;
        }
        int c = word(w, index + 2);
        int lo = a >>> shift | b << (32 - shift);
        int hi = b >>> shift | c << (32 - shift);
        return (long) hi << 32 | lo & 0xFFFFFFFFL;
    }

    /** Whether any of bits 0..count-1 of w is set. */
    private static boolean anyBelow(int[] w, int count) {
        int full = count >>> 5;
        for (int k = 0; k < full && k < w.length; k++) {
            if (w[k] != 0) {
                return true;
            }
        }
        int rest = count & 31;
        return rest != 0 && (word(w, full) & (1 << rest) - 1) != 0;
    }

    // ---- scanning -----------------------------------------------------------------------------------

    private static int skipBlanks(String in, int i) {
        int len = in.length();
        while (i < len && in.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    /** The value of a decimal (or, when hex, hexadecimal) digit; -1 for any other char. */
    private static int digitValue(int ch, boolean hex) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        int lower = ch | 0x20;
        return hex && lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /** "NaN" or "Infinity" at i, then only blanks. */
    private static void symbolic(String in, int i, String word) {
        int n = word.length();
        boolean ok = i + n <= in.length();
        for (int k = 0; ok && k < n; k++) {
            ok = in.charAt(i + k) == word.charAt(k);
        }
        check(in, ok && skipBlanks(in, i + n) == in.length());
    }

    /** The point's index, if it is the first point of the significand. */
    private static int onePoint(int point, int i) {
        if (point >= 0) {
            Throw.numberFormat("multiple points");
        }
        return i;
    }

    /** Raises the JDK's report of malformed input unless {@code ok}. */
    private static void check(String in, boolean ok) {
        if (!ok) {
            int len = in.length();
            String shown = len <= 1000 ? in : in.substring(0, 497) + " ... " + in.substring(len - 498);
            Throw.numberFormatInput(shown, 10);
        }
    }

    // ---- exact arithmetic ---------------------------------------------------------------------------

    /** A natural number in 16-bit limbs (one per int, least significant first), for the exact path. */
    private static final class Natural {
        int[] limb;
        int size;

        Natural(int capacity) {
            limb = new int[capacity];
        }

        private void grow(int needed) {
            if (needed > limb.length) {
                int[] bigger = new int[needed + (needed >> 1) + 4];
                for (int k = 0; k < size; k++) {
                    bigger[k] = limb[k];
                }
                limb = bigger;
            }
        }

        /** this = this * factor + addend, both below 2^16. */
        void multiplyAdd(int factor, int addend) {
            int carry = addend;
            int[] l = limb;
            for (int k = 0; k < size; k++) {
                int t = l[k] * factor + carry; // below 2^32, unsigned
                l[k] = t & 0xFFFF;
                carry = t >>> 16;
            }
            while (carry != 0) {
                grow(size + 1);
                limb[size++] = carry & 0xFFFF;
                carry >>>= 16;
            }
        }

        void multiplyPow5(int k) {
            while (k >= 6) {
                multiplyAdd(15625, 0);
                k -= 6;
            }
            int factor = 1;
            for (int j = 0; j < k; j++) {
                factor *= 5;
            }
            if (factor > 1) {
                multiplyAdd(factor, 0);
            }
        }

        void shiftLeft(int bits) {
            int limbs = bits >>> 4;
            int shift = bits & 15;
            grow(size + limbs + 1);
            int[] l = limb;
            l[size + limbs] = 0;
            for (int k = size - 1; k >= 0; k--) {
                int v = l[k] << shift;
                l[k + limbs + 1] |= v >>> 16;
                l[k + limbs] = v & 0xFFFF;
            }
            for (int k = 0; k < limbs; k++) {
                l[k] = 0;
            }
            size += limbs + 1;
            while (size > 0 && l[size - 1] == 0) {
                size--;
            }
        }

        int compareTo(Natural other) {
            int a = size;
            while (a > 0 && limb[a - 1] == 0) {
                a--;
            }
            int b = other.size;
            while (b > 0 && other.limb[b - 1] == 0) {
                b--;
            }
            if (a != b) {
                return a < b ? -1 : 1;
            }
            for (int k = a - 1; k >= 0; k--) {
                if (limb[k] != other.limb[k]) {
                    return limb[k] < other.limb[k] ? -1 : 1;
                }
            }
            return 0;
        }
    }
}
