package rtgo.runtime.classlib.java.lang;

/*
 * TStrictMath: java.lang.StrictMath (docs/abi.md, "Class library substitution"). The JDK specifies
 * StrictMath's transcendental functions as the results of fdlibm 5.3 (the "Freely Distributable
 * LIBM" of Sun Microsystems), so every method here gives results bit-identical to the host's
 * StrictMath. TMath delegates its transcendental functions here too (the JDK lets Math differ from
 * StrictMath by an ulp or two; on the device both give the fdlibm result).
 *
 * Design note. The algorithms are fdlibm's, as published in its documentation and the comments of
 * its sources (the polynomial and rational coefficients, the thresholds and the order of the
 * operations are what makes the results bit-identical, so they are kept as they are):
 * - sin, cos, tan: reduction by Cody and Waite's three-part pi/2 for |x| < 2^19 * pi/2, and for
 *   larger arguments the Payne-Hanek reduction with 24-bit pieces of 2/pi (fdlibm's
 *   __kernel_rem_pio2), then minimax polynomials on [-pi/4, pi/4].
 * - asin, acos: rational approximations of (asin(x) - x) / x^3 and the half-angle identity
 *   asin(x) = pi/2 - 2 asin(sqrt((1 - x) / 2)) near 1; atan: reduction to [0, 7/16] with the
 *   breakpoints atan(1/2), atan(1), atan(3/2) and a degree-11 odd polynomial; atan2 from atan.
 * - exp: x = k ln2 + r with ln2 split in two, a Remez rational form of exp(r); expm1 likewise
 *   with a correction term; sinh, cosh, tanh from exp and expm1.
 * - log: x = 2^k (1 + f), log(1 + f) = 2s + s R(s^2) with s = f / (2 + f); log10 and log1p from
 *   the same series; pow computes log2(x) in extra precision (t1 + t2), multiplies by y split in
 *   two and raises 2 to the result.
 * - cbrt: a bit-level first guess (exponent divided by three), one rational refinement and one
 *   Newton step; hypot: sqrt of a sum computed with split operands, with scaling by 2^600.
 * - IEEEremainder: fdlibm's remainder (reduce with the exact % to |x| < 2|y|, then subtract |y|
 *   once or twice); scalb: fdlibm's scalbn, a single rounding as the JDK's Math.scalb.
 * Doubles are handled as raw bits through Double.doubleToRawLongBits/longBitsToDouble (free on
 * the device), which is how fdlibm reads and writes the high and low 32-bit words. The code is
 * written from the published algorithms (fdlibm 5.3's documented method and constants), not
 * copied from the JDK's FdLibm.java or fdlibm's C sources. NaN results are made as fdlibm makes
 * them ((x - x) / 0.0 and the like; the JDK's own Double.NaN for log1p), so their raw bits match
 * the host's where the soft-float's default NaN is the hardware's (on x86, the sign-set
 * 0xFFF8000000000000); a NaN argument comes back through x + x or x + y, whose payload the JDK
 * leaves to the hardware.
 *
 * Cost. Every double operation is a soft-float call (add and mul some 200-300 cycles, div about 600),
 * so the code keeps fdlibm's operation count and adds none: the reduction for sin/cos/tan returns
 * its two results in static fields (remY0, remY1) instead of an array (the device has one core and
 * no floating point in interrupt handlers, so the fields are not shared), the multiples of pi/2
 * compared in the reduction come from the product it computes anyway, and the 1584 bits of 2/pi
 * for huge arguments are a String literal of 12-bit pieces (no static initialiser to run).
 */
public final class TStrictMath {
    private TStrictMath() {}

    // ---- raw words of a double, as fdlibm's __HI and __LO

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double fromWords(int hi, int lo) {
        return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xFFFFFFFFL));
    }

    /** x with its high word replaced. */
    private static double withHi(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xFFFFFFFFL));
    }

    /** x with its low word cleared. */
    private static double clearLo(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFFFFFF00000000L);
    }

    private static double fabs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0x7FFFFFFFFFFFFFFFL);
    }

    // ---- delegated to TMath

    public static double sqrt(double a) {
        return TMath.sqrt(a);
    }

    public static double floor(double a) {
        return TMath.floor(a);
    }

    public static double ceil(double a) {
        return TMath.ceil(a);
    }

    public static double rint(double a) {
        return TMath.rint(a);
    }

    public static int abs(int a) {
        return TMath.abs(a);
    }

    public static long abs(long a) {
        return TMath.abs(a);
    }

    public static float abs(float a) {
        return TMath.abs(a);
    }

    public static double abs(double a) {
        return TMath.abs(a);
    }

    public static int max(int a, int b) {
        return TMath.max(a, b);
    }

    public static long max(long a, long b) {
        return TMath.max(a, b);
    }

    public static float max(float a, float b) {
        return TMath.max(a, b);
    }

    public static double max(double a, double b) {
        return TMath.max(a, b);
    }

    public static int min(int a, int b) {
        return TMath.min(a, b);
    }

    public static long min(long a, long b) {
        return TMath.min(a, b);
    }

    public static float min(float a, float b) {
        return TMath.min(a, b);
    }

    public static double min(double a, double b) {
        return TMath.min(a, b);
    }

    public static double signum(double d) {
        return TMath.signum(d);
    }

    public static float signum(float f) {
        return TMath.signum(f);
    }

    public static double copySign(double magnitude, double sign) {
        // StrictMath treats a NaN sign as positive
        return TMath.copySign(magnitude, sign != sign ? 1.0 : sign);
    }

    public static float copySign(float magnitude, float sign) {
        return TMath.copySign(magnitude, sign != sign ? 1.0f : sign);
    }

    public static double toRadians(double angdeg) {
        return TMath.toRadians(angdeg);
    }

    public static double toDegrees(double angrad) {
        return TMath.toDegrees(angrad);
    }

    public static long round(double a) {
        return TMath.round(a);
    }

    public static int round(float a) {
        return TMath.round(a);
    }

    // ---- scalbn: x * 2^n with one rounding

    /** x * 2^n, correctly rounded (fdlibm's scalbn; the same results as Math.scalb). */
    static double scalbn(double x, int n) {
        int hx = hi(x);
        int k = (hx & 0x7FF00000) >> 20;
        if (k == 0) {
            if (((hx & 0x7FFFFFFF) | lo(x)) == 0) {
                return x;
            }
            x *= 1.80143985094819840000e+16; // 2^54
            hx = hi(x);
            k = ((hx & 0x7FF00000) >> 20) - 54;
        }
        if (k == 0x7FF) {
            return x + x;
        }
        if (n > 5000) {
            n = 5000;
        } else if (n < -5000) {
            n = -5000;
        }
        k += n;
        if (k > 0x7FE) {
            return hx < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (k > 0) {
            return withHi(x, (hx & 0x800FFFFF) | (k << 20));
        }
        if (k <= -54) {
            return hx < 0 ? -0.0 : 0.0;
        }
        return withHi(x, (hx & 0x800FFFFF) | ((k + 54) << 20)) * 5.55111512312578270212e-17; // 2^-54
    }

    // ---- trigonometric kernels on [-pi/4, pi/4]; y is the tail of x

    private static double kernelSin(double x, double y, boolean tailed) {
        int ix = hi(x) & 0x7FFFFFFF;
        if (ix < 0x3E400000) { // |x| < 2^-27
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = 8.33333333332248946124e-03 + z * (-1.98412698298579493134e-04
                + z * (2.75573137070700676789e-06 + z * (-2.50507602534068634195e-08
                + z * 1.58969099521155010221e-10)));
        if (!tailed) {
            return x + v * (-1.66666666666666324348e-01 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * -1.66666666666666324348e-01);
    }

    private static double kernelCos(double x, double y) {
        int ix = hi(x) & 0x7FFFFFFF;
        if (ix < 0x3E400000) { // |x| < 2^-27
            return 1.0;
        }
        double z = x * x;
        double r = z * (4.16666666666666019037e-02 + z * (-1.38888888888741095749e-03
                + z * (2.48015872894767294178e-05 + z * (-2.75573143513906633035e-07
                + z * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11)))));
        if (ix < 0x3FD33333) { // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > 0x3FE90000 ? 0.28125 : fromWords(ix - 0x00200000, 0); // x/4
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /** tan(x + y) if k is 1, -1/tan(x + y) if k is -1. */
    private static double kernelTan(double x, double y, int k) {
        int hx = hi(x);
        int ix = hx & 0x7FFFFFFF;
        double z;
        double w;
        double v;
        double s;
        double r;
        if (ix < 0x3E300000) { // |x| < 2^-28
            if (((ix | lo(x)) | (k + 1)) == 0) {
                return 1.0 / fabs(x);
            }
            if (k == 1) {
                return x;
            }
            w = x + y;
            z = clearLo(w);
            v = y - (z - x);
            double a = -1.0 / w;
            double t = clearLo(a);
            s = 1.0 + t * z;
            return t + a * (s + t * v);
        }
        boolean big = ix >= 0x3FE59428; // |x| >= 0.6744
        if (big) {
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            z = 7.85398163397448278999e-01 - x;
            w = 3.06161699786838301793e-17 - y;
            x = z + w;
            y = 0.0;
        }
        z = x * x;
        w = z * z;
        r = 1.33333333333201242699e-01 + w * (2.18694882948595424599e-02 + w * (3.59207910759131235356e-03
                + w * (5.88041240820264096874e-04 + w * (7.81794442939557092300e-05
                + w * -1.85586374855275456654e-05))));
        v = z * (5.39682539762260521377e-02 + w * (8.86323982359930005737e-03 + w * (1.45620945432529025516e-03
                + w * (2.46463134818469906812e-04 + w * (7.14072491382608190305e-05
                + w * 2.59073051863633712884e-05)))));
        s = z * x;
        r = y + z * (s * (r + v) + y);
        r += 3.33333333333334091986e-01 * s;
        w = x + r;
        if (big) {
            v = k;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (k == 1) {
            return w;
        }
        z = clearLo(w);
        v = r - (z - x);
        double a = -1.0 / w;
        double t = clearLo(a);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    // ---- argument reduction x = n pi/2 + (remY0 + remY1)

    private static double remY0;
    private static double remY1;

    /** 2/pi in 12-bit pieces (plus 0x1000), 132 pieces = 66 of fdlibm's 24-bit words. */
    private static final String TWO_OVER_PI =
            "\u1A2F\u1983\u16E4\u1E44\u1152\u19FC\u1275\u17D1\u1F53\u14DD\u1C0D\u1B62\u1959\u193C"
            + "\u1439\u1041\u1FE5\u1163\u1ABD\u1EBB\u1C56\u11B7\u1246\u1E3A\u1424\u1DD2\u1E00\u1649"
            + "\u12EE\u1A09\u1D19\u121C\u1FE1\u1DEB\u11CB\u1129\u1A73\u1EE8\u1823\u15F5\u12EB\u1B44"
            + "\u184E\u199C\u1702\u16B4\u15F7\u1E41\u1399\u11D6\u1398\u1353\u139F\u149C\u1845\u1F8B"
            + "\u1BDF\u1928\u13B1\u1FF8\u197F\u1FDE\u1059\u180F\u1EF2\u1F11\u18B5\u1A0A\u16D1\u1F6D"
            + "\u1367\u1ECF\u127C\u1B09\u1B74\u1F46\u13F6\u169E\u15FE\u1A2D\u1752\u17BA\u1C7E\u1BE5"
            + "\u1F17\u1B3D\u1073\u19F7\u18A5\u1292\u1EA6\u1BFB\u15FB\u111F\u18D5\u1D08\u1560\u1330"
            + "\u146F\u1C7B\u16BA\u1BF0\u1CFB\u1C20\u19AF\u1436\u11DA\u19E3\u1916\u115E\u1E61\u1B08"
            + "\u1659\u1985\u15F1\u14A0\u1684\u108D\u1FFD\u1880\u14D7\u1327\u1310\u1606\u1155\u16CA"
            + "\u173A\u18C9\u160E\u127B\u1C08\u1C6B";

    /** The j-th 24-bit word of 2/pi (j = 0 holds the first 24 bits after the binary point). */
    private static int twoOverPi(int j) {
        return ((TWO_OVER_PI.charAt(2 * j) - 0x1000) << 12) | (TWO_OVER_PI.charAt(2 * j + 1) - 0x1000);
    }

    private static final double PIO2_1 = 1.57079632673412561417e+00; // first 33 bits of pi/2
    private static final double PIO2_1T = 6.07710050650619224932e-11; // pi/2 - PIO2_1
    private static final double PIO2_2 = 6.07710050630396597660e-11; // second 33 bits
    private static final double PIO2_2T = 2.02226624879595063154e-21;
    private static final double PIO2_3 = 2.02226624871116645580e-21; // third 33 bits
    private static final double PIO2_3T = 8.47842766036889956997e-32;

    /** Reduces x (|x| > pi/4, finite) to remY0 + remY1 in [-pi/4, pi/4]; returns n mod 8 or n. */
    private static int remPio2(double x) {
        int hx = hi(x);
        int ix = hx & 0x7FFFFFFF;
        double z;
        if (ix < 0x4002D97C) { // |x| < 3pi/4: n = +-1
            if (hx > 0) {
                z = x - PIO2_1;
                if (ix != 0x3FF921FB) {
                    double y0 = z - PIO2_1T;
                    remY0 = y0;
                    remY1 = (z - y0) - PIO2_1T;
                } else { // near pi/2: 33 more bits
                    z -= PIO2_2;
                    double y0 = z - PIO2_2T;
                    remY0 = y0;
                    remY1 = (z - y0) - PIO2_2T;
                }
                return 1;
            }
            z = x + PIO2_1;
            if (ix != 0x3FF921FB) {
                double y0 = z + PIO2_1T;
                remY0 = y0;
                remY1 = (z - y0) + PIO2_1T;
            } else {
                z += PIO2_2;
                double y0 = z + PIO2_2T;
                remY0 = y0;
                remY1 = (z - y0) + PIO2_2T;
            }
            return -1;
        }
        if (ix <= 0x413921FB) { // |x| <= 2^19 pi/2: medium size
            double t = fabs(x);
            int n = (int) (t * 6.36619772367581382433e-01 + 0.5);
            double fn = n;
            double p = fn * PIO2_1; // exact; its high word is that of n pi/2 for n < 32
            double r = t - p;
            double w = fn * PIO2_1T;
            double y0 = r - w;
            if (n >= 32 || ix == hi(p)) {
                int j = ix >> 20;
                int i = j - ((hi(y0) >> 20) & 0x7FF);
                if (i > 16) { // cancellation: 33 more bits
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y0 = r - w;
                    i = j - ((hi(y0) >> 20) & 0x7FF);
                    if (i > 49) { // and 33 more
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y0 = r - w;
                    }
                }
            }
            double y1 = (r - y0) - w;
            if (hx < 0) {
                remY0 = -y0;
                remY1 = -y1;
                return -n;
            }
            remY0 = y0;
            remY1 = y1;
            return n;
        }
        // huge: split |x| / 2^e0 into three 24-bit pieces
        int e0 = (ix >> 20) - 1046;
        z = fromWords(ix - (e0 << 20), lo(x));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (int) z;
            z = (z - tx[i]) * 1.67772160000000000000e+07;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) {
            nx--;
        }
        int n = kernelRemPio2(tx, e0, nx);
        if (hx < 0) {
            remY0 = -remY0;
            remY1 = -remY1;
            return -n;
        }
        return n;
    }

    /** pi/2 in 24-bit pieces (fdlibm's PIo2). */
    private static double pio2Piece(int k) {
        switch (k) {
            case 0: return 1.57079625129699707031e+00;
            case 1: return 7.54978941586159635335e-08;
            case 2: return 5.39030252995776476554e-15;
            case 3: return 3.28200341580791294123e-22;
            case 4: return 1.27065575308067607349e-29;
            case 5: return 1.22933308981111328932e-36;
            case 6: return 2.73370053816464559624e-44;
            default: return 2.16741683877804819444e-51;
        }
    }

    /**
     * Payne-Hanek reduction of x = sum(xs[i] 2^(e0 - 24 i)) (fdlibm's __kernel_rem_pio2 with
     * double precision output, jk = 4): leaves the remainder in remY0 + remY1, returns n mod 8.
     */
    private static int kernelRemPio2(double[] xs, int e0, int nx) {
        final double two24 = 1.67772160000000000000e+07;
        final double twon24 = 5.96046447753906250000e-08;
        final int jk = 4;
        int[] iq = new int[20];
        double[] f = new double[20];
        double[] q = new double[20];
        double[] fq = new double[20];
        int jx = nx - 1;
        int jv = (e0 - 3) / 24;
        if (jv < 0) {
            jv = 0;
        }
        int q0 = e0 - 24 * (jv + 1);
        int j = jv - jx;
        int m = jx + jk;
        for (int i = 0; i <= m; i++, j++) {
            f[i] = j < 0 ? 0.0 : (double) twoOverPi(j);
        }
        for (int i = 0; i <= jk; i++) {
            double fw = 0.0;
            for (j = 0; j <= jx; j++) {
                fw += xs[j] * f[jx + i - j];
            }
            q[i] = fw;
        }
        int jz = jk;
        int n;
        int ih;
        double z;
        while (true) {
            // distill q[] into iq[] in reverse order
            z = q[jz];
            for (int i = 0, k = jz; k > 0; i++, k--) {
                double fw = (int) (twon24 * z);
                iq[i] = (int) (z - two24 * fw);
                z = q[k - 1] + fw;
            }
            z = scalbn(z, q0);
            z -= 8.0 * TMath.floor(z * 0.125);
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) {
                int i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }
            if (ih > 0) { // q > 0.5
                n += 1;
                int carry = 0;
                for (int i = 0; i < jz; i++) {
                    int v = iq[i];
                    if (carry == 0) {
                        if (v != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - v;
                        }
                    } else {
                        iq[i] = 0xFFFFFF - v;
                    }
                }
                if (q0 == 1) {
                    iq[jz - 1] &= 0x7FFFFF;
                } else if (q0 == 2) {
                    iq[jz - 1] &= 0x3FFFFF;
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= scalbn(1.0, q0);
                    }
                }
            }
            if (z == 0.0) {
                int t = 0;
                for (int i = jz - 1; i >= jk; i--) {
                    t |= iq[i];
                }
                if (t == 0) { // need more terms of 2/pi
                    int k = 1;
                    while (iq[jk - k] == 0) {
                        k++;
                    }
                    for (int i = jz + 1; i <= jz + k; i++) {
                        f[jx + i] = twoOverPi(jv + i);
                        double fw = 0.0;
                        for (j = 0; j <= jx; j++) {
                            fw += xs[j] * f[jx + i - j];
                        }
                        q[i] = fw;
                    }
                    jz += k;
                    continue;
                }
            }
            break;
        }
        // chop off zero terms
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {
            z = scalbn(z, -q0);
            if (z >= two24) {
                double fw = (int) (twon24 * z);
                iq[jz] = (int) (z - two24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }
        double fw = scalbn(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= twon24;
        }
        for (int i = jz; i >= 0; i--) {
            fw = 0.0;
            for (int k = 0; k <= jk && k <= jz - i; k++) {
                fw += pio2Piece(k) * q[i + k];
            }
            fq[jz - i] = fw;
        }
        fw = 0.0;
        for (int i = jz; i >= 0; i--) {
            fw += fq[i];
        }
        remY0 = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++) {
            fw += fq[i];
        }
        remY1 = ih == 0 ? fw : -fw;
        return n & 7;
    }

    // ---- sin, cos, tan

    public static double sin(double x) {
        int ix = hi(x) & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB) { // |x| <= pi/4
            return kernelSin(x, 0.0, false);
        }
        if (ix >= 0x7FF00000) {
            return x - x;
        }
        int n = remPio2(x);
        switch (n & 3) {
            case 0: return kernelSin(remY0, remY1, true);
            case 1: return kernelCos(remY0, remY1);
            case 2: return -kernelSin(remY0, remY1, true);
            default: return -kernelCos(remY0, remY1);
        }
    }

    public static double cos(double x) {
        int ix = hi(x) & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB) {
            return kernelCos(x, 0.0);
        }
        if (ix >= 0x7FF00000) {
            return x - x;
        }
        int n = remPio2(x);
        switch (n & 3) {
            case 0: return kernelCos(remY0, remY1);
            case 1: return -kernelSin(remY0, remY1, true);
            case 2: return -kernelCos(remY0, remY1);
            default: return kernelSin(remY0, remY1, true);
        }
    }

    public static double tan(double x) {
        int ix = hi(x) & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB) {
            return kernelTan(x, 0.0, 1);
        }
        if (ix >= 0x7FF00000) {
            return x - x;
        }
        int n = remPio2(x);
        return kernelTan(remY0, remY1, 1 - ((n & 1) << 1));
    }

    // ---- asin, acos, atan, atan2

    private static final double PIO2_HI = 1.57079632679489655800e+00;
    private static final double PIO2_LO = 6.12323399573676603587e-17;
    private static final double PIO4_HI = 7.85398163397448278999e-01;

    /** The rational (asin(sqrt(t)) - sqrt(t)) / sqrt(t) ~ p(t) / q(t) of asin and acos: p. */
    private static double asinP(double t) {
        return t * (1.66666666666666657415e-01 + t * (-3.25565818622400915405e-01
                + t * (2.01212532134862925881e-01 + t * (-4.00555345006794114027e-02
                + t * (7.91534994289814532176e-04 + t * 3.47933107596021167570e-05)))));
    }

    private static double asinQ(double t) {
        return 1.0 + t * (-2.40339491173441421878e+00 + t * (2.02094576023350569471e+00
                + t * (-6.88283971605453293030e-01 + t * 7.70381505559019352791e-02)));
    }

    public static double asin(double x) {
        int hx = hi(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix >= 0x3FF00000) { // |x| >= 1
            if (((ix - 0x3FF00000) | lo(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3FE00000) { // |x| < 0.5
            if (ix < 0x3E400000) { // |x| < 2^-27
                return x;
            }
            double t = x * x;
            double w = asinP(t) / asinQ(t);
            return x + x * w;
        }
        double w = 1.0 - fabs(x);
        double t = w * 0.5;
        double p = asinP(t);
        double q = asinQ(t);
        double s = TMath.sqrt(t);
        if (ix >= 0x3FEF3333) { // |x| > 0.975
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = clearLo(s);
            double c = (t - w * w) / (s + w);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    public static double acos(double x) {
        int hx = hi(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix >= 0x3FF00000) { // |x| >= 1
            if (((ix - 0x3FF00000) | lo(x)) == 0) {
                return hx > 0 ? 0.0 : 3.14159265358979311600e+00 + 2.0 * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3FE00000) { // |x| < 0.5
            if (ix <= 0x3C600000) { // |x| < 2^-57
                return PIO2_HI + PIO2_LO;
            }
            double z = x * x;
            double r = asinP(z) / asinQ(z);
            return PIO2_HI - (x - (PIO2_LO - x * r));
        }
        if (hx < 0) { // x < -0.5
            double z = (1.0 + x) * 0.5;
            double p = asinP(z);
            double q = asinQ(z);
            double s = TMath.sqrt(z);
            double r = p / q;
            double w = r * s - PIO2_LO;
            return 3.14159265358979311600e+00 - 2.0 * (s + w);
        }
        double z = (1.0 - x) * 0.5; // x > 0.5
        double s = TMath.sqrt(z);
        double df = clearLo(s);
        double c = (z - df * df) / (s + df);
        double r = asinP(z) / asinQ(z);
        double w = r * s + c;
        return 2.0 * (df + w);
    }

    public static double atan(double x) {
        int hx = hi(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix >= 0x44100000) { // |x| >= 2^66
            if (ix > 0x7FF00000 || (ix == 0x7FF00000 && lo(x) != 0)) {
                return x + x;
            }
            return hx > 0 ? 1.57079632679489655800e+00 + 6.12323399573676603587e-17
                    : -1.57079632679489655800e+00 - 6.12323399573676603587e-17;
        }
        int id;
        if (ix < 0x3FDC0000) { // |x| < 0.4375
            if (ix < 0x3E200000) { // |x| < 2^-29
                return x;
            }
            id = -1;
        } else {
            x = fabs(x);
            if (ix < 0x3FF30000) { // |x| < 1.1875
                if (ix < 0x3FE60000) { // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else { // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x40038000) { // |x| < 2.4375
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else { // 2.4375 <= |x| < 2^66
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (3.33333333333329318027e-01 + w * (1.42857142725034663711e-01
                + w * (9.09088713343650656196e-02 + w * (6.66107313738753120669e-02
                + w * (4.97687799461593236017e-02 + w * 1.62858201153657823623e-02)))));
        double s2 = w * (-1.99999999998764832476e-01 + w * (-1.11111104054623557880e-01
                + w * (-7.69187620504482999495e-02 + w * (-5.83357013379057348645e-02
                + w * -3.65315727442169155270e-02))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        double atanHi;
        double atanLo;
        switch (id) {
            case 0:
                atanHi = 4.63647609000806093515e-01;
                atanLo = 2.26987774529616870924e-17;
                break;
            case 1:
                atanHi = 7.85398163397448278999e-01;
                atanLo = 3.06161699786838301793e-17;
                break;
            case 2:
                atanHi = 9.82793723247329054082e-01;
                atanLo = 1.39033110312309984516e-17;
                break;
            default:
                atanHi = 1.57079632679489655800e+00;
                atanLo = 6.12323399573676603587e-17;
                break;
        }
        z = atanHi - ((x * (s1 + s2) - atanLo) - x);
        return hx < 0 ? -z : z;
    }

    public static double atan2(double y, double x) {
        final double pi = 3.1415926535897931160E+00;
        final double piLo = 1.2246467991473531772E-16;
        final double piO2 = 1.5707963267948965580E+00;
        final double piO4 = 7.8539816339744827900E-01;
        final double tiny = 1.0e-300;
        int hx = hi(x);
        int ix = hx & 0x7FFFFFFF;
        int lx = lo(x);
        int hy = hi(y);
        int iy = hy & 0x7FFFFFFF;
        int ly = lo(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7FF00000 || (iy | ((ly | -ly) >>> 31)) > 0x7FF00000) {
            return x + y; // NaN
        }
        if (((hx - 0x3FF00000) | lx) == 0) { // x = 1
            return atan(y);
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2 * sign(x) + sign(y)
        if ((iy | ly) == 0) { // y = 0
            switch (m) {
                case 0:
                case 1: return y;
                case 2: return pi + tiny;
                default: return -pi - tiny;
            }
        }
        if ((ix | lx) == 0) { // x = 0
            return hy < 0 ? -piO2 - tiny : piO2 + tiny;
        }
        if (ix == 0x7FF00000) { // x infinite
            if (iy == 0x7FF00000) {
                switch (m) {
                    case 0: return piO4 + tiny;
                    case 1: return -piO4 - tiny;
                    case 2: return 3.0 * piO4 + tiny;
                    default: return -3.0 * piO4 - tiny;
                }
            }
            switch (m) {
                case 0: return 0.0;
                case 1: return -0.0;
                case 2: return pi + tiny;
                default: return -pi - tiny;
            }
        }
        if (iy == 0x7FF00000) { // y infinite
            return hy < 0 ? -piO2 - tiny : piO2 + tiny;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) { // |y/x| > 2^60
            z = piO2 + 0.5 * piLo;
        } else if (hx < 0 && k < -60) { // |y|/x < -2^60
            z = 0.0;
        } else {
            z = atan(fabs(y / x));
        }
        switch (m) {
            case 0: return z;
            case 1: return -z;
            case 2: return pi - (z - piLo);
            default: return (z - piLo) - pi;
        }
    }

    // ---- exp, log, log10, log1p, expm1

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double TWOM1000 = 9.33263618503218878990e-302;

    public static double exp(double x) {
        int hx = hi(x);
        int xsb = (hx >> 31) & 1;
        hx &= 0x7FFFFFFF;
        if (hx >= 0x40862E42) { // |x| >= 709.78
            if (hx >= 0x7FF00000) {
                if (((hx & 0xFFFFF) | lo(x)) != 0) {
                    return x + x; // NaN
                }
                return xsb == 0 ? x : 0.0;
            }
            if (x > 7.09782712893383973096e+02) {
                return Double.POSITIVE_INFINITY;
            }
            if (x < -7.45133219101941108420e+02) {
                return 0.0;
            }
        }
        double hi = 0.0;
        double lo = 0.0;
        int k = 0;
        if (hx > 0x3FD62E42) { // |x| > ln2 / 2
            if (hx < 0x3FF0A2B2) { // |x| < 3 ln2 / 2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3E300000) { // |x| < 2^-28
            return 1.0 + x;
        }
        double t = x * x;
        double c = x - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03
                + t * (6.61375632143793436117e-05 + t * (-1.65339022054652515390e-06
                + t * 4.13813679705723846039e-08))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return withHi(y, hi(y) + (k << 20));
        }
        return withHi(y, hi(y) + ((k + 1000) << 20)) * TWOM1000;
    }

    public static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7FFFFFFF) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return (x - x) / 0.0; // NaN, made as fdlibm makes it
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000FFFFF;
        int i = (hx + 0x95F64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3FF00000)); // x or x/2 in [sqrt(2)/2, sqrt(2)]
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000FFFFF & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147A;
        double w = z * z;
        int j = 0x6B851 - hx;
        double t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01));
        double t2 = z * (6.666666666666735130e-01 + w * (2.857142874366239149e-01
                + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    public static double log10(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7FFFFFFF) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return (x - x) / 0.0;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(x);
        return z + y * 3.01029995663611771306e-01;
    }

    public static double log1p(double x) {
        int hx = hi(x);
        int ax = hx & 0x7FFFFFFF;
        int k = 1;
        int hu = 0;
        double f = 0.0;
        double c = 0.0;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3FF00000) { // x <= -1
                if (x == -1.0) {
                    return Double.NEGATIVE_INFINITY;
                }
                return Double.NaN;
            }
            if (ax < 0x3E200000) { // |x| < 2^-29
                if (ax < 0x3C900000) { // |x| < 2^-54
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xBFD2BEC3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0.0;
            }
            hu &= 0x000FFFFF;
            if (hu < 0x6A09E) {
                u = withHi(u, hu | 0x3FF00000); // u in [1, sqrt(2))
            } else {
                k += 1;
                u = withHi(u, hu | 0x3FE00000); // u/2 in [sqrt(2)/2, 1)
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (6.666666666666735130e-01 + z * (3.999999999940941908e-01
                + z * (2.857142874366239149e-01 + z * (2.222219843214978396e-01
                + z * (1.818357216161805012e-01 + z * (1.531383769920937332e-01
                + z * 1.479819860511658591e-01))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    public static double expm1(double x) {
        int hx = hi(x);
        int xsb = hx & 0x80000000;
        hx &= 0x7FFFFFFF;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78
                if (hx >= 0x7FF00000) {
                    if (((hx & 0xFFFFF) | lo(x)) != 0) {
                        return x + x; // NaN
                    }
                    return xsb == 0 ? x : -1.0;
                }
                if (x > 7.09782712893383973096e+02) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (xsb != 0) { // x < -56 ln2
                return -1.0;
            }
        }
        int k;
        double c = 0.0;
        if (hx > 0x3FD62E42) { // |x| > ln2 / 2
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) { // |x| < 3 ln2 / 2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3C900000) { // |x| < 2^-54
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (-3.33333333333331316428e-02 + hxs * (1.58730158725481460165e-03
                + hxs * (-7.93650757867487942473e-05 + hxs * (4.00821782732936239552e-06
                + hxs * -2.01099218183624371326e-07))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        double y;
        if (k <= -2 || k > 56) { // exp(x) - 1 suffices
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = fromWords(0x3FF00000 - (0x200000 >> k), 0); // 1 - 2^-k
            y = t - (e - x);
        } else {
            t = fromWords((0x3FF - k) << 20, 0); // 2^-k
            y = x - (e + t);
            y += 1.0;
        }
        return withHi(y, hi(y) + (k << 20));
    }

    // ---- sinh, cosh, tanh

    public static double sinh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7FFFFFFF;
        if (ix >= 0x7FF00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3E300000) { // |x| < 2^-28
                return x;
            }
            double t = expm1(fabs(x));
            if (ix < 0x3FF00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) { // |x| < log(MAX_VALUE)
            return h * exp(fabs(x));
        }
        if (ix < 0x408633CE || (ix == 0x408633CE && (lo(x) ^ 0x80000000) <= (0x8FB9F87D ^ 0x80000000))) {
            double w = exp(0.5 * fabs(x));
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307; // overflow
    }

    public static double cosh(double x) {
        int ix = hi(x) & 0x7FFFFFFF;
        if (ix >= 0x7FF00000) {
            return x * x;
        }
        if (ix < 0x3FD62E43) { // |x| < ln2 / 2
            double t = expm1(fabs(x));
            double w = 1.0 + t;
            if (ix < 0x3C800000) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) { // |x| < 22
            double t = exp(fabs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) {
            return 0.5 * exp(fabs(x));
        }
        if (ix < 0x408633CE || (ix == 0x408633CE && (lo(x) ^ 0x80000000) <= (0x8FB9F87D ^ 0x80000000))) {
            double w = exp(0.5 * fabs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    public static double tanh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7FFFFFFF;
        if (ix >= 0x7FF00000) {
            if (jx >= 0) {
                return 1.0 / x + 1.0;
            }
            return 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3C800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3FF00000) { // |x| >= 1
                double t = expm1(2.0 * fabs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * fabs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return jx >= 0 ? z : -z;
    }

    // ---- cbrt, hypot

    public static double cbrt(double x) {
        int hx = hi(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7FF00000) {
            return x + x;
        }
        if ((hx | lo(x)) == 0) {
            return x;
        }
        x = withHi(x, hx); // |x|
        double t;
        if (hx < 0x00100000) { // subnormal
            t = fromWords(0x43500000, 0) * x; // x * 2^54
            t = withHi(t, hi(t) / 3 + 696219795);
        } else {
            t = fromWords(hx / 3 + 715094163, 0);
        }
        // a rational approximation to 23 bits
        double r = t * t / x;
        double s = 5.42857142857142815906e-01 + r * t;
        t *= 3.57142857142857150787e-01 + 1.60714285714285720630e+00
                / (s + 1.41428571428571436819e+00 + -7.05306122448979611050e-01 / s);
        // chop to 20 bits, rounded up, then one Newton step to 53 bits
        t = fromWords(hi(t) + 1, 0);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return withHi(t, hi(t) | sign);
    }

    public static double hypot(double x, double y) {
        int ha = hi(x) & 0x7FFFFFFF;
        int hb = hi(y) & 0x7FFFFFFF;
        double a;
        double b;
        if (hb > ha) {
            a = y;
            b = x;
            int j = ha;
            ha = hb;
            hb = j;
        } else {
            a = x;
            b = y;
        }
        a = withHi(a, ha); // |a|
        b = withHi(b, hb); // |b|
        if (ha - hb > 0x3C00000) { // a/b > 2^60
            return a + b;
        }
        int k = 0;
        if (ha > 0x5F300000) { // a > 2^500
            if (ha >= 0x7FF00000) { // Inf or NaN
                double w = a + b;
                if (((ha & 0xFFFFF) | lo(a)) == 0) {
                    w = a;
                }
                if (((hb ^ 0x7FF00000) | lo(b)) == 0) {
                    w = b;
                }
                return w;
            }
            ha -= 0x25800000; // scale by 2^-600
            hb -= 0x25800000;
            k += 600;
            a = withHi(a, ha);
            b = withHi(b, hb);
        }
        if (hb < 0x20B00000) { // b < 2^-500
            if (hb <= 0x000FFFFF) { // subnormal b or 0
                if ((hb | lo(b)) == 0) {
                    return a;
                }
                double t1 = fromWords(0x7FD00000, 0); // 2^1022
                b *= t1;
                a *= t1;
                k -= 1022;
            } else { // scale by 2^600
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = withHi(a, ha);
                b = withHi(b, hb);
            }
        }
        double w = a - b;
        if (w > b) {
            double t1 = fromWords(ha, 0);
            double t2 = a - t1;
            w = TMath.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = fromWords(hb, 0);
            double y2 = b - y1;
            double t1 = fromWords(ha + 0x00100000, 0);
            double t2 = a - t1;
            w = TMath.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0) {
            return fromWords(0x3FF00000 + (k << 20), 0) * w;
        }
        return w;
    }

    // ---- pow

    public static double pow(double x, double y) {
        final double huge = 1.0e300;
        final double tiny = 1.0e-300;
        int hx = hi(x);
        int lx = lo(x);
        int hy = hi(y);
        int ly = lo(y);
        int ix = hx & 0x7FFFFFFF;
        int iy = hy & 0x7FFFFFFF;
        if ((iy | ly) == 0) { // x^0 = 1
            return 1.0;
        }
        if (ix > 0x7FF00000 || (ix == 0x7FF00000 && lx != 0) || iy > 0x7FF00000 || (iy == 0x7FF00000 && ly != 0)) {
            return x + y; // NaN
        }
        // yisint: 0 y is not an integer, 1 an odd integer, 2 an even integer (tested for x < 0)
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) { // |y| >= 2^53
                yisint = 2;
            } else if (iy >= 0x3FF00000) {
                int k = (iy >> 20) - 0x3FF;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }
        if (ly == 0) {
            if (iy == 0x7FF00000) { // y = +-Inf
                if (((ix - 0x3FF00000) | lx) == 0) {
                    return y - y; // (+-1)^+-Inf is NaN
                }
                if (ix >= 0x3FF00000) { // |x| > 1
                    return hy >= 0 ? y : 0.0;
                }
                return hy < 0 ? -y : 0.0;
            }
            if (iy == 0x3FF00000) { // y = +-1
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) { // y = 2
                return x * x;
            }
            if (hy == 0x3FE00000 && hx >= 0) { // y = 0.5, x >= +0
                return TMath.sqrt(x);
            }
        }
        double ax = fabs(x);
        if (lx == 0 && (ix == 0x7FF00000 || ix == 0 || ix == 0x3FF00000)) { // x = +-0, +-Inf, +-1
            double z = ax;
            if (hy < 0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if (((ix - 0x3FF00000) | yisint) == 0) {
                    z = (z - z) / (z - z); // (-1)^non-integer
                } else if (yisint == 1) {
                    z = -z;
                }
            }
            return z;
        }
        if (hx < 0 && yisint == 0) {
            return (x - x) / (x - x); // (x < 0)^non-integer
        }
        double s = hx < 0 && yisint == 1 ? -1.0 : 1.0; // sign of the result
        double t1;
        double t2;
        if (iy > 0x41E00000) { // |y| > 2^31
            if (iy > 0x43F00000) { // |y| > 2^64: overflow or underflow
                if (ix <= 0x3FEFFFFF) {
                    return hy < 0 ? huge * huge : tiny * tiny;
                }
                if (ix >= 0x3FF00000) {
                    return hy > 0 ? huge * huge : tiny * tiny;
                }
            }
            if (ix < 0x3FEFFFFF) {
                return hy < 0 ? s * huge * huge : s * tiny * tiny;
            }
            if (ix > 0x3FF00000) {
                return hy > 0 ? s * huge * huge : s * tiny * tiny;
            }
            // |1 - x| <= 2^-20: log2(x) from log(x) ~ t - t^2/2 + t^3/3 - t^4/4
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = 1.44269502162933349609e+00 * t;
            double v = t * 1.92596299112661746887e-08 - w * 1.44269504088896338700e+00;
            t1 = clearLo(u + v);
            t2 = v - (t1 - u);
        } else {
            int n = 0;
            if (ix < 0x00100000) { // subnormal x
                ax *= 9007199254740992.0; // 2^53
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3FF;
            int j = ix & 0x000FFFFF;
            ix = j | 0x3FF00000; // normalise
            int k;
            if (j <= 0x3988E) { // |x| < sqrt(3/2)
                k = 0;
            } else if (j < 0xBB67A) { // |x| < sqrt(3)
                k = 1;
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHi(ax, ix);
            double bp = k == 0 ? 1.0 : 1.5;
            // ss = sH + sL = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5)
            double u = ax - bp;
            double v = 1.0 / (ax + bp);
            double ss = u * v;
            double sH = clearLo(ss);
            double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0); // ax + bp, high part
            double tL = ax - (tH - bp);
            double sL = v * ((u - sH * tH) - sH * tL);
            // log(ax)
            double s2 = ss * ss;
            double r = s2 * s2 * (5.99999999999994648725e-01 + s2 * (4.28571428578550184252e-01
                    + s2 * (3.33333329818377432918e-01 + s2 * (2.72728123808534006489e-01
                    + s2 * (2.30660745775561754067e-01 + s2 * 2.06975017800338417784e-01)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = clearLo(3.0 + s2 + r);
            tL = r - ((tH - 3.0) - s2);
            // u + v = ss * (1 + ...)
            u = sH * tH;
            v = sL * tH + tL * ss;
            // 2 / (3 log2) * (ss + ...)
            double pH = clearLo(u + v);
            double pL = v - (pH - u);
            double zH = 9.61796700954437255859e-01 * pH; // cp_h
            double zL = -7.02846165095275826516e-09 * pH + pL * 9.61796693925975554329e-01
                    + (k == 0 ? 0.0 : 1.35003920212974897128e-08); // cp_l, cp, dp_l
            // log2(ax) = (ss + ...) * 2 / (3 log2) = n + dpH + zH + zL
            double dpH = k == 0 ? 0.0 : 5.84962487220764160156e-01;
            double t = n;
            t1 = clearLo(((zH + zL) + dpH) + t);
            t2 = zL - (((t1 - t) - dpH) - zH);
        }
        // (y1 + y2) * (t1 + t2), y1 = y with its low word cleared
        double y1 = clearLo(y);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z);
        int i = lo(z);
        if (j >= 0x40900000) { // z >= 1024
            if (((j - 0x40900000) | i) != 0) {
                return s * huge * huge;
            }
            if (pL + 8.0085662595372944372e-17 > z - pH) {
                return s * huge * huge;
            }
        } else if ((j & 0x7FFFFFFF) >= 0x4090CC00) { // z <= -1075
            if (((j - 0xC090CC00) | i) != 0) {
                return s * tiny * tiny;
            }
            if (pL <= z - pH) {
                return s * tiny * tiny;
            }
        }
        // 2^(pH + pL)
        i = j & 0x7FFFFFFF;
        int k = (i >> 20) - 0x3FF;
        int n = 0;
        if (i > 0x3FE00000) { // |z| > 0.5: n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7FFFFFFF) >> 20) - 0x3FF;
            double t = fromWords(n & ~(0x000FFFFF >> k), 0);
            n = ((n & 0x000FFFFF) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = clearLo(pL + pH);
        double u = t * 6.93147182464599609375e-01; // lg2_h
        double v = (pL - (t - pH)) * 6.93147180559945286227e-01 + t * -1.90465429995776804525e-09;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03
                + t * (6.61375632143793436117e-05 + t * (-1.65339022054652515390e-06
                + t * 4.13813679705723846039e-08))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z) + (n << 20);
        if ((j >> 20) <= 0) {
            z = scalbn(z, n); // subnormal result
        } else {
            z = withHi(z, j);
        }
        return s * z;
    }

    // ---- remainder and neighbours

    /**
     * x - n y with n the integer nearest x / y, ties to even (fdlibm's remainder): reduce with the
     * exact % to |x| < 2|y|, then subtract |y| at most twice.
     */
    public static double IEEEremainder(double x, double p) {
        int hx = hi(x);
        int lx = lo(x);
        int hp = hi(p);
        int lp = lo(p);
        int sx = hx & 0x80000000;
        hp &= 0x7FFFFFFF;
        hx &= 0x7FFFFFFF;
        if ((hp | lp) == 0 || hx >= 0x7FF00000 || (hp >= 0x7FF00000 && ((hp - 0x7FF00000) | lp) != 0)) {
            return (x * p) / (x * p); // NaN
        }
        if (hp <= 0x7FDFFFFF) {
            x = x % (p + p); // |x| < 2|p|
        }
        if (((hx - hp) | (lx - lp)) == 0) {
            return 0.0 * x;
        }
        x = fabs(x);
        p = fabs(p);
        if (hp < 0x00200000) {
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double pHalf = 0.5 * p;
            if (x > pHalf) {
                x -= p;
                if (x >= pHalf) {
                    x -= p;
                }
            }
        }
        return withHi(x, hi(x) ^ sx);
    }

    public static double scalb(double d, int scaleFactor) {
        return scalbn(d, scaleFactor);
    }

    public static double ulp(double d) {
        return TMath.ulp(d);
    }

    public static double nextUp(double d) {
        return TMath.nextUp(d);
    }

    public static double nextDown(double d) {
        return TMath.nextDown(d);
    }

    public static double nextAfter(double start, double direction) {
        return TMath.nextAfter(start, direction);
    }

    // ---- the exact and integer members StrictMath shares with Math

    public static int addExact(int x, int y) {
        return TMath.addExact(x, y);
    }

    public static long addExact(long x, long y) {
        return TMath.addExact(x, y);
    }

    public static int subtractExact(int x, int y) {
        return TMath.subtractExact(x, y);
    }

    public static long subtractExact(long x, long y) {
        return TMath.subtractExact(x, y);
    }

    public static int multiplyExact(int x, int y) {
        return TMath.multiplyExact(x, y);
    }

    public static long multiplyExact(long x, int y) {
        return TMath.multiplyExact(x, y);
    }

    public static long multiplyExact(long x, long y) {
        return TMath.multiplyExact(x, y);
    }

    public static int negateExact(int a) {
        return TMath.negateExact(a);
    }

    public static long negateExact(long a) {
        return TMath.negateExact(a);
    }

    public static int incrementExact(int a) {
        return TMath.incrementExact(a);
    }

    public static long incrementExact(long a) {
        return TMath.incrementExact(a);
    }

    public static int decrementExact(int a) {
        return TMath.decrementExact(a);
    }

    public static long decrementExact(long a) {
        return TMath.decrementExact(a);
    }

    public static int toIntExact(long value) {
        return TMath.toIntExact(value);
    }

    public static int absExact(int a) {
        return TMath.absExact(a);
    }

    public static long absExact(long a) {
        return TMath.absExact(a);
    }

    public static int floorDiv(int x, int y) {
        return TMath.floorDiv(x, y);
    }

    public static long floorDiv(long x, long y) {
        return TMath.floorDiv(x, y);
    }

    public static int floorMod(int x, int y) {
        return TMath.floorMod(x, y);
    }

    public static long floorMod(long x, long y) {
        return TMath.floorMod(x, y);
    }

    public static long multiplyFull(int x, int y) {
        return TMath.multiplyFull(x, y);
    }

    public static long multiplyHigh(long x, long y) {
        return TMath.multiplyHigh(x, y);
    }

    public static int getExponent(double d) {
        return TMath.getExponent(d);
    }

    public static int getExponent(float f) {
        return TMath.getExponent(f);
    }
}
