package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** LongOps against Java's own long arithmetic: edge values crossed, then random operands of every width. */
class LongOpsTest {
    private static List<Long> values() {
        List<Long> v = new ArrayList<>(List.of(0L, 1L, -1L, 2L, -2L, 3L, 10L, -10L, 1000L, 65535L, 65536L, 0x7FFFL, 0x8000L,
                0x7FFFFFFFL, 0x80000000L, -0x80000000L, 0xFFFFFFFFL, 0x100000000L, 0x100000001L, 1_000_000_000L,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 0xFFFFFFFF00000000L,
                0x8000000080000000L, 0x123456789ABCDEFL, -0x123456789ABCDEFL));
        Random r = new Random(3);
        for (int i = 0; i < 120; i++) {
            v.add(r.nextLong() >> r.nextInt(64));
        }
        return v;
    }

    @Test
    void pairsMatchJava() {
        List<Long> v = values();
        for (long a : v) {
            for (long b : v) {
                check(a, b);
            }
        }
    }

    @Test
    void randomOperandsMatchJava() {
        Random r = new Random(17);
        for (int i = 0; i < 400_000; i++) {
            long a = r.nextLong() >>> r.nextInt(64);
            long b = r.nextLong() >>> r.nextInt(64);
            check(r.nextBoolean() ? a : -a, r.nextBoolean() ? b : -b);
        }
    }

    private static void check(long a, long b) {
        String w = a + ", " + b;
        assertEquals(a * b, LongOps.mul(a, b), "mul " + w);
        if (b != 0) {
            assertEquals(a / b, LongOps.div(a, b), "div " + w);
            assertEquals(a % b, LongOps.rem(a, b), "rem " + w);
        }
        int s = (int) b;
        assertEquals(a << s, LongOps.shl(a, s), "shl " + w);
        assertEquals(a >> s, LongOps.shr(a, s), "shr " + w);
        assertEquals(a >>> s, LongOps.ushr(a, s), "ushr " + w);
        assertEquals(Long.numberOfLeadingZeros(a), LongOps.leadingZeros(a), "nlz " + w);
    }
}
