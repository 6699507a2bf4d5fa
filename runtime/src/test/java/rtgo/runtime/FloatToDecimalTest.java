package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** FloatToDecimal against the JDK's Double.toString and Float.toString (JDK 19+ algorithm). */
class FloatToDecimalTest {
    private static final char[] BUFFER = new char[64];

    private static void checkDouble(long bits) {
        String expected = Double.toString(Double.longBitsToDouble(bits));
        assertEquals(expected, FloatToDecimal.doubleToString(bits), () -> "bits " + Long.toHexString(bits));
        // appendDouble at an offset: same chars, nothing outside [pos, pos + MAX_DOUBLE_CHARS)
        Arrays.fill(BUFFER, '#');
        int pos = 5;
        int end = FloatToDecimal.appendDouble(bits, BUFFER, pos);
        assertEquals(expected, new String(BUFFER, pos, end - pos), () -> "append " + Long.toHexString(bits));
        assertTrue(end - pos <= FloatToDecimal.MAX_DOUBLE_CHARS);
        for (int i = 0; i < BUFFER.length; i++) {
            if (i < pos || i >= pos + FloatToDecimal.MAX_DOUBLE_CHARS) {
                assertEquals('#', BUFFER[i], "written outside at " + i);
            }
        }
    }

    private static void checkDouble(double d) {
        checkDouble(Double.doubleToRawLongBits(d));
    }

    private static void checkFloat(int bits) {
        String expected = Float.toString(Float.intBitsToFloat(bits));
        assertEquals(expected, FloatToDecimal.floatToString(bits), () -> "bits " + Integer.toHexString(bits));
        Arrays.fill(BUFFER, '#');
        int pos = 3;
        int end = FloatToDecimal.appendFloat(bits, BUFFER, pos);
        assertEquals(expected, new String(BUFFER, pos, end - pos), () -> "append " + Integer.toHexString(bits));
        assertTrue(end - pos <= FloatToDecimal.MAX_FLOAT_CHARS);
        for (int i = 0; i < BUFFER.length; i++) {
            if (i < pos || i >= pos + FloatToDecimal.MAX_FLOAT_CHARS) {
                assertEquals('#', BUFFER[i], "written outside at " + i);
            }
        }
    }

    private static void checkFloat(float f) {
        checkFloat(Float.floatToRawIntBits(f));
    }

    @Test
    void doubleEdgeValues() {
        double[] values = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE,
                -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3,
                2.0e-3, 1.0e23, 9.999999999999999e22, 1.0e22, 1.0e-3, 9.999999999999998e-4, 1.0e-4,
                1.0e7, 9999999.999999998, 1.0e6, 123456.789, 2e-323, 1.5e-323, 5e-324, 1e-323,
                4.9e-324 * 3, 1.7976931348623157e308, 2.2250738585072014E-308, 2.225073858507201E-308,
                9007199254740991.0, 9007199254740992.0, 9007199254740993.0, 4503599627370496.5,
                1.0E16, 1.0E17, 123.0, 100.0, 1234567.0, 12345678.0, 0.001, 0.0001, 5.0E-324};
        for (double value : values) {
            checkDouble(value);
        }
        checkDouble(0x7FF8000000000001L); // NaNs of every payload and sign
        checkDouble(0xFFF8000000000000L);
        checkDouble(0x7FF0000000000001L);
        assertEquals("-2.2250738585072014E-308".length(), FloatToDecimal.MAX_DOUBLE_CHARS);
        assertEquals(FloatToDecimal.MAX_DOUBLE_CHARS, FloatToDecimal.doubleToString(
                Double.doubleToRawLongBits(-Double.MIN_NORMAL)).length());
    }

    @Test
    void floatEdgeValues() {
        float[] values = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL,
                Math.nextDown(Float.MIN_NORMAL), Math.nextUp(Float.MIN_NORMAL), Float.MAX_VALUE,
                -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1f, 0.1f,
                0.3f, 1.0e-3f, 1.0e7f, 2.0e-3f, 1.0e23f, 9999999f, 16777216f, 16777217f, 1.17549435E-38f,
                8.507059E37f, 3.4028235E38f, 1.4E-45f, 2.8E-45f, 1.0E10f, 33554432f};
        for (float value : values) {
            checkFloat(value);
        }
        checkFloat(0x7FC00001);
        checkFloat(0xFFC00000);
        assertEquals("-1.21589096E-20", Float.toString(-1.21589096E-20f));
        assertEquals(FloatToDecimal.MAX_FLOAT_CHARS, FloatToDecimal.floatToString(
                Float.floatToRawIntBits(-1.21589096E-20f)).length());
    }

    @Test
    void powersOfTenAndTwoAndTheirNeighbours() {
        for (int p = -325; p <= 309; p++) {
            double d = Double.parseDouble("1e" + p);
            checkDouble(d);
            checkDouble(Math.nextUp(d));
            checkDouble(Math.nextDown(d));
            checkDouble(-d);
            float f = Float.parseFloat("1e" + p);
            checkFloat(f);
            checkFloat(Math.nextUp(f));
            checkFloat(Math.nextDown(f));
        }
        for (int p = -1074; p <= 1023; p++) {
            double d = Math.scalb(1.0, p);
            checkDouble(d);
            checkDouble(Math.nextUp(d));
            checkDouble(Math.nextDown(d));
            checkDouble(d * 3);
        }
        for (int p = -149; p <= 127; p++) {
            float f = Math.scalb(1f, p);
            checkFloat(f);
            checkFloat(Math.nextUp(f));
            checkFloat(Math.nextDown(f));
        }
    }

    @Test
    void smallAndLargeSignificands() {
        for (long c = 0; c < 100_000; c++) {
            checkDouble(c);                            // subnormals
            checkDouble(0x0010000000000000L + c);      // smallest normals
            checkDouble(0x7FEFFFFFFFFFFFFFL - c);      // largest
            checkDouble(Double.doubleToRawLongBits(1.0) + c);
            checkDouble(Double.doubleToRawLongBits((double) c)); // integers
        }
        for (int c = 0; c < 100_000; c++) {
            checkFloat(c);
            checkFloat(0x00800000 + c);
            checkFloat(0x7F7FFFFF - c);
            checkFloat((float) c);
        }
    }

    @Test
    void randomDoubles() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 5_000_000; i++) {
            checkDouble(random.nextLong());
        }
        for (int i = 0; i < 300_000; i++) {  // short decimals, which random bits rarely are
            checkDouble(random.nextInt(1_000_000) * Math.pow(10, random.nextInt(-330, 310)));
        }
    }

    @Test
    void randomFloats() {
        SplittableRandom random = new SplittableRandom(23);
        for (int i = 0; i < 5_000_000; i++) {
            checkFloat(random.nextInt());
        }
        for (int i = 0; i < 300_000; i++) {
            checkFloat((float) (random.nextInt(100_000) * Math.pow(10, random.nextInt(-46, 40))));
        }
    }

    /**
     * The rounding to odd reads the sticky bit from bit 60 of the part below 2^127, which is
     * right as long as no non-integer x = m 2^q 10^-k (m < 2^56 covers every 4c + a, k as the
     * conversion picks it for q) lies within 2^-67 of an integer, where the power of ten is not
     * exact. For m below the continued fraction denominator q_(i+1) > M, |m x - round| >= that of
     * q_i (best approximation), and a fraction with denominator D <= M is at least 1/D away.
     */
    @Test
    void noScaledValueIsWithin2ToTheMinus67OfAnInteger() {
        BigInteger limit = BigInteger.ONE.shiftLeft(56);
        double worst = 0;
        for (int q = -1074; q <= 971; q++) {
            for (int variant = 0; variant < 2; variant++) {
                int k = variant == 0 ? PowersOfTenTest.exactFlog10pow2(q) : PowersOfTenTest.exactFlog10threeQuartersPow2(q);
                int e = -k;
                if (e >= 0 && e <= 54) {
                    continue; // exact power, exact arithmetic
                }
                int h = q + PowersOfTenTest.exactFlog2pow10(e) + 2;
                assertTrue(h >= 2 && h <= 5, "h " + h); // so cp' = cb << h < 2^60
                BigInteger num = q >= 0 ? BigInteger.ONE.shiftLeft(q) : BigInteger.ONE;
                BigInteger den = q >= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(-q);
                if (e >= 0) {
                    num = num.multiply(BigInteger.TEN.pow(e));
                } else {
                    den = den.multiply(BigInteger.TEN.pow(-e));
                }
                BigInteger gcd = num.gcd(den);
                num = num.divide(gcd).mod(den.divide(gcd));
                den = den.divide(gcd);
                if (num.signum() == 0) {
                    continue;
                }
                double distance;
                if (den.compareTo(limit) <= 0) {
                    distance = 1 / den.doubleValue();
                } else {
                    BigInteger a = den;
                    BigInteger b = num; // continued fraction of num/den, from its first partial quotient
                    BigInteger before = BigInteger.ZERO;
                    BigInteger current = BigInteger.ONE;
                    while (b.signum() != 0) {
                        BigInteger[] qr = a.divideAndRemainder(b);
                        BigInteger next = qr[0].multiply(current).add(before);
                        if (next.compareTo(limit) > 0) {
                            break;
                        }
                        before = current;
                        current = next;
                        a = b;
                        b = qr[1];
                    }
                    BigInteger r = current.multiply(num).mod(den);
                    BigInteger nearest = r.min(den.subtract(r));
                    distance = new java.math.BigDecimal(nearest).divide(new java.math.BigDecimal(den),
                            java.math.MathContext.DECIMAL64).doubleValue();
                }
                worst = worst == 0 ? distance : Math.min(worst, distance);
            }
        }
        assertTrue(worst >= Math.scalb(1.0, -67), "closest non-integer: 2^" + Math.log(worst) / Math.log(2));
        assertTrue(worst < Math.scalb(1.0, -65), "the bound is as tight as computed by hand: " + worst);
    }

    /** Every float: too slow for the suite (about 2^32 conversions); run by hand with -Dexhaustive. */
    @Test
    void everyFloat() {
        if (System.getProperty("exhaustive") == null) {
            return;
        }
        char[] buffer = new char[FloatToDecimal.MAX_FLOAT_CHARS];
        for (long b = 0; b <= 0xFFFFFFFFL; b++) {
            int bits = (int) b;
            String expected = Float.toString(Float.intBitsToFloat(bits));
            int end = FloatToDecimal.appendFloat(bits, buffer, 0);
            if (!expected.contentEquals(new StringBuilder().append(buffer, 0, end))) {
                assertEquals(expected, new String(buffer, 0, end), "bits " + Integer.toHexString(bits));
            }
        }
    }
}
