package rtgo.runtime.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** TOptional, TOptionalInt, TOptionalLong and TStringJoiner against the JDK's classes. */
class TOptionalTest {
    @Test
    void optionalBehavesAsTheJdks() {
        TOptional<String> some = TOptional.of("x");
        TOptional<String> none = TOptional.empty();
        assertEquals(Optional.of("x").toString(), some.toString());
        assertEquals(Optional.empty().toString(), none.toString());
        assertSame(none, TOptional.ofNullable(null));
        assertEquals("x", some.get());
        assertTrue(some.isPresent());
        assertFalse(some.isEmpty());
        assertTrue(none.isEmpty());
        NoSuchElementException e = assertThrows(NoSuchElementException.class, none::get);
        assertEquals("No value present", e.getMessage());
        assertEquals("No value present", assertThrows(NoSuchElementException.class, none::orElseThrow).getMessage());
        assertThrows(NullPointerException.class, () -> TOptional.of(null));
        assertEquals("y", none.orElse("y"));
        assertEquals("x", some.orElse("y"));
        assertEquals("z", none.orElseGet(() -> "z"));
        assertEquals("x", some.orElseGet(() -> "z"));
        assertEquals("x", some.orElseThrow());
        assertThrows(IllegalStateException.class, () -> none.orElseThrow(IllegalStateException::new));
        assertEquals("Optional[X]", some.map(String::toUpperCase).toString());
        assertSame(none, some.map(s -> null));
        assertSame(none, none.map(String::toUpperCase));
        assertEquals("Optional[xx]", some.flatMap(s -> TOptional.of(s + s)).toString());
        assertThrows(NullPointerException.class, () -> some.flatMap(s -> null));
        assertSame(some, some.filter(s -> s.equals("x")));
        assertSame(none, some.filter(s -> s.isEmpty()));
        assertThrows(NullPointerException.class, () -> none.filter(null));
        assertSame(some, some.or(() -> TOptional.of("q")));
        assertEquals("Optional[q]", none.or(() -> TOptional.of("q")).toString());
        List<String> seen = new ArrayList<>();
        some.ifPresent(seen::add);
        none.ifPresent(seen::add);
        some.ifPresentOrElse(s -> seen.add("present " + s), () -> seen.add("empty"));
        none.ifPresentOrElse(s -> seen.add("present " + s), () -> seen.add("empty"));
        assertEquals(List.of("x", "present x", "empty"), seen);
        assertEquals(TOptional.of("x"), some);
        assertNotEquals(TOptional.of("y"), some);
        assertNotEquals(none, some);
        assertEquals(Optional.of("x").hashCode(), some.hashCode());
        assertEquals(Optional.empty().hashCode(), none.hashCode());
        assertEquals(Optional.of(42).toString(), TOptional.of(42).toString());
    }

    @Test
    void optionalIntAndLongBehaveAsTheJdks() {
        for (int v : new int[] {0, 5, -7, Integer.MIN_VALUE}) {
            assertEquals(OptionalInt.of(v).toString(), TOptionalInt.of(v).toString());
            assertEquals(OptionalInt.of(v).hashCode(), TOptionalInt.of(v).hashCode());
            assertEquals(v, TOptionalInt.of(v).getAsInt());
            assertEquals(TOptionalInt.of(v), TOptionalInt.of(v));
        }
        for (long v : new long[] {0, 5, -7, Long.MIN_VALUE, 1L << 40}) {
            assertEquals(OptionalLong.of(v).toString(), TOptionalLong.of(v).toString());
            assertEquals(OptionalLong.of(v).hashCode(), TOptionalLong.of(v).hashCode());
            assertEquals(v, TOptionalLong.of(v).getAsLong());
            assertEquals(TOptionalLong.of(v), TOptionalLong.of(v));
        }
        assertEquals(OptionalInt.empty().toString(), TOptionalInt.empty().toString());
        assertEquals(OptionalLong.empty().toString(), TOptionalLong.empty().toString());
        assertSame(TOptionalInt.empty(), TOptionalInt.empty());
        assertNotEquals(TOptionalInt.empty(), TOptionalInt.of(0));
        assertEquals("No value present", assertThrows(NoSuchElementException.class, () -> TOptionalInt.empty().getAsInt()).getMessage());
        assertEquals("No value present", assertThrows(NoSuchElementException.class, () -> TOptionalLong.empty().orElseThrow()).getMessage());
        assertEquals(3, TOptionalInt.empty().orElse(3));
        assertEquals(4, TOptionalInt.empty().orElseGet(() -> 4));
        assertEquals(9L, TOptionalLong.empty().orElseGet(() -> 9L));
        assertThrows(ArithmeticException.class, () -> TOptionalInt.empty().orElseThrow(ArithmeticException::new));
        int[] got = new int[2];
        TOptionalInt.of(8).ifPresentOrElse(v -> got[0] = v, () -> got[1] = 1);
        TOptionalInt.empty().ifPresentOrElse(v -> got[0] = -1, () -> got[1] = 2);
        assertEquals(8, got[0]);
        assertEquals(2, got[1]);
    }

    @Test
    void stringJoinerBehavesAsTheJdks() {
        java.util.StringJoiner jdk = new java.util.StringJoiner(", ", "[", "]");
        TStringJoiner mine = new TStringJoiner(", ", "[", "]");
        assertEquals(jdk.toString(), mine.toString());
        assertEquals(jdk.length(), mine.length());
        jdk.setEmptyValue("EMPTY");
        mine.setEmptyValue("EMPTY");
        assertEquals(jdk.toString(), mine.toString());
        assertEquals(jdk.length(), mine.length());
        for (String s : new String[] {"a", null, "", "long element"}) {
            jdk.add(s);
            mine.add(s);
            assertEquals(jdk.toString(), mine.toString());
            assertEquals(jdk.length(), mine.length());
        }
        java.util.StringJoiner jdk2 = new java.util.StringJoiner("-");
        TStringJoiner mine2 = new TStringJoiner("-");
        assertEquals(jdk2.toString(), mine2.toString());
        jdk.merge(jdk2);
        mine.merge(mine2);
        assertEquals(jdk.toString(), mine.toString());
        jdk2.add("p").add("q");
        mine2.add("p").add("q");
        jdk.merge(jdk2);
        mine.merge(mine2);
        assertEquals(jdk.toString(), mine.toString());
        jdk.merge(jdk);
        mine.merge(mine);
        assertEquals(jdk.toString(), mine.toString());
        assertEquals(jdk.length(), mine.length());
        assertEquals(jdkMessage(() -> new java.util.StringJoiner(null)), myMessage(() -> new TStringJoiner(null)));
        assertEquals(jdkMessage(() -> new java.util.StringJoiner(",", null, "")),
                myMessage(() -> new TStringJoiner(",", null, "")));
        assertEquals(jdkMessage(() -> new java.util.StringJoiner(",", "", null)),
                myMessage(() -> new TStringJoiner(",", "", null)));
        assertEquals(jdkMessage(() -> new java.util.StringJoiner(",").setEmptyValue(null)),
                myMessage(() -> new TStringJoiner(",").setEmptyValue(null)));
    }

    private static String jdkMessage(Runnable r) {
        return assertThrows(NullPointerException.class, r::run).getMessage();
    }

    private static String myMessage(Runnable r) {
        return assertThrows(NullPointerException.class, r::run).getMessage();
    }
}
