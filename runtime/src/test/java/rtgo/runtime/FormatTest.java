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

    @Test
    void floatingConversionsOfNumbersAwaitTheSoftFloat() {
        for (String f : new String[] {"%f", "%e", "%g", "%a", "%E", "%G", "%A", "%10.3f", "%-+12.4e", "%,f", "%(f"}) {
            for (Object arg : new Object[] {1.5, -0.25f}) {
                Throwable mine = catching(() -> Format.format(f, new Object[] {arg}));
                assertTrue(mine instanceof UnsupportedOperationException && mine.getMessage().contains("soft-float"),
                        f + " " + mine);
            }
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
        if (mine instanceof UnsupportedOperationException && mine.getMessage().contains("soft-float")) {
            // only a floating conversion of a Double or Float, which the JDK prints
            assertEquals(null, jdk, what);
            return;
        }
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
