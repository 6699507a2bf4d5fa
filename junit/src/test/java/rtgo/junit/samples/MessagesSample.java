package rtgo.junit.samples;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.junit.Pico;

/**
 * One failing (or passing) assertion per test, run both on the host JVM (rtgo.junit.onHost) and on
 * the device by AssertionMessagesTest, which compares each test's outcome: the device's Assertions
 * must fail with JUnit's exact messages.
 */
@ExtendWith(Pico.class)
class MessagesSample {
    @Test void equalsInt() { assertEquals(3, 4); }
    @Test void equalsIntMessage() { assertEquals(3, 4, "count"); }
    @Test void equalsIntBlankMessage() { assertEquals(3, 4, "  "); }
    @Test void equalsIntSupplier() { assertEquals(3, 4, () -> "from " + "supplier"); }
    @Test void equalsLong() { assertEquals(3L, 40000000000L); }
    @Test void equalsChar() { assertEquals('a', 'b'); }
    @Test void equalsByte() { assertEquals((byte) 1, (byte) -1); }
    @Test void equalsShort() { assertEquals((short) 1, (short) 2, "s"); }
    @Test void equalsDouble() { assertEquals(1.0, 1.5); }
    @Test void equalsDoubleZeros() { assertEquals(0.0, -0.0); }
    @Test void equalsDoubleNaN() { assertEquals(Double.NaN, Double.NaN); }
    @Test void equalsDoubleDelta() { assertEquals(1.0, 1.25, 0.1, "delta"); }
    @Test void equalsDoubleDeltaInside() { assertEquals(1.0, 1.05, 0.1); }
    @Test void equalsDoubleNegativeDelta() { assertEquals(1.0, 2.0, -1.0); }
    @Test void equalsFloat() { assertEquals(1.0f, 2.5f); }
    @Test void equalsString() { assertEquals("abc", "abd"); }
    @Test void equalsStringNull() { assertEquals("abc", null); }
    @Test void equalsNullString() { assertEquals(null, "abc", "m"); }
    @Test void equalsBoxed() { assertEquals(3, Integer.valueOf(4)); }
    @Test void equalsList() { assertEquals(List.of(1, 2), List.of(1, 3)); }
    @Test void notEqualsInt() { assertNotEquals(3, 3); }
    @Test void notEqualsString() { assertNotEquals("x", "x", "m"); }
    @Test void notEqualsPasses() { assertNotEquals("x", "y"); }
    @Test void trueFails() { assertTrue(false); }
    @Test void trueMessage() { assertTrue(1 > 2, "one is not more than two"); }
    @Test void trueSupplier() { assertTrue(false, () -> "supplied"); }
    @Test void falseFails() { assertFalse(true); }
    @Test void nullFails() { assertNull("x"); }
    @Test void notNullFails() { assertNotNull(null); }
    @Test void notNullMessage() { assertNotNull(null, "m"); }
    @Test void sameFails() { assertSame("a", "b"); }
    @Test void notSameFails() { assertNotSame("a", "a"); }
    @Test void throwsNothing() { assertThrows(IllegalStateException.class, () -> { }); }
    @Test void throwsNothingMessage() { assertThrows(IllegalStateException.class, () -> { }, "m"); }
    @Test void throwsWrongType() { assertThrows(IllegalStateException.class, () -> { throw new UnsupportedOperationException("boom"); }); }
    @Test void throwsSubclass() { assertThrows(RuntimeException.class, () -> { throw new IllegalStateException(); }); }
    @Test void throwsExactlySubclass() { assertThrowsExactly(RuntimeException.class, () -> { throw new IllegalStateException(); }); }
    @Test void doesNotThrowFails() { assertDoesNotThrow(() -> { throw new IllegalArgumentException("bad"); }); }
    @Test void doesNotThrowSupplier() { assertEquals(5, assertDoesNotThrow(() -> 5)); }
    @Test void arrayInt() { assertArrayEquals(new int[] {1, 2, 3}, new int[] {1, 2, 4}); }
    @Test void arrayIntMessage() { assertArrayEquals(new int[] {1, 2, 3}, new int[] {1, 2, 4}, "m"); }
    @Test void arrayLength() { assertArrayEquals(new long[] {1, 2, 3}, new long[] {1, 2}); }
    @Test void arrayNullActual() { assertArrayEquals(new byte[] {1}, null); }
    @Test void arrayNullExpected() { assertArrayEquals(null, new char[] {'a'}); }
    @Test void arrayDouble() { assertArrayEquals(new double[] {1.0, Double.NaN}, new double[] {1.0, 2.0}); }
    @Test void arrayBoolean() { assertArrayEquals(new boolean[] {true}, new boolean[] {false}); }
    @Test void arrayStrings() { assertArrayEquals(new String[] {"a", "b"}, new String[] {"a", "c"}); }
    @Test void arrayNested() { assertArrayEquals(new Object[] {1, new int[] {1, 2}}, new Object[] {1, new int[] {1, 3}}); }
    @Test void arrayNestedLength() { assertArrayEquals(new Object[] {new Object[] {"x"}}, new Object[] {new Object[] {"x", "y"}}); }
    @Test void arrayPasses() { assertArrayEquals(new Object[] {"a", new int[] {1}}, new Object[] {"a", new int[] {1}}); }
    @Test void instanceOfFails() { assertInstanceOf(String.class, 3); }
    @Test void instanceOfNull() { assertInstanceOf(String.class, null); }
    @Test void failPlain() { fail(); }
    @Test void failMessage() { fail("stop here"); }
    @Test void failCause() { fail("with cause", new IllegalStateException("inner")); }
    @Test void failSupplier() { fail(() -> "supplied"); }
    @Test void uncaught() { Object o = "s"; Integer i = (Integer) o; }
}
