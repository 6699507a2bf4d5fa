package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Formatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Format against java.util.Formatter (Locale.US, the CI machine's default): the same text, or the
 * same exception class with the same message, and the same partial output before a failure (what
 * printf has printed). Tables cross every subset of the flags with widths, precisions and every
 * conversion, over ints, longs, shorts, bytes, strings, chars, booleans and null.
 */
class FormatTest {
    private static final Object[] ARGS = {
        0, 1, -1, 42, -42, 7, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x1F600, 0x110000,
        0L, -1L, 99L, -99L, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE,
        (short) 0, (short) -1234, (short) 5, Short.MIN_VALUE, (byte) 0, (byte) -128, (byte) 7, (byte) -1,
        "hello", "", "stra\u00DFe", "a b", 'a', '\u00DF', 'Z', true, false, null, new Fixed(),
        new NullText(),
    };

    /** An object whose toString() breaks its contract and returns null. */
    private static final class NullText {
        @Override
        public String toString() {
            return null;
        }

        @Override
        public int hashCode() {
            return 7;
        }
    }

    /** An object with a fixed text and hash, so %s and %h do not depend on identity. */
    private static final class Fixed {
        @Override
        public String toString() {
            return "Fixed!";
        }

        @Override
        public int hashCode() {
            return 0xCAFE;
        }
    }

    private static final String FLAGS = "-#+ 0,(";
    private static final String[] WIDTHS = {"", "1", "5", "12", "30"};
    private static final String[] PRECISIONS = {"", ".0", ".2", ".10"};
    private static final String CONVERSIONS = "doxXsScCbBhH%neEfgGaA";

    private static int compared;

    @Test
    void everyFlagSetWidthPrecisionAndConversionMatches() {
        compared = 0;
        for (int set = 0; set < 1 << FLAGS.length(); set++) {
            StringBuilder flags = new StringBuilder();
            for (int k = 0; k < FLAGS.length(); k++) {
                if ((set & (1 << k)) != 0) {
                    flags.append(FLAGS.charAt(k));
                }
            }
            for (String w : WIDTHS) {
                for (String p : PRECISIONS) {
                    for (int c = 0; c < CONVERSIONS.length(); c++) {
                        String spec = "%" + flags + w + p + CONVERSIONS.charAt(c);
                        String f = "<" + spec + ">";
                        if (failsToParse(f)) {
                            // most sets fail whatever the argument: one argument shows that
                            check(f, ARGS[1]);
                            continue;
                        }
                        for (Object arg : ARGS) {
                            check(f, arg);
                        }
                    }
                }
            }
        }
        assertTrue(compared > 100_000, "compared " + compared);
    }

    @Test
    void argumentIndexesMatch() {
        String[] formats = {
            "%1$s %1$s %s %s", "%2$s %s %<s %s", "%s %<s %<s", "%<s %s", "%d %<x %<o", "%3$s", "%2$d %d",
            "%1$-5s|%1$5s|", "%2$<s", "%<2$s", "%1$<s", "%01$s", "%001$s", "%2147483647$s", "%1$n", "%1$%",
            "%<n", "%s %s %s", "%d %d", "%1$d %2$q", "%d %q", "%-<5s", "%<-5s", "%5$-s", "%1$1$s", "%4$s %3$s %2$s %1$s",
            "%2$s %1$s %s %s %s", "%s%%%n%s", "%%", "%n", "abc%", "%", "%5", "%.", "%.5", "%.d", "%5.3d", "%5$",
            "%-t!", "%t!", "%5t1", "%-t", "%-5Tq", "%.2tY", "%-tY", "%tq", "%t", "%TY", "%#-(5tY", "%ty", "%tY",
            "%-1$s", "%0$s", "%99999999999$s", "%02147483648$s", "%2147483648$s", "%2147483648d", "%.2147483648s",
            "%-2147483648s", "%.00s", "%.01s", "%.1-s", "%1.s", "%3.5.2s", "%q", "%Q", "%-5Q", "%#5Q", "%5q", "%.5q",
            "%(#-+ 0,<5q", "%5.2-d", "%--5d", "%-#-5s", "%#-#5s", "%00d", "%0d", "%-d", "%-0d", "%-05d", "%+ d",
            "%-05X", "%+ 5X", "%(+ x", "%#,(x", "%1$s%%%1$s", "no specifiers", "", "%%%d", "100%% %s",
            "%s\u00E9\uD83D\uDE00%s", "%-10d|%10d|", "%s %S %b %B %h %H %c %C",
        };
        Object[][] argLists = {
            {}, {"a"}, {"a", "b"}, {1, 2, 3}, {255, "x", 'c', -7L}, {null}, {"a", null, 3},
            null, {(short) 3, (byte) -2, 'q', true},
        };
        for (String f : formats) {
            for (Object[] args : argLists) {
                check(f, args);
            }
        }
    }

    @Test
    void edgeCasesMatch() {
        Object[][] cases = {
            {"%08d", -5}, {"%(08d", -5}, {"%(,08d", -5000}, {"%,d", Long.MIN_VALUE}, {"%(d", Integer.MIN_VALUE},
            {"%+,(d", 1234567}, {"%#010x", 255}, {"%#X", 255}, {"%#o", 8}, {"%#o", 0}, {"%#x", 0}, {"%x", (byte) -1},
            {"%o", (short) -1}, {"%x", -1L}, {"%o", Long.MIN_VALUE}, {"%010x", -1}, {"%-#10x|", 255}, {"%,05d", 1234},
            {"%0,5d", -1234}, {"% d", 5}, {"% 5d", -5}, {"%( d", 5}, {"% (d", -5}, {"%,010d", -1234567},
            {"%,3d", 1234567}, {"%,d", 999}, {"%,d", -999}, {"%,d", 1000}, {"%,d", -1000}, {"%,d", 100000},
            {"%,d", (short) -1234}, {"%,d", (byte) -128}, {"%x", (short) -32768}, {"%c", (char) 0xD800},
            {"%C", 0x1F600}, {"%C", (int) '\u00DF'}, {"%S", "stra\u00DFe"}, {"%.3S", "stra\u00DFe"},
            {"%.6S", "stra\u00DFe"}, {"%10c|", 0x1F600}, {"%c", Integer.MIN_VALUE}, {"%c", (short) -1}, {"%c", (byte) 65},
            {"%c", 0x10FFFF}, {"%c", 0xFFFF}, {"%#o", (byte) -1}, {"%#x", (short) -1}, {"%#X", Long.MIN_VALUE},
            {"%d", 'c'}, {"%o", true}, {"%e", 1}, {"%a", null}, {"%.3e", null}, {"%f", "x"}, {"%x", 'a'},
            {"%d", 1.5}, {"%s", 1.5}, {"%h", "abc"}, {"%.3h", "abc"}, {"%H", -1}, {"%h", Long.MIN_VALUE},
            {"%b", "false"}, {"%b", Boolean.FALSE}, {"%-6b|", false}, {"%6.2b|", true}, {"%s", new int[0].getClass()},
            {"%2$s", null}, {"%0$s", null}, {"%<s", null},
            {"%s", new NullText()}, {"%5s", new NullText()}, {"%.2s", new NullText()}, {"%S", new NullText()},
            {"%-3s", new NullText()}, {"%b %h", new NullText(), new NullText()},
        };
        for (Object[] c : cases) {
            check((String) c[0], Arrays.copyOfRange(c, 1, c.length));
        }
        // a null argument array: every argument is null, and none is missing
        check("%s %2$s %d", (Object[]) null);
        check("%<s", (Object[]) null);
    }

    @Test
    void nullFormatIsTheJdksNullPointerException() {
        Throwable mine = catching(() -> Format.format(null, new Object[0]));
        Throwable jdk = catching(() -> String.format(null, new Object[0]));
        assertEquals(jdk.getClass(), mine.getClass());
        assertEquals(jdk.getMessage(), mine.getMessage());
    }

    private static final String FLOAT_CONVERSIONS = "eEfgGaA";
    private static final int[] FLOAT_PRECISIONS = {-1, 0, 1, 2, 3, 6, 10, 17, 20};
    /** Flags and width before the precision: none, +, space, (, ',', 0 and - with a width, #. */
    private static final String[] FLOAT_FLAGS = {"", "+", " ", "(", ",", "015", "-15", "#", "+,020", "(12", "5"};

    private static final double[] FLOAT_EDGES = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 9.9995,
        0.0001, 0.00009999, 123456789.0, 1e7, 1e-5, 1e100, 9.96, 999999.5, 0.05, 0.95, 9.5, 99.5, 0.0005, 1.0, -1.0,
        10.0, 100.0, 1e6, 1e-4, 9.999999e-5, 99999.95, 999999.0, 9999999.0, 1234567.891, 0.1, 0.2, 0.3, 1.0 / 3,
        2.0 / 3, Math.PI, Math.E, 1e308, 1e-308, 2.2250738585072009e-308, 4.9e-324, 1e21, 1e22, 1e23, 5e-324 * 3,
        0x1.fffffffffffffp0, 0x1.0000000000001p0, 0x1.8p0, 0x1.08p0, 0x1.18p0, 0x1.ffffffp-1030, 0x0.8p-1022,
        0x1.fffffffffffffp1023, 0x1.7ffffffffffffp3, 0x1.8000000000001p3, 0x0.fffffffffffffp-1022, 12345.0, -12345.678,
        0.00001234, 5.0, 50.0, 0.999999, 0.9999995, 9.9999995, 4.35, 0.015, 1.115, 1e-10, 123e300, 1.7976931348623157e308,
    };

    @Test
    void floatingEdgeValuesMatch() {
        compared = 0;
        for (double v : FLOAT_EDGES) {
            for (int c = 0; c < FLOAT_CONVERSIONS.length(); c++) {
                for (int p : FLOAT_PRECISIONS) {
                    for (String f : FLOAT_FLAGS) {
                        quickCheck(floatSpec(f, p, FLOAT_CONVERSIONS.charAt(c)), v);
                    }
                }
            }
        }
        // every flag set and width on a few values, exceptions included
        String allFlags = "-#+ 0,(";
        String[] widths = {"", "1", "8", "14", "30"};
        String[] precisions = {"", ".0", ".1", ".3", ".13", ".25"};
        Object[] values = {-1234.5678, 0.0, -0.0, 1e-300, Double.NaN, Double.NEGATIVE_INFINITY, 99.995, 7.25f,
            -0.1f, Float.MAX_VALUE, Float.MIN_VALUE, 0x1.fffffp-1022};
        for (int set = 0; set < 1 << allFlags.length(); set++) {
            StringBuilder fl = new StringBuilder();
            for (int k = 0; k < allFlags.length(); k++) {
                if ((set & (1 << k)) != 0) {
                    fl.append(allFlags.charAt(k));
                }
            }
            for (String w : widths) {
                for (String p : precisions) {
                    for (int c = 0; c < FLOAT_CONVERSIONS.length(); c++) {
                        String f = "<%" + fl + w + p + FLOAT_CONVERSIONS.charAt(c) + ">";
                        for (Object v : values) {
                            check(f, v);
                        }
                    }
                }
            }
        }
        // rounding that carries into a new digit, and the rounding rule on the shortest digits
        Object[][] cases = {
            {"%.1f", 9.96}, {"%.0f", 999999.5}, {"%.20f", 0.1}, {"%.2f", 1.005}, {"%.3f", 9.9995}, {"%.0f", 0.5},
            {"%.0f", 1.5}, {"%.0f", 2.5}, {"%.2e", 9.996}, {"%.3g", 999.5}, {"%g", 0.0001}, {"%g", 0.00009999},
            {"%.0e", 9.5}, {"%e", 1e100}, {"%e", 1.0}, {"%a", 1.0}, {"%a", Double.MIN_VALUE}, {"%A", -0.0},
            {"%.1a", 0x1.f8p0}, {"%.2a", 0x1.fffffffffffffp1023}, {"%#.0e", 5.0}, {"%#.0f", 5.0},
            {"%.1000f", 0.1}, {"%.500e", Double.MIN_VALUE}, {"%,.3f", 1234567.8915}, {"%(,.2f", -1234567.891},
        };
        for (Object[] c : cases) {
            check((String) c[0], c[1]);
        }
        assertTrue(compared > 50_000, "compared " + compared);
    }

    @Test
    void randomDoublesMatch() {
        java.util.Random random = new java.util.Random(0x5EED_F10A7L);
        int values = 0;
        compared = 0;
        for (int i = 0; i < 24_000; i++) {
            double v;
            switch (i % 4) {
                case 0 -> v = Double.longBitsToDouble(random.nextLong()); // random bits: any exponent
                case 1 -> { // a "nice" decimal: few digits at a moderate power of ten
                    long digits = random.nextInt(1 << random.nextInt(31));
                    v = Double.parseDouble(digits + "e" + (random.nextInt(30) - 20));
                    if (random.nextBoolean()) {
                        v = -v;
                    }
                }
                case 2 -> v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
                default -> v = random.nextInt(2_000_001) / 1000.0 - 1000; // ties at three decimals
            }
            values++;
            for (int c = 0; c < FLOAT_CONVERSIONS.length(); c++) {
                for (int p : FLOAT_PRECISIONS) {
                    String f = FLOAT_FLAGS[random.nextInt(FLOAT_FLAGS.length)];
                    quickCheck(floatSpec(f, p, FLOAT_CONVERSIONS.charAt(c)), v);
                }
            }
        }
        // Float arguments print as the double they widen to
        for (int i = 0; i < 4_000; i++) {
            float v = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt()) : random.nextInt(100_000) / 100f;
            for (int c = 0; c < FLOAT_CONVERSIONS.length(); c++) {
                for (int p : FLOAT_PRECISIONS) {
                    quickCheck(floatSpec(FLOAT_FLAGS[random.nextInt(FLOAT_FLAGS.length)], p,
                            FLOAT_CONVERSIONS.charAt(c)), v);
                }
            }
        }
        assertTrue(values >= 20_000 && compared > 1_000_000, "compared " + compared);
    }

    private static String floatSpec(String flags, int precision, char conversion) {
        if (conversion == 'g' || conversion == 'G') {
            flags = flags.replace("#", "");
        } else if (conversion == 'a' || conversion == 'A') {
            flags = flags.replace("(", "").replace(",", "");
        } else if (conversion == 'e' || conversion == 'E') {
            flags = flags.replace(",", "");
        }
        return "%" + flags + (precision < 0 ? "" : "." + precision) + conversion;
    }

    /** check() for formats the JDK accepts, without building a message unless they differ. */
    private static void quickCheck(String format, Object arg) {
        compared++;
        String jdk = String.format(Locale.US, format, arg);
        String mine = Format.format(format, new Object[] {arg});
        if (!jdk.equals(mine)) {
            Object shown = arg instanceof Double d ? Double.toHexString(d) + " (" + d + ")" : arg + "f";
            fail(format + " of " + shown + ": JDK [" + jdk + "], rtgo [" + mine + "]");
        }
    }

    /** Whether the JDK rejects the format string itself, before looking at any argument. */
    private static boolean failsToParse(String format) {
        try {
            String.format(Locale.US, format, (Object[]) null);
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static void check(String format, Object... args) {
        compared++;
        StringBuilder jdkOut = new StringBuilder();
        Throwable jdk = null;
        try {
            new Formatter(jdkOut, Locale.US).format(format, args);
        } catch (RuntimeException e) {
            jdk = e;
        }
        StringBuilder mineOut = new StringBuilder();
        Throwable mine = null;
        try {
            Format.formatTo(mineOut, format, args);
        } catch (RuntimeException e) {
            mine = e;
        }
        String what = format + " with " + Arrays.deepToString(args);
        if (jdk != null && jdk.getClass().getName().equals("java.util.IllegalFormatArgumentIndexException")) {
            // the device's substitute cannot be made on the host (its Throwable walks the device's stack)
            assertTrue(mine != null && Arrays.stream(mine.getStackTrace()).anyMatch(
                    e -> e.getClassName().endsWith("TIllegalFormatArgumentIndexException")), what + ": " + mine);
            return;
        }
        if (jdk == null) {
            if (mine != null) {
                fail(what + ": JDK [" + jdkOut + "], rtgo threw " + mine);
            }
        } else {
            if (mine == null) {
                fail(what + ": JDK threw " + jdk + ", rtgo [" + mineOut + "]");
            }
            assertEquals(jdk.getClass(), mine.getClass(), what);
            // a NullPointerException thrown often at one place loses its message once C2 compiles
            // it (OmitStackTraceInFastThrow): then only the class can be compared
            if (!(jdk instanceof NullPointerException && jdk.getMessage() == null)) {
                assertEquals(jdk.getMessage(), mine.getMessage(), what);
            }
        }
        assertEquals(jdkOut.toString(), mineOut.toString(), what);
    }

    private static Throwable catching(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            return t;
        }
        fail("no exception");
        return null;
    }
}
