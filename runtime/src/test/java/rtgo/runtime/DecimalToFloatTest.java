package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** DecimalToFloat against the JDK's Double.parseDouble and Float.parseFloat (Temurin 25). */
class DecimalToFloatTest {
    private static String expectedDouble(String s) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String actualDouble(String s) {
        try {
            return Long.toHexString(DecimalToFloat.parseDouble(s));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String expectedFloat(String s) {
        try {
            return Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s)));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String actualFloat(String s) {
        try {
            return Integer.toHexString(DecimalToFloat.parseFloat(s));
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static void check(String s) {
        assertEquals(expectedDouble(s), actualDouble(s), () -> "parseDouble(\"" + s + "\")");
        assertEquals(expectedFloat(s), actualFloat(s), () -> "parseFloat(\"" + s + "\")");
    }

    private static void checkDouble(String s) {
        assertEquals(expectedDouble(s), actualDouble(s), () -> "parseDouble(\"" + s + "\")");
    }

    private static void checkFloat(String s) {
        assertEquals(expectedFloat(s), actualFloat(s), () -> "parseFloat(\"" + s + "\")");
    }

    @Test
    void edgeValues() {
        String[] inputs = {"0", "-0", "0.0", "-0.0", "+0", "0e999999999999", "0x0p0", "-0x0.0p-5",
                "1", "-1", "1.0", "0.1", "0.2", "0.3", "1e23", "9.999999999999999e22", "8.41e21", "2e-3",
                "4.9e-324", "4.9E-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
                "2.470328229206232720882e-324", "2.4703282292062327208828439643411068618252990130716238221279284"
                        + "1250955229309e-324", "1e-324", "3e-324", "7.4e-324", "7.5e-324",
                "1.00000000000000011102230246251565404236316680908203125",
                "1.00000000000000011102230246251565404236316680908203124",
                "1.00000000000000011102230246251565404236316680908203126",
                "1.000000000000000111022302462515654042363166809082031250000000000000001",
                "9007199254740993", "9007199254740995", "9007199254740993.0000000000001",
                "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
                "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587"
                        + "207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817"
                        + "711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699"
                        + "508093042880177904174497792", // MAX_VALUE + half an ulp: ties to even, infinity
                "1e308", "1e309", "2.2250738585072014e-308", "2.2250738585072011e-308",
                "2.2250738585072012e-308", "2.225073858507201e-308", "4.9406564584124654e-324",
                "3.4028235e38", "3.4028236e38", "3.40282357e38", "1.4e-45", "1.4E-45", "7e-46", "7.1e-46",
                "7.006492321624085e-46", "7.0064923216240854e-46", "1.17549435e-38", "1.1754942e-38",
                "16777217", "16777219", "33554434", "1.00000005960464477539062499", "1.000000059604644775390625",
                "1.00000005960464477539062501", "NaN", "-NaN", "+NaN", "Infinity", "-Infinity", "+Infinity",
                "  1.5  ", "\t\n1.5\r\0", "1.5f", "1.5F", "1.5d", "1.5D", "1.5e0f", ".5", "5.", "0.5e1",
                "1e+10", "1e-10", "1E10", "000000000000000000000000000000001", "0.000000000000000000000000001e27",
                "0x1p0", "0x1.8p1", "0X1.8P1", "0x.8p1", "0x1.p1", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
                "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffffp1023",
                "0x1p1024", "0x0.0000000000001p-1022", "0x123456789abcdef0123456789p0", "0x1.000001p0",
                "0x1.0000010000000000000001p0", "0x1.000003p0", "0x1p-149", "0x1p-150", "0x1.000001p-150",
                "0x1.fffffep127", "0x1.ffffffp127", "0xAbC.dEfp-3f", "0x1p99999999999", "0x1p-99999999999",
                "1e2147483648", "1e-2147483649", "1e99999999999999999999", "123456789012345678901234567890",
                "0.000000000000000000000000000000000000000000001401298464324817070923729583289916131280",
                "1" + "0".repeat(400) + "e-400", "0." + "0".repeat(400) + "1e400",
                "4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361"
                        + "63555e-324"};
        for (String s : inputs) {
            check(s);
        }
        // the thresholds to zero and to infinity, exactly and just off
        BigDecimal tiny = new BigDecimal("1e-1100");
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal[] edges = {
            new BigDecimal(Double.MIN_VALUE).divide(two),
            new BigDecimal(Double.MIN_VALUE).multiply(BigDecimal.valueOf(3)).divide(two),
            new BigDecimal(Float.MIN_VALUE).divide(two),
            new BigDecimal(Float.MIN_VALUE).multiply(BigDecimal.valueOf(3)).divide(two),
            new BigDecimal(Double.MAX_VALUE).add(new BigDecimal(Math.ulp(Double.MAX_VALUE)).divide(two)),
            new BigDecimal(Float.MAX_VALUE).add(new BigDecimal(Math.ulp(Float.MAX_VALUE)).divide(two)),
            new BigDecimal(Double.MIN_NORMAL).subtract(new BigDecimal(Double.MIN_VALUE).divide(two)),
            new BigDecimal(Float.MIN_NORMAL).subtract(new BigDecimal(Float.MIN_VALUE).divide(two)),
        };
        for (BigDecimal edge : edges) {
            check(edge.toString());
            check(edge.add(tiny).toString());
            check(edge.subtract(tiny).toString());
            check(edge.toPlainString());
            check("-" + edge.round(new java.math.MathContext(30)));
        }
    }

    @Test
    void errors() {
        String[] inputs = {"", " ", "\t \n", "abc", " abc ", "1e", "1e+", "1e-", "e5", ".", "-", "+", "++1",
                "+-1", "1..0", "1.0.0", "..", "..1", "1.2.3e4", "1.0.0x", "1e5.0", "1e.5", "1.5x", "1_0", "0x10",
                "0x", "0x.p1", "0xp1", "0x1.8.p1", "0x1..8p1", "0x1p", "0x1p+", "00x1p1", "1fd", "1.0ff",
                "1.0 f", "Infinityf", "NaNd", "Infinity1", "-Infinityx", "Inf", "nan", "infinity", "NaN x",
                "1.5\u00a0", "\u0661", "1e5e5", "0x1.8p1.5", "1 2", "--1", "1-", "1.0e1d5", "0xg", "0x1g2p1",
                "1" + "2".repeat(1500) + "x", "3".repeat(1000) + "y", "4".repeat(999) + "z"};
        for (String s : inputs) {
            check(s);
        }
        check(null);
        assertEquals("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"in\" is null",
                actualDouble(null));
        assertEquals("java.lang.NumberFormatException: multiple points", actualFloat("1.2.3"));
        assertEquals("java.lang.NumberFormatException: empty String", actualFloat(" "));
        assertEquals("java.lang.NumberFormatException: For input string: \"abc\"", actualDouble("abc"));
    }

    @Test
    void roundTripsOfRandomValues() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 400_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            String s = Double.toString(d);
            if (!Double.isNaN(d)) {
                assertEquals(Long.toHexString(Double.doubleToRawLongBits(d)), actualDouble(s), s);
            }
            checkDouble(s);
            checkFloat(s);
            float f = Float.intBitsToFloat(random.nextInt());
            String t = Float.toString(f);
            if (!Float.isNaN(f)) {
                assertEquals(Integer.toHexString(Float.floatToRawIntBits(f)), actualFloat(t), t);
            }
            checkFloat(t);
            checkDouble(t);
            if (i % 16 == 0) {
                checkDouble(Double.toHexString(d));
                checkFloat(Double.toHexString(f));
                if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                    check(new BigDecimal(d).toString()); // the exact value, up to 767 digits
                }
            }
        }
    }

    @Test
    void randomDigitStrings() {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2_000_000; i++) {
            b.setLength(0);
            if (random.nextInt(4) == 0) {
                b.append(random.nextBoolean() ? '-' : '+');
            }
            int digits = random.nextInt(1, 26);
            int point = random.nextInt(-1, digits + 1);
            for (int k = 0; k < digits; k++) {
                if (k == point) {
                    b.append('.');
                }
                b.append((char) ('0' + (k == 0 && random.nextInt(4) != 0 ? random.nextInt(1, 10) : random.nextInt(10))));
            }
            if (point == digits) {
                b.append('.');
            }
            b.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(-360, 330));
            String s = b.toString();
            check(s);
        }
    }

    @Test
    void randomHexStrings() {
        SplittableRandom random = new SplittableRandom(13);
        String hexDigits = "0123456789abcdefABCDEF";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 500_000; i++) {
            b.setLength(0);
            b.append(random.nextBoolean() ? "0x" : "0X");
            int digits = random.nextInt(1, 24);
            int point = random.nextInt(-1, digits + 1);
            for (int k = 0; k < digits; k++) {
                if (k == point) {
                    b.append('.');
                }
                b.append(hexDigits.charAt(random.nextInt(hexDigits.length())));
            }
            b.append(random.nextBoolean() ? 'p' : 'P').append(random.nextInt(-1200, 1100));
            check(b.toString());
        }
    }

    /** Exact halfway points between neighbouring doubles (and floats), and just off them. */
    @Test
    void halfwayCases() {
        SplittableRandom random = new SplittableRandom(17);
        BigDecimal tiny = new BigDecimal("1e-1200");
        for (int i = 0; i < 12_000; i++) {
            long bits = random.nextLong() & 0x7FEFFFFFFFFFFFFFL;
            if (i % 4 == 0) {
                bits &= 0x800FFFFFFFFFFFFFL | (long) random.nextInt(0, 64) << 52; // small and subnormal
            }
            double d = Double.longBitsToDouble(bits);
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            checkDouble(mid.toString());
            checkDouble(mid.add(tiny).toString());
            checkDouble(mid.subtract(tiny).toString());
            // 17 and 20 significant digits of the halfway point: near it, off by little
            checkDouble(mid.round(new java.math.MathContext(17)).toString());
            checkDouble(mid.round(new java.math.MathContext(20)).toString());

            float f = Float.intBitsToFloat(random.nextInt() & 0x7F7FFFFF);
            BigDecimal fmid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            checkFloat(fmid.toString());
            checkFloat(fmid.add(tiny).toString());
            checkFloat(fmid.subtract(tiny).toString());
            checkFloat(fmid.round(new java.math.MathContext(9)).toString());
        }
    }

    /** Inputs just above a float halfway point that a double rounds onto it: parsing via double would differ. */
    @Test
    void floatIsRoundedDirectlyNotThroughDouble() {
        SplittableRandom random = new SplittableRandom(29);
        int differing = 0;
        for (int i = 0; i < 10_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt(0x00800000, 0x7F000000));
            BigDecimal mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            // a thousandth of a double ulp off the halfway point (itself a double), both ways
            BigDecimal off = new BigDecimal(Math.ulp(mid.doubleValue())).divide(BigDecimal.valueOf(1000));
            for (BigDecimal x : new BigDecimal[] {mid.add(off), mid.subtract(off)}) {
                String s = x.toString();
                checkFloat(s);
                if (Float.parseFloat(s) != (float) Double.parseDouble(s)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 5_000, "cases where double rounding differs: " + differing);
    }
}
