package rtgo.runtime.classlib.org.junit.jupiter.api;

import rtgo.runtime.classlib.java.lang.TByte;
import rtgo.runtime.classlib.java.lang.TCharacter;
import rtgo.runtime.classlib.java.lang.TDouble;
import rtgo.runtime.classlib.java.lang.TFloat;
import rtgo.runtime.classlib.java.lang.TInteger;
import rtgo.runtime.classlib.java.lang.TLong;
import rtgo.runtime.classlib.java.lang.TShort;
import rtgo.runtime.classlib.java.lang.TThrowable;
import rtgo.runtime.classlib.java.util.function.TSupplier;
import rtgo.runtime.classlib.org.junit.jupiter.api.function.TExecutable;
import rtgo.runtime.classlib.org.junit.jupiter.api.function.TThrowingSupplier;
import rtgo.runtime.classlib.org.opentest4j.TAssertionFailedError;

/*
 * TAssertions: org.junit.jupiter.api.Assertions on the device (rtgo-junit runs a test class's
 * methods on the emulated RP2040; see junit/README section in the top README).
 *
 * Design note. Every assertion ends in one of a few checks (equalObjects, the array walk, the
 * throw checks) and one place that builds the failure (failure), so the messages are JUnit 5.14's
 * texts, checked against JUnit on the host by rtgo-junit's AssertionMessagesTest:
 * "[message ==> ]expected: <3> but was: <4>", with the class and identity hash in front of each
 * value when the two print the same ("java.lang.Integer@1b<3>"), "array contents differ at index
 * [1][2], ...", "Expected X to be thrown, but nothing was thrown." A message is the String or the
 * Supplier's text; a blank one adds no prefix. Primitive overloads compare as JUnit does (float
 * and double by their bits, so NaN equals NaN and 0.0 differs from -0.0) and box only to report a
 * failure. Primitive arrays are walked through their boxed elements, whose equals is the same
 * comparison: one walk for nine array types costs an allocation per element, acceptable in a test.
 *
 * The declarations name the runtime's substitutes (TInteger for Integer, TSupplier for Supplier,
 * TThrowable for Throwable) because the transpiler resolves a call to this class by its mapped
 * descriptor. Failures are thrown as Error: javac knows only the JDK's throwables, and the
 * substitute TAssertionFailedError is an Error on the device.
 */
public final class TAssertions {
    private TAssertions() {}

    // ---- failures ---------------------------------------------------------------------------------

    /** The text of a message argument: null, a String, or a Supplier of one (called only on failure). */
    private static String text(Object messageOrSupplier) {
        if (messageOrSupplier instanceof TSupplier<?> s) {
            Object m = s.get();
            return m == null ? null : m.toString();
        }
        return (String) messageOrSupplier;
    }

    /** "message ==> " for a message that is not blank, else nothing (JUnit's prefix). */
    private static String prefix(Object messageOrSupplier) {
        String m = text(messageOrSupplier);
        if (m == null) {
            return "";
        }
        for (int i = 0; i < m.length(); i++) {
            if (!Character.isWhitespace(m.charAt(i))) {
                return m + " ==> ";
            }
        }
        return "";
    }

    private static Error failure(Object messageOrSupplier, String reason, TThrowable cause) {
        return (Error) (Object) new TAssertionFailedError(prefix(messageOrSupplier) + reason, cause);
    }

    /** A mismatch: the reason (if any) and both values in the message, and the values kept for an IDE's comparison. */
    private static Error mismatch(Object messageOrSupplier, String reason, Object expected, Object actual) {
        String values = formatValues(expected, actual);
        return (Error) (Object) new TAssertionFailedError(prefix(messageOrSupplier)
                + (reason == null ? values : reason + ", " + values), expected, actual);
    }

    /** "expected: <e> but was: <a>", with class and identity hash when both print the same. */
    private static String formatValues(Object expected, Object actual) {
        String e = show(expected);
        String a = show(actual);
        if (e.equals(a)) {
            return "expected: " + classAndValue(expected, e) + " but was: " + classAndValue(actual, a);
        }
        return "expected: <" + e + "> but was: <" + a + ">";
    }

    private static String classAndValue(Object value, String shown) {
        if (value == null) {
            return "<null>";
        }
        return value.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(value)) + "<" + shown + ">";
    }

    /** A value as JUnit prints it: arrays by their contents, null as "null". */
    private static String show(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Object[] a) {
            return java.util.Arrays.deepToString(a);
        }
        if (v instanceof int[] a) {
            return java.util.Arrays.toString(a);
        }
        if (v instanceof long[] a) {
            return java.util.Arrays.toString(a);
        }
        if (v instanceof byte[] a) {
            return java.util.Arrays.toString(a);
        }
        if (v instanceof short[] a) {
            return java.util.Arrays.toString(a);
        }
        if (v instanceof char[] a) {
            return java.util.Arrays.toString(a);
        }
        if (v instanceof boolean[] a) {
            return java.util.Arrays.toString(a);
        }
        if (v instanceof float[] a) {
            return java.util.Arrays.toString(a);
        }
        if (v instanceof double[] a) {
            return java.util.Arrays.toString(a);
        }
        return String.valueOf(v.toString());
    }

    /** The name JUnit gives a class in its messages: the canonical name, else the binary name. */
    private static String typeName(Class<?> c) {
        String n = c.getCanonicalName();
        return n != null ? n : c.getName();
    }

    // ---- fail -------------------------------------------------------------------------------------

    public static Object fail() {
        throw (Error) (Object) new TAssertionFailedError();
    }

    public static Object fail(String message) {
        throw (Error) (Object) new TAssertionFailedError(message);
    }

    public static Object fail(String message, TThrowable cause) {
        throw (Error) (Object) new TAssertionFailedError(message, cause);
    }

    public static Object fail(TThrowable cause) {
        throw (Error) (Object) new TAssertionFailedError(null, cause);
    }

    public static Object fail(TSupplier<String> messageSupplier) {
        throw (Error) (Object) new TAssertionFailedError(text(messageSupplier));
    }

    // ---- assertTrue, assertFalse, assertNull, assertNotNull ---------------------------------------

    private static void condition(boolean expected, boolean actual, Object messageOrSupplier) {
        if (actual != expected) {
            throw mismatch(messageOrSupplier, null, expected, actual);
        }
    }

    public static void assertTrue(boolean condition) {
        condition(true, condition, null);
    }

    public static void assertTrue(boolean condition, String message) {
        condition(true, condition, message);
    }

    public static void assertTrue(boolean condition, TSupplier<String> messageSupplier) {
        condition(true, condition, messageSupplier);
    }

    public static void assertFalse(boolean condition) {
        condition(false, condition, null);
    }

    public static void assertFalse(boolean condition, String message) {
        condition(false, condition, message);
    }

    public static void assertFalse(boolean condition, TSupplier<String> messageSupplier) {
        condition(false, condition, messageSupplier);
    }

    public static void assertNull(Object actual) {
        if (actual != null) {
            throw mismatch(null, null, null, actual);
        }
    }

    public static void assertNotNull(Object actual) {
        if (actual == null) {
            throw failure(null, "expected: not <null>", null);
        }
    }

    public static void assertNull(Object actual, String message) {
        if (actual != null) {
            throw mismatch(message, null, null, actual);
        }
    }

    public static void assertNotNull(Object actual, String message) {
        if (actual == null) {
            throw failure(message, "expected: not <null>", null);
        }
    }

    public static void assertNull(Object actual, TSupplier<String> messageSupplier) {
        if (actual != null) {
            throw mismatch(messageSupplier, null, null, actual);
        }
    }

    public static void assertNotNull(Object actual, TSupplier<String> messageSupplier) {
        if (actual == null) {
            throw failure(messageSupplier, "expected: not <null>", null);
        }
    }

    // ---- assertEquals, assertNotEquals --------------------------------------------------------------

    private static void equalObjects(Object expected, Object actual, Object messageOrSupplier) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            throw mismatch(messageOrSupplier, null, expected, actual);
        }
    }

    private static void unequalObjects(Object unexpected, Object actual, Object messageOrSupplier) {
        if (unexpected == null ? actual == null : unexpected.equals(actual)) {
            throw failure(messageOrSupplier, "expected: not equal but was: <" + show(actual) + ">", null);
        }
    }

    /** float and double within a delta: equal bits, or at most delta apart; a negative or NaN delta is an error. */
    private static void near(double expected, double actual, double delta, Object boxedExpected, Object boxedActual,
                             Object messageOrSupplier) {
        if (Double.isNaN(delta) || delta < 0.0) {
            throw failure(null, "positive delta expected but was: <" + (boxedExpected instanceof Float ? String.valueOf((float) delta) : String.valueOf(delta)) + ">", null);
        }
        if (!boxedExpected.equals(boxedActual) && !(Math.abs(expected - actual) <= delta)) {
            throw mismatch(messageOrSupplier, null, boxedExpected, boxedActual);
        }
    }

    public static void assertEquals(byte expected, byte actual) {
        if (expected != actual) {
            throw mismatch(null, null, Byte.valueOf(expected), Byte.valueOf(actual));
        }
    }

    public static void assertEquals(byte expected, TByte actual) {
        equalObjects(Byte.valueOf(expected), actual, null);
    }

    public static void assertEquals(TByte expected, byte actual) {
        equalObjects(expected, Byte.valueOf(actual), null);
    }

    public static void assertEquals(TByte expected, TByte actual) {
        equalObjects(expected, actual, null);
    }

    public static void assertNotEquals(byte unexpected, byte actual) {
        unequalObjects(Byte.valueOf(unexpected), Byte.valueOf(actual), null);
    }

    public static void assertNotEquals(byte unexpected, TByte actual) {
        unequalObjects(Byte.valueOf(unexpected), actual, null);
    }

    public static void assertNotEquals(TByte unexpected, byte actual) {
        unequalObjects(unexpected, Byte.valueOf(actual), null);
    }

    public static void assertNotEquals(TByte unexpected, TByte actual) {
        unequalObjects(unexpected, actual, null);
    }

    public static void assertEquals(byte expected, byte actual, String message) {
        if (expected != actual) {
            throw mismatch(message, null, Byte.valueOf(expected), Byte.valueOf(actual));
        }
    }

    public static void assertEquals(byte expected, TByte actual, String message) {
        equalObjects(Byte.valueOf(expected), actual, message);
    }

    public static void assertEquals(TByte expected, byte actual, String message) {
        equalObjects(expected, Byte.valueOf(actual), message);
    }

    public static void assertEquals(TByte expected, TByte actual, String message) {
        equalObjects(expected, actual, message);
    }

    public static void assertNotEquals(byte unexpected, byte actual, String message) {
        unequalObjects(Byte.valueOf(unexpected), Byte.valueOf(actual), message);
    }

    public static void assertNotEquals(byte unexpected, TByte actual, String message) {
        unequalObjects(Byte.valueOf(unexpected), actual, message);
    }

    public static void assertNotEquals(TByte unexpected, byte actual, String message) {
        unequalObjects(unexpected, Byte.valueOf(actual), message);
    }

    public static void assertNotEquals(TByte unexpected, TByte actual, String message) {
        unequalObjects(unexpected, actual, message);
    }

    public static void assertEquals(byte expected, byte actual, TSupplier<String> messageSupplier) {
        if (expected != actual) {
            throw mismatch(messageSupplier, null, Byte.valueOf(expected), Byte.valueOf(actual));
        }
    }

    public static void assertEquals(byte expected, TByte actual, TSupplier<String> messageSupplier) {
        equalObjects(Byte.valueOf(expected), actual, messageSupplier);
    }

    public static void assertEquals(TByte expected, byte actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, Byte.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(TByte expected, TByte actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, actual, messageSupplier);
    }

    public static void assertNotEquals(byte unexpected, byte actual, TSupplier<String> messageSupplier) {
        unequalObjects(Byte.valueOf(unexpected), Byte.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(byte unexpected, TByte actual, TSupplier<String> messageSupplier) {
        unequalObjects(Byte.valueOf(unexpected), actual, messageSupplier);
    }

    public static void assertNotEquals(TByte unexpected, byte actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, Byte.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(TByte unexpected, TByte actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, actual, messageSupplier);
    }

    public static void assertEquals(short expected, short actual) {
        if (expected != actual) {
            throw mismatch(null, null, Short.valueOf(expected), Short.valueOf(actual));
        }
    }

    public static void assertEquals(short expected, TShort actual) {
        equalObjects(Short.valueOf(expected), actual, null);
    }

    public static void assertEquals(TShort expected, short actual) {
        equalObjects(expected, Short.valueOf(actual), null);
    }

    public static void assertEquals(TShort expected, TShort actual) {
        equalObjects(expected, actual, null);
    }

    public static void assertNotEquals(short unexpected, short actual) {
        unequalObjects(Short.valueOf(unexpected), Short.valueOf(actual), null);
    }

    public static void assertNotEquals(short unexpected, TShort actual) {
        unequalObjects(Short.valueOf(unexpected), actual, null);
    }

    public static void assertNotEquals(TShort unexpected, short actual) {
        unequalObjects(unexpected, Short.valueOf(actual), null);
    }

    public static void assertNotEquals(TShort unexpected, TShort actual) {
        unequalObjects(unexpected, actual, null);
    }

    public static void assertEquals(short expected, short actual, String message) {
        if (expected != actual) {
            throw mismatch(message, null, Short.valueOf(expected), Short.valueOf(actual));
        }
    }

    public static void assertEquals(short expected, TShort actual, String message) {
        equalObjects(Short.valueOf(expected), actual, message);
    }

    public static void assertEquals(TShort expected, short actual, String message) {
        equalObjects(expected, Short.valueOf(actual), message);
    }

    public static void assertEquals(TShort expected, TShort actual, String message) {
        equalObjects(expected, actual, message);
    }

    public static void assertNotEquals(short unexpected, short actual, String message) {
        unequalObjects(Short.valueOf(unexpected), Short.valueOf(actual), message);
    }

    public static void assertNotEquals(short unexpected, TShort actual, String message) {
        unequalObjects(Short.valueOf(unexpected), actual, message);
    }

    public static void assertNotEquals(TShort unexpected, short actual, String message) {
        unequalObjects(unexpected, Short.valueOf(actual), message);
    }

    public static void assertNotEquals(TShort unexpected, TShort actual, String message) {
        unequalObjects(unexpected, actual, message);
    }

    public static void assertEquals(short expected, short actual, TSupplier<String> messageSupplier) {
        if (expected != actual) {
            throw mismatch(messageSupplier, null, Short.valueOf(expected), Short.valueOf(actual));
        }
    }

    public static void assertEquals(short expected, TShort actual, TSupplier<String> messageSupplier) {
        equalObjects(Short.valueOf(expected), actual, messageSupplier);
    }

    public static void assertEquals(TShort expected, short actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, Short.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(TShort expected, TShort actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, actual, messageSupplier);
    }

    public static void assertNotEquals(short unexpected, short actual, TSupplier<String> messageSupplier) {
        unequalObjects(Short.valueOf(unexpected), Short.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(short unexpected, TShort actual, TSupplier<String> messageSupplier) {
        unequalObjects(Short.valueOf(unexpected), actual, messageSupplier);
    }

    public static void assertNotEquals(TShort unexpected, short actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, Short.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(TShort unexpected, TShort actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, actual, messageSupplier);
    }

    public static void assertEquals(int expected, int actual) {
        if (expected != actual) {
            throw mismatch(null, null, Integer.valueOf(expected), Integer.valueOf(actual));
        }
    }

    public static void assertEquals(int expected, TInteger actual) {
        equalObjects(Integer.valueOf(expected), actual, null);
    }

    public static void assertEquals(TInteger expected, int actual) {
        equalObjects(expected, Integer.valueOf(actual), null);
    }

    public static void assertEquals(TInteger expected, TInteger actual) {
        equalObjects(expected, actual, null);
    }

    public static void assertNotEquals(int unexpected, int actual) {
        unequalObjects(Integer.valueOf(unexpected), Integer.valueOf(actual), null);
    }

    public static void assertNotEquals(int unexpected, TInteger actual) {
        unequalObjects(Integer.valueOf(unexpected), actual, null);
    }

    public static void assertNotEquals(TInteger unexpected, int actual) {
        unequalObjects(unexpected, Integer.valueOf(actual), null);
    }

    public static void assertNotEquals(TInteger unexpected, TInteger actual) {
        unequalObjects(unexpected, actual, null);
    }

    public static void assertEquals(int expected, int actual, String message) {
        if (expected != actual) {
            throw mismatch(message, null, Integer.valueOf(expected), Integer.valueOf(actual));
        }
    }

    public static void assertEquals(int expected, TInteger actual, String message) {
        equalObjects(Integer.valueOf(expected), actual, message);
    }

    public static void assertEquals(TInteger expected, int actual, String message) {
        equalObjects(expected, Integer.valueOf(actual), message);
    }

    public static void assertEquals(TInteger expected, TInteger actual, String message) {
        equalObjects(expected, actual, message);
    }

    public static void assertNotEquals(int unexpected, int actual, String message) {
        unequalObjects(Integer.valueOf(unexpected), Integer.valueOf(actual), message);
    }

    public static void assertNotEquals(int unexpected, TInteger actual, String message) {
        unequalObjects(Integer.valueOf(unexpected), actual, message);
    }

    public static void assertNotEquals(TInteger unexpected, int actual, String message) {
        unequalObjects(unexpected, Integer.valueOf(actual), message);
    }

    public static void assertNotEquals(TInteger unexpected, TInteger actual, String message) {
        unequalObjects(unexpected, actual, message);
    }

    public static void assertEquals(int expected, int actual, TSupplier<String> messageSupplier) {
        if (expected != actual) {
            throw mismatch(messageSupplier, null, Integer.valueOf(expected), Integer.valueOf(actual));
        }
    }

    public static void assertEquals(int expected, TInteger actual, TSupplier<String> messageSupplier) {
        equalObjects(Integer.valueOf(expected), actual, messageSupplier);
    }

    public static void assertEquals(TInteger expected, int actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, Integer.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(TInteger expected, TInteger actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, actual, messageSupplier);
    }

    public static void assertNotEquals(int unexpected, int actual, TSupplier<String> messageSupplier) {
        unequalObjects(Integer.valueOf(unexpected), Integer.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(int unexpected, TInteger actual, TSupplier<String> messageSupplier) {
        unequalObjects(Integer.valueOf(unexpected), actual, messageSupplier);
    }

    public static void assertNotEquals(TInteger unexpected, int actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, Integer.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(TInteger unexpected, TInteger actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, actual, messageSupplier);
    }

    public static void assertEquals(long expected, long actual) {
        if (expected != actual) {
            throw mismatch(null, null, Long.valueOf(expected), Long.valueOf(actual));
        }
    }

    public static void assertEquals(long expected, TLong actual) {
        equalObjects(Long.valueOf(expected), actual, null);
    }

    public static void assertEquals(TLong expected, long actual) {
        equalObjects(expected, Long.valueOf(actual), null);
    }

    public static void assertEquals(TLong expected, TLong actual) {
        equalObjects(expected, actual, null);
    }

    public static void assertNotEquals(long unexpected, long actual) {
        unequalObjects(Long.valueOf(unexpected), Long.valueOf(actual), null);
    }

    public static void assertNotEquals(long unexpected, TLong actual) {
        unequalObjects(Long.valueOf(unexpected), actual, null);
    }

    public static void assertNotEquals(TLong unexpected, long actual) {
        unequalObjects(unexpected, Long.valueOf(actual), null);
    }

    public static void assertNotEquals(TLong unexpected, TLong actual) {
        unequalObjects(unexpected, actual, null);
    }

    public static void assertEquals(long expected, long actual, String message) {
        if (expected != actual) {
            throw mismatch(message, null, Long.valueOf(expected), Long.valueOf(actual));
        }
    }

    public static void assertEquals(long expected, TLong actual, String message) {
        equalObjects(Long.valueOf(expected), actual, message);
    }

    public static void assertEquals(TLong expected, long actual, String message) {
        equalObjects(expected, Long.valueOf(actual), message);
    }

    public static void assertEquals(TLong expected, TLong actual, String message) {
        equalObjects(expected, actual, message);
    }

    public static void assertNotEquals(long unexpected, long actual, String message) {
        unequalObjects(Long.valueOf(unexpected), Long.valueOf(actual), message);
    }

    public static void assertNotEquals(long unexpected, TLong actual, String message) {
        unequalObjects(Long.valueOf(unexpected), actual, message);
    }

    public static void assertNotEquals(TLong unexpected, long actual, String message) {
        unequalObjects(unexpected, Long.valueOf(actual), message);
    }

    public static void assertNotEquals(TLong unexpected, TLong actual, String message) {
        unequalObjects(unexpected, actual, message);
    }

    public static void assertEquals(long expected, long actual, TSupplier<String> messageSupplier) {
        if (expected != actual) {
            throw mismatch(messageSupplier, null, Long.valueOf(expected), Long.valueOf(actual));
        }
    }

    public static void assertEquals(long expected, TLong actual, TSupplier<String> messageSupplier) {
        equalObjects(Long.valueOf(expected), actual, messageSupplier);
    }

    public static void assertEquals(TLong expected, long actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, Long.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(TLong expected, TLong actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, actual, messageSupplier);
    }

    public static void assertNotEquals(long unexpected, long actual, TSupplier<String> messageSupplier) {
        unequalObjects(Long.valueOf(unexpected), Long.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(long unexpected, TLong actual, TSupplier<String> messageSupplier) {
        unequalObjects(Long.valueOf(unexpected), actual, messageSupplier);
    }

    public static void assertNotEquals(TLong unexpected, long actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, Long.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(TLong unexpected, TLong actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, actual, messageSupplier);
    }

    public static void assertEquals(char expected, char actual) {
        if (expected != actual) {
            throw mismatch(null, null, Character.valueOf(expected), Character.valueOf(actual));
        }
    }

    public static void assertEquals(char expected, TCharacter actual) {
        equalObjects(Character.valueOf(expected), actual, null);
    }

    public static void assertEquals(TCharacter expected, char actual) {
        equalObjects(expected, Character.valueOf(actual), null);
    }

    public static void assertEquals(TCharacter expected, TCharacter actual) {
        equalObjects(expected, actual, null);
    }

    public static void assertNotEquals(char unexpected, char actual) {
        unequalObjects(Character.valueOf(unexpected), Character.valueOf(actual), null);
    }

    public static void assertNotEquals(char unexpected, TCharacter actual) {
        unequalObjects(Character.valueOf(unexpected), actual, null);
    }

    public static void assertNotEquals(TCharacter unexpected, char actual) {
        unequalObjects(unexpected, Character.valueOf(actual), null);
    }

    public static void assertNotEquals(TCharacter unexpected, TCharacter actual) {
        unequalObjects(unexpected, actual, null);
    }

    public static void assertEquals(char expected, char actual, String message) {
        if (expected != actual) {
            throw mismatch(message, null, Character.valueOf(expected), Character.valueOf(actual));
        }
    }

    public static void assertEquals(char expected, TCharacter actual, String message) {
        equalObjects(Character.valueOf(expected), actual, message);
    }

    public static void assertEquals(TCharacter expected, char actual, String message) {
        equalObjects(expected, Character.valueOf(actual), message);
    }

    public static void assertEquals(TCharacter expected, TCharacter actual, String message) {
        equalObjects(expected, actual, message);
    }

    public static void assertNotEquals(char unexpected, char actual, String message) {
        unequalObjects(Character.valueOf(unexpected), Character.valueOf(actual), message);
    }

    public static void assertNotEquals(char unexpected, TCharacter actual, String message) {
        unequalObjects(Character.valueOf(unexpected), actual, message);
    }

    public static void assertNotEquals(TCharacter unexpected, char actual, String message) {
        unequalObjects(unexpected, Character.valueOf(actual), message);
    }

    public static void assertNotEquals(TCharacter unexpected, TCharacter actual, String message) {
        unequalObjects(unexpected, actual, message);
    }

    public static void assertEquals(char expected, char actual, TSupplier<String> messageSupplier) {
        if (expected != actual) {
            throw mismatch(messageSupplier, null, Character.valueOf(expected), Character.valueOf(actual));
        }
    }

    public static void assertEquals(char expected, TCharacter actual, TSupplier<String> messageSupplier) {
        equalObjects(Character.valueOf(expected), actual, messageSupplier);
    }

    public static void assertEquals(TCharacter expected, char actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, Character.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(TCharacter expected, TCharacter actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, actual, messageSupplier);
    }

    public static void assertNotEquals(char unexpected, char actual, TSupplier<String> messageSupplier) {
        unequalObjects(Character.valueOf(unexpected), Character.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(char unexpected, TCharacter actual, TSupplier<String> messageSupplier) {
        unequalObjects(Character.valueOf(unexpected), actual, messageSupplier);
    }

    public static void assertNotEquals(TCharacter unexpected, char actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, Character.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(TCharacter unexpected, TCharacter actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, actual, messageSupplier);
    }

    public static void assertEquals(float expected, float actual) {
        if (!Float.valueOf(expected).equals(Float.valueOf(actual))) {
            throw mismatch(null, null, Float.valueOf(expected), Float.valueOf(actual));
        }
    }

    public static void assertEquals(float expected, TFloat actual) {
        equalObjects(Float.valueOf(expected), actual, null);
    }

    public static void assertEquals(TFloat expected, float actual) {
        equalObjects(expected, Float.valueOf(actual), null);
    }

    public static void assertEquals(TFloat expected, TFloat actual) {
        equalObjects(expected, actual, null);
    }

    public static void assertNotEquals(float unexpected, float actual) {
        unequalObjects(Float.valueOf(unexpected), Float.valueOf(actual), null);
    }

    public static void assertNotEquals(float unexpected, TFloat actual) {
        unequalObjects(Float.valueOf(unexpected), actual, null);
    }

    public static void assertNotEquals(TFloat unexpected, float actual) {
        unequalObjects(unexpected, Float.valueOf(actual), null);
    }

    public static void assertNotEquals(TFloat unexpected, TFloat actual) {
        unequalObjects(unexpected, actual, null);
    }

    public static void assertEquals(float expected, float actual, float delta) {
        near(expected, actual, delta, Float.valueOf(expected), Float.valueOf(actual), null);
    }

    public static void assertEquals(float expected, float actual, String message) {
        if (!Float.valueOf(expected).equals(Float.valueOf(actual))) {
            throw mismatch(message, null, Float.valueOf(expected), Float.valueOf(actual));
        }
    }

    public static void assertEquals(float expected, TFloat actual, String message) {
        equalObjects(Float.valueOf(expected), actual, message);
    }

    public static void assertEquals(TFloat expected, float actual, String message) {
        equalObjects(expected, Float.valueOf(actual), message);
    }

    public static void assertEquals(TFloat expected, TFloat actual, String message) {
        equalObjects(expected, actual, message);
    }

    public static void assertNotEquals(float unexpected, float actual, String message) {
        unequalObjects(Float.valueOf(unexpected), Float.valueOf(actual), message);
    }

    public static void assertNotEquals(float unexpected, TFloat actual, String message) {
        unequalObjects(Float.valueOf(unexpected), actual, message);
    }

    public static void assertNotEquals(TFloat unexpected, float actual, String message) {
        unequalObjects(unexpected, Float.valueOf(actual), message);
    }

    public static void assertNotEquals(TFloat unexpected, TFloat actual, String message) {
        unequalObjects(unexpected, actual, message);
    }

    public static void assertEquals(float expected, float actual, float delta, String message) {
        near(expected, actual, delta, Float.valueOf(expected), Float.valueOf(actual), message);
    }

    public static void assertEquals(float expected, float actual, TSupplier<String> messageSupplier) {
        if (!Float.valueOf(expected).equals(Float.valueOf(actual))) {
            throw mismatch(messageSupplier, null, Float.valueOf(expected), Float.valueOf(actual));
        }
    }

    public static void assertEquals(float expected, TFloat actual, TSupplier<String> messageSupplier) {
        equalObjects(Float.valueOf(expected), actual, messageSupplier);
    }

    public static void assertEquals(TFloat expected, float actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, Float.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(TFloat expected, TFloat actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, actual, messageSupplier);
    }

    public static void assertNotEquals(float unexpected, float actual, TSupplier<String> messageSupplier) {
        unequalObjects(Float.valueOf(unexpected), Float.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(float unexpected, TFloat actual, TSupplier<String> messageSupplier) {
        unequalObjects(Float.valueOf(unexpected), actual, messageSupplier);
    }

    public static void assertNotEquals(TFloat unexpected, float actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, Float.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(TFloat unexpected, TFloat actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, actual, messageSupplier);
    }

    public static void assertEquals(float expected, float actual, float delta, TSupplier<String> messageSupplier) {
        near(expected, actual, delta, Float.valueOf(expected), Float.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(double expected, double actual) {
        if (!Double.valueOf(expected).equals(Double.valueOf(actual))) {
            throw mismatch(null, null, Double.valueOf(expected), Double.valueOf(actual));
        }
    }

    public static void assertEquals(double expected, TDouble actual) {
        equalObjects(Double.valueOf(expected), actual, null);
    }

    public static void assertEquals(TDouble expected, double actual) {
        equalObjects(expected, Double.valueOf(actual), null);
    }

    public static void assertEquals(TDouble expected, TDouble actual) {
        equalObjects(expected, actual, null);
    }

    public static void assertNotEquals(double unexpected, double actual) {
        unequalObjects(Double.valueOf(unexpected), Double.valueOf(actual), null);
    }

    public static void assertNotEquals(double unexpected, TDouble actual) {
        unequalObjects(Double.valueOf(unexpected), actual, null);
    }

    public static void assertNotEquals(TDouble unexpected, double actual) {
        unequalObjects(unexpected, Double.valueOf(actual), null);
    }

    public static void assertNotEquals(TDouble unexpected, TDouble actual) {
        unequalObjects(unexpected, actual, null);
    }

    public static void assertEquals(double expected, double actual, double delta) {
        near(expected, actual, delta, Double.valueOf(expected), Double.valueOf(actual), null);
    }

    public static void assertEquals(double expected, double actual, String message) {
        if (!Double.valueOf(expected).equals(Double.valueOf(actual))) {
            throw mismatch(message, null, Double.valueOf(expected), Double.valueOf(actual));
        }
    }

    public static void assertEquals(double expected, TDouble actual, String message) {
        equalObjects(Double.valueOf(expected), actual, message);
    }

    public static void assertEquals(TDouble expected, double actual, String message) {
        equalObjects(expected, Double.valueOf(actual), message);
    }

    public static void assertEquals(TDouble expected, TDouble actual, String message) {
        equalObjects(expected, actual, message);
    }

    public static void assertNotEquals(double unexpected, double actual, String message) {
        unequalObjects(Double.valueOf(unexpected), Double.valueOf(actual), message);
    }

    public static void assertNotEquals(double unexpected, TDouble actual, String message) {
        unequalObjects(Double.valueOf(unexpected), actual, message);
    }

    public static void assertNotEquals(TDouble unexpected, double actual, String message) {
        unequalObjects(unexpected, Double.valueOf(actual), message);
    }

    public static void assertNotEquals(TDouble unexpected, TDouble actual, String message) {
        unequalObjects(unexpected, actual, message);
    }

    public static void assertEquals(double expected, double actual, double delta, String message) {
        near(expected, actual, delta, Double.valueOf(expected), Double.valueOf(actual), message);
    }

    public static void assertEquals(double expected, double actual, TSupplier<String> messageSupplier) {
        if (!Double.valueOf(expected).equals(Double.valueOf(actual))) {
            throw mismatch(messageSupplier, null, Double.valueOf(expected), Double.valueOf(actual));
        }
    }

    public static void assertEquals(double expected, TDouble actual, TSupplier<String> messageSupplier) {
        equalObjects(Double.valueOf(expected), actual, messageSupplier);
    }

    public static void assertEquals(TDouble expected, double actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, Double.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(TDouble expected, TDouble actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, actual, messageSupplier);
    }

    public static void assertNotEquals(double unexpected, double actual, TSupplier<String> messageSupplier) {
        unequalObjects(Double.valueOf(unexpected), Double.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(double unexpected, TDouble actual, TSupplier<String> messageSupplier) {
        unequalObjects(Double.valueOf(unexpected), actual, messageSupplier);
    }

    public static void assertNotEquals(TDouble unexpected, double actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, Double.valueOf(actual), messageSupplier);
    }

    public static void assertNotEquals(TDouble unexpected, TDouble actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, actual, messageSupplier);
    }

    public static void assertEquals(double expected, double actual, double delta, TSupplier<String> messageSupplier) {
        near(expected, actual, delta, Double.valueOf(expected), Double.valueOf(actual), messageSupplier);
    }

    public static void assertEquals(Object expected, Object actual) {
        equalObjects(expected, actual, null);
    }

    public static void assertNotEquals(Object unexpected, Object actual) {
        unequalObjects(unexpected, actual, null);
    }

    public static void assertSame(Object expected, Object actual) {
        if (expected != actual) {
            throw mismatch(null, null, expected, actual);
        }
    }

    public static void assertNotSame(Object unexpected, Object actual) {
        if (unexpected == actual) {
            throw failure(null, "expected: not same but was: <" + show(actual) + ">", null);
        }
    }

    public static void assertEquals(Object expected, Object actual, String message) {
        equalObjects(expected, actual, message);
    }

    public static void assertNotEquals(Object unexpected, Object actual, String message) {
        unequalObjects(unexpected, actual, message);
    }

    public static void assertSame(Object expected, Object actual, String message) {
        if (expected != actual) {
            throw mismatch(message, null, expected, actual);
        }
    }

    public static void assertNotSame(Object unexpected, Object actual, String message) {
        if (unexpected == actual) {
            throw failure(message, "expected: not same but was: <" + show(actual) + ">", null);
        }
    }

    public static void assertEquals(Object expected, Object actual, TSupplier<String> messageSupplier) {
        equalObjects(expected, actual, messageSupplier);
    }

    public static void assertNotEquals(Object unexpected, Object actual, TSupplier<String> messageSupplier) {
        unequalObjects(unexpected, actual, messageSupplier);
    }

    public static void assertSame(Object expected, Object actual, TSupplier<String> messageSupplier) {
        if (expected != actual) {
            throw mismatch(messageSupplier, null, expected, actual);
        }
    }

    public static void assertNotSame(Object unexpected, Object actual, TSupplier<String> messageSupplier) {
        if (unexpected == actual) {
            throw failure(messageSupplier, "expected: not same but was: <" + show(actual) + ">", null);
        }
    }

    // ---- assertArrayEquals --------------------------------------------------------------------------

    /**
     * The array walk: {@code path} is the index of the enclosing arrays ("[1]"), empty at the top.
     * An element of an Object[] that is an array is compared element by element with the other's
     * (when that is null or an array of the same type), as JUnit's deep comparison does; other
     * elements by equals.
     */
    private static void arrays(Object expected, Object actual, String path, Object messageOrSupplier) {
        if (expected == actual) {
            return;
        }
        String at = path.isEmpty() ? "" : " at index " + path;
        if (expected == null) {
            throw failure(messageOrSupplier, "expected array was <null>" + at, null);
        }
        if (actual == null) {
            throw failure(messageOrSupplier, "actual array was <null>" + at, null);
        }
        int n = length(expected);
        if (n != length(actual)) {
            throw mismatch(messageOrSupplier, "array lengths differ" + at, n, length(actual));
        }
        for (int i = 0; i < n; i++) {
            Object e = element(expected, i);
            Object a = element(actual, i);
            if (e == a) {
                continue;
            }
            String here = path + "[" + i + "]";
            int k = kind(e);
            if (expected instanceof Object[] && k != 0 && (a == null || k == kind(a))) {
                arrays(e, a, here, messageOrSupplier);
            } else if (e == null || !e.equals(a)) {
                throw mismatch(messageOrSupplier, "array contents differ at index " + here, e, a);
            }
        }
    }

    /** Which kind of array {@code o} is: 1 for Object[], 2..9 for the primitive arrays, 0 for no array. */
    private static int kind(Object o) {
        if (o instanceof Object[]) {
            return 1;
        }
        if (o instanceof int[]) {
            return 2;
        }
        if (o instanceof long[]) {
            return 3;
        }
        if (o instanceof byte[]) {
            return 4;
        }
        if (o instanceof short[]) {
            return 5;
        }
        if (o instanceof char[]) {
            return 6;
        }
        if (o instanceof boolean[]) {
            return 7;
        }
        if (o instanceof float[]) {
            return 8;
        }
        return o instanceof double[] ? 9 : 0;
    }

    private static int length(Object array) {
        return switch (kind(array)) {
            case 1 -> ((Object[]) array).length;
            case 2 -> ((int[]) array).length;
            case 3 -> ((long[]) array).length;
            case 4 -> ((byte[]) array).length;
            case 5 -> ((short[]) array).length;
            case 6 -> ((char[]) array).length;
            case 7 -> ((boolean[]) array).length;
            case 8 -> ((float[]) array).length;
            default -> ((double[]) array).length;
        };
    }

    /** Element {@code i}, boxed: the boxes' equals is JUnit's comparison of the primitive type. */
    private static Object element(Object array, int i) {
        return switch (kind(array)) {
            case 1 -> ((Object[]) array)[i];
            case 2 -> ((int[]) array)[i];
            case 3 -> ((long[]) array)[i];
            case 4 -> ((byte[]) array)[i];
            case 5 -> ((short[]) array)[i];
            case 6 -> ((char[]) array)[i];
            case 7 -> ((boolean[]) array)[i];
            case 8 -> ((float[]) array)[i];
            default -> ((double[]) array)[i];
        };
    }

    public static void assertArrayEquals(boolean[] expected, boolean[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(boolean[] expected, boolean[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(boolean[] expected, boolean[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    public static void assertArrayEquals(char[] expected, char[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(char[] expected, char[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(char[] expected, char[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    public static void assertArrayEquals(byte[] expected, byte[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(byte[] expected, byte[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(byte[] expected, byte[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    public static void assertArrayEquals(short[] expected, short[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(short[] expected, short[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(short[] expected, short[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    public static void assertArrayEquals(int[] expected, int[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(int[] expected, int[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(int[] expected, int[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    public static void assertArrayEquals(long[] expected, long[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(long[] expected, long[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(long[] expected, long[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    public static void assertArrayEquals(float[] expected, float[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(float[] expected, float[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(float[] expected, float[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    public static void assertArrayEquals(double[] expected, double[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(double[] expected, double[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(double[] expected, double[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    public static void assertArrayEquals(Object[] expected, Object[] actual) {
        arrays(expected, actual, "", null);
    }

    public static void assertArrayEquals(Object[] expected, Object[] actual, String message) {
        arrays(expected, actual, "", message);
    }

    public static void assertArrayEquals(Object[] expected, Object[] actual, TSupplier<String> messageSupplier) {
        arrays(expected, actual, "", messageSupplier);
    }

    // ---- assertThrows, assertDoesNotThrow, assertInstanceOf -----------------------------------------

    private static TThrowable throwsChecked(Class<?> expectedType, TExecutable executable, boolean exactly,
                                            Object messageOrSupplier) {
        try {
            executable.execute();
        } catch (Throwable t) {
            if (exactly ? t.getClass() == expectedType : expectedType.isInstance(t)) {
                return (TThrowable) (Object) t;
            }
            if (t instanceof OutOfMemoryError) {
                throw (OutOfMemoryError) t;
            }
            throw (Error) (Object) new TAssertionFailedError(prefix(messageOrSupplier)
                    + "Unexpected exception type thrown, "
                    + formatValues(typeName(expectedType), typeName(t.getClass())),
                    typeName(expectedType), typeName(t.getClass()), (TThrowable) (Object) t);
        }
        throw failure(messageOrSupplier, "Expected " + typeName(expectedType) + " to be thrown, but nothing was thrown.", null);
    }

    private static Error unexpected(Throwable t, Object messageOrSupplier) {
        if (t instanceof OutOfMemoryError oom) {
            return oom;
        }
        String m = t.getMessage();
        boolean blank = true;
        for (int i = 0; m != null && i < m.length(); i++) {
            blank &= Character.isWhitespace(m.charAt(i));
        }
        return failure(messageOrSupplier, "Unexpected exception thrown: " + t.getClass().getName() + (blank ? "" : ": " + m),
                (TThrowable) (Object) t);
    }

    public static TThrowable assertThrows(Class<?> expectedType, TExecutable executable) {
        return throwsChecked(expectedType, executable, false, null);
    }

    public static TThrowable assertThrowsExactly(Class<?> expectedType, TExecutable executable) {
        return throwsChecked(expectedType, executable, true, null);
    }

    public static void assertDoesNotThrow(TExecutable executable) {
        try {
            executable.execute();
        } catch (Throwable t) {
            throw unexpected(t, null);
        }
    }

    public static Object assertDoesNotThrow(TThrowingSupplier<?> supplier) {
        try {
            return supplier.get();
        } catch (Throwable t) {
            throw unexpected(t, null);
        }
    }

    public static Object assertInstanceOf(Class<?> expectedType, Object actual) {
        if (!expectedType.isInstance(actual)) {
            throw mismatch(null, actual == null ? "Unexpected null value" : "Unexpected type",
                    typeName(expectedType), actual == null ? null : typeName(actual.getClass()));
        }
        return actual;
    }

    public static TThrowable assertThrows(Class<?> expectedType, TExecutable executable, String message) {
        return throwsChecked(expectedType, executable, false, message);
    }

    public static TThrowable assertThrowsExactly(Class<?> expectedType, TExecutable executable, String message) {
        return throwsChecked(expectedType, executable, true, message);
    }

    public static void assertDoesNotThrow(TExecutable executable, String message) {
        try {
            executable.execute();
        } catch (Throwable t) {
            throw unexpected(t, message);
        }
    }

    public static Object assertDoesNotThrow(TThrowingSupplier<?> supplier, String message) {
        try {
            return supplier.get();
        } catch (Throwable t) {
            throw unexpected(t, message);
        }
    }

    public static Object assertInstanceOf(Class<?> expectedType, Object actual, String message) {
        if (!expectedType.isInstance(actual)) {
            throw mismatch(message, actual == null ? "Unexpected null value" : "Unexpected type",
                    typeName(expectedType), actual == null ? null : typeName(actual.getClass()));
        }
        return actual;
    }

    public static TThrowable assertThrows(Class<?> expectedType, TExecutable executable, TSupplier<String> messageSupplier) {
        return throwsChecked(expectedType, executable, false, messageSupplier);
    }

    public static TThrowable assertThrowsExactly(Class<?> expectedType, TExecutable executable, TSupplier<String> messageSupplier) {
        return throwsChecked(expectedType, executable, true, messageSupplier);
    }

    public static void assertDoesNotThrow(TExecutable executable, TSupplier<String> messageSupplier) {
        try {
            executable.execute();
        } catch (Throwable t) {
            throw unexpected(t, messageSupplier);
        }
    }

    public static Object assertDoesNotThrow(TThrowingSupplier<?> supplier, TSupplier<String> messageSupplier) {
        try {
            return supplier.get();
        } catch (Throwable t) {
            throw unexpected(t, messageSupplier);
        }
    }

    public static Object assertInstanceOf(Class<?> expectedType, Object actual, TSupplier<String> messageSupplier) {
        if (!expectedType.isInstance(actual)) {
            throw mismatch(messageSupplier, actual == null ? "Unexpected null value" : "Unexpected type",
                    typeName(expectedType), actual == null ? null : typeName(actual.getClass()));
        }
        return actual;
    }

}
