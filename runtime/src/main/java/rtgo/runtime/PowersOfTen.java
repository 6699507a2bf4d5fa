package rtgo.runtime;

/*
 * PowersOfTen: 126-bit approximations of the powers of ten, and the 32-bit-piece multiplication
 * FloatToDecimal and DecimalToFloat do with them.
 *
 * Design note. Both conversions need, for a decimal exponent e, the integer
 *     G(e) = floor(10^e * 2^-r(e)),  r(e) = floor(e log2 10) - 125,  so 2^125 <= G(e) < 2^126,
 * for e in [-348, 324]: Schubfach's k (in [-324, 292]) uses e = -k, the parser needs down to
 * -342 (a 19-digit significand of a value near Double.MIN_VALUE). Stored in full that is 673
 * entries of 16 bytes, 10.7 KB of flash. Instead one entry in 28 is stored (25 "bases", 200
 * chars of a String literal, 400 bytes) and the others are computed from the base below them:
 *     G(e0 + j) = G(e0) * 5^j * 2^-s,   s = floor((e0 + j) log2 10) - floor(e0 log2 10) - j,
 * with 5^j < 2^63 (j <= 27). Multiplying the stored floor(G(e0)) instead of G(e0) loses less than
 * 5^j / 2^s < 2 units, so the floor of the product is G(e) minus 0, 1 or 2; that correction is
 * kept for every e in 2 bits (CORRECTIONS, 85 chars, 170 bytes). Total flash of the tables: 570
 * bytes of chars plus two String headers. The host test PowersOfTenTest regenerates both strings
 * with BigInteger and checks every decoded entry against the exact value.
 *
 * The floor(log) helpers are the usual fixed-point products (checked exactly over their whole
 * domain by the host test). Products are built from 32x32->64 multiplications, each made of four
 * 16x16 MULS, because a long*long is a helper call on the M0+. Results travel in static arrays
 * (G, P) rather than new objects: the conversions must not allocate on their fast paths. The
 * device runs one thread, so sharing the buffers between the two users is safe as long as neither
 * calls the other while a result is live.
 */
final class PowersOfTen {
    private PowersOfTen() {}

    /** The range of e covered, and the spacing of the stored bases. */
    static final int E_MIN = -348;
    static final int E_MAX = 324;
    static final int STEP = 28;

    /** floor(G(E_MIN + STEP * i)), i = 0..24, 8 chars each, most significant first. */
    static final String BASES = "\u3ea3\uf568\u0207\242\u05cc\ub21a\u7358\u3914\u3f40\u2e25\ud1e0\u8e34\u2248\u2c26\u2555"
            + "\u48ad\u3fdd\uec7f\u2faf\u3713\uc97a\u3a27\u04ee\uc3de\u203e\u9a1f\ue207\u1fe3\u9f39\u998d"
            + "\u2f27\u42e6\u208f\u049e\u576d\ub395\uddb1\u4f42\u35ad\uc216\u20e0\u37aa\u4f69\u2f18\u1091"
            + "\uf2e7\u967d\uc79b\u2132\u3537\uf4b1\u8fce\uca7b\u367d\20\u781c\u2184\uff40\u5161\udd61"
            + "\u6f41\u9d0b\u3a57\ud7cd\u21d8\u97c1\u5b1f\u12a2\uc451\uc735\ud92b\u525c\u222d\275\uff5d"
            + "\u54e6\uc476\uf2c0\u863a\ued05\u2282\u3c3e\u2fc3\uc55a\uc6e3\ua7b2\ud906\ud63f\u22d8\u4c4e"
            + "\ueeaf\u38b1\u88c8\ueb12\ucecf\u6805\u232f\u3302\u5bd4\u2232\ufe4f\ue1ed\ud10b\u9174\u2386"
            + "\uf26f\uc100\0\0\0\0\0\u23df\u8cb3\u9efa\u971b\uf920\u8008\ue880\0\u2439\u03ef\uba87\u4e92"
            + "\uaf22\u557a\u51bf\u8c73\u2493\u5a4b\u2986\uf9d6\u164f\u0989\u9c17\ue715\u24ee\u91f2\u603a"
            + "\u6337\uf19b\uccdb\u0dac\u404d\u254a\uad17\u3ea5\ue82c\ub765\u169d\u1efc\u9860\u25a7\uadf1"
            + "\u1e16\u79d0\ue7d9\u12b9\u692c\u6cc9\u2605\u96bc\udec8\u54f7\ub0dc\u9e8c\udea2\udc12\u2664"
            + "\u69bc\uf5af\uc5d9\u6b32\u9b68\u782a\u3bca\u26c4\u2939\u7a64\u4c4a\u329f\u3cad\u0647\u20c9"
            + "\u2724\ud780\u352e\u7634\u9bb4\u6fe6\u95a7\uccf4\u2786\u76e4\uad38\uc6ea\u5b01\ue8b0\u9aa0"
            + "\ud1b4";

    /** The correction of each e (2 bits, 8 to a char, lowest bits first). */
    static final String CORRECTIONS = "\u0154\u5155\u4555\u4051\100\u1010\4\u4044\u5514\4\u5400\u4551\u5545\u4105\100\0\0\u0400"
            + "\u4555\u4015\u1054\u5964\u9659\u5955\u1452\u5515\u1545\u5155\u0550\u9555\u5550\125\u0400"
            + "\u1400\u0104\u5a54\u96a6\u5565\u5095\u5004\u1051\u5405\u4954\ua996\uaaaa\252\0\0\0\0\0\0"
            + "\u1400\u5144\u0544\u4105\u5454\u0555\u5555\u1455\u5515\u5555\u5545\u5554\u6595\u5555\226"
            + "\120\u4050\105\u0544\u5041\u0505\u1051\20\u0400\u1101\u0514\u5515\u1155\u5440\u5559\u5955"
            + "\u5591\0";

    /** The loaded G, four 32-bit words, least significant first. */
    static final int[] G = new int[4];

    /** A product G * c, six words, least significant first. */
    static final int[] P = new int[6];

    /** floor(e log2 10), for |e| <= 400. */
    static int flog2pow10(int e) {
        return (e * 1741647) >> 19;
    }

    /** floor(q log10 2), for |q| <= 1100. */
    static int flog10pow2(int q) {
        return (q * 78913) >> 18;
    }

    /** floor(log10(3/4 2^q)), for |q| <= 1100. */
    static int flog10threeQuartersPow2(int q) {
        return (q * 315653 - 131007) >> 20;
    }

    /**
     * Loads floor(G(e)) into G (E_MIN <= e <= E_MAX); returns whether that is G(e) exactly (only
     * 0 <= e <= 54 are, where 10^e * 2^-r(e) is an integer).
     */
    static boolean load(int e) {
        int index = e - E_MIN;
        int base = index / STEP;
        int j = index - base * STEP;
        int at = base * 8;
        String bases = BASES;
        G[3] = bases.charAt(at) << 16 | bases.charAt(at + 1);
        G[2] = bases.charAt(at + 2) << 16 | bases.charAt(at + 3);
        G[1] = bases.charAt(at + 4) << 16 | bases.charAt(at + 5);
        G[0] = bases.charAt(at + 6) << 16 | bases.charAt(at + 7);
        if (j != 0) {
            long five = 5;
            for (int i = 1; i < j; i++) {
                five += five << 2;
            }
            multiply(4, (int) five, (int) (five >>> 32));
            int s = flog2pow10(e) - flog2pow10(e - j) - j; // 0 < s < 64
            int bits = s & 31;
            int word = s >>> 5;
            for (int i = 0; i < 4; i++) {
                int low = P[i + word];
                G[i] = bits == 0 ? low : low >>> bits | P[i + word + 1] << (32 - bits);
            }
            int correction = CORRECTIONS.charAt(index >>> 3) >>> ((index & 7) << 1) & 3;
            add(correction);
        }
        return e >= 0 && e >= flog2pow10(e) - 125;
    }

    /** G += value (small and non-negative; G stays below 2^128). */
    static void add(int value) {
        long carry = value;
        for (int i = 0; i < 4 && carry != 0; i++) {
            long sum = (G[i] & 0xFFFFFFFFL) + carry;
            G[i] = (int) sum;
            carry = sum >>> 32;
        }
    }

    /**
     * P = G * c, where G has {@code words} significant words (the rest zero) and c is the unsigned
     * 64-bit value c1:c0. All six words of P are written.
     */
    static void multiply(int words, int c0, int c1) {
        int[] g = G;
        int[] p = P;
        long carry = 0;
        for (int i = 0; i < words; i++) {
            long t = mul32(g[i], c0) + carry;
            p[i] = (int) t;
            carry = t >>> 32;
        }
        p[words] = (int) carry;
        for (int i = words + 1; i < 6; i++) {
            p[i] = 0;
        }
        if (c1 != 0) {
            carry = 0;
            for (int i = 0; i < words; i++) {
                long t = mul32(g[i], c1) + (p[i + 1] & 0xFFFFFFFFL) + carry;
                p[i + 1] = (int) t;
                carry = t >>> 32;
            }
            p[words + 1] = (int) carry;
        }
    }

    /** The unsigned 64-bit product of two unsigned 32-bit values, from four 16x16 products. */
    static long mul32(int a, int b) {
        int al = a & 0xFFFF;
        int ah = a >>> 16;
        int bl = b & 0xFFFF;
        int bh = b >>> 16;
        int ll = al * bl;
        int hl = ah * bl;
        int mid = (ll >>> 16) + (hl & 0xFFFF) + al * bh; // below 2^32, unsigned
        int hi = ah * bh + (hl >>> 16) + (mid >>> 16);
        return (long) hi << 32 | (mid << 16 | ll & 0xFFFF) & 0xFFFFFFFFL;
    }
}
