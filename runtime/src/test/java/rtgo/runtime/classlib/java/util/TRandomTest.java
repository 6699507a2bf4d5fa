package rtgo.runtime.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** TRandom against java.util.Random: thousands of draws of every method for several seeds, and the bound checks. */
class TRandomTest {
    private static final long[] SEEDS = {0, 1, 42, -1, 123456789L, Long.MIN_VALUE, Long.MAX_VALUE, 0x5DEECE66DL};
    private static final int DRAWS = 3000;

    @Test
    void unboundedDrawsMatch() {
        for (long seed : SEEDS) {
            Random jdk = new Random(seed);
            TRandom mine = new TRandom(seed);
            for (int i = 0; i < DRAWS; i++) {
                assertEquals(jdk.nextInt(), mine.nextInt(), "nextInt seed " + seed);
                assertEquals(jdk.nextLong(), mine.nextLong(), "nextLong seed " + seed);
                assertEquals(jdk.nextBoolean(), mine.nextBoolean(), "nextBoolean seed " + seed);
                assertEquals(Float.floatToRawIntBits(jdk.nextFloat()), Float.floatToRawIntBits(mine.nextFloat()));
                assertEquals(Double.doubleToRawLongBits(jdk.nextDouble()), Double.doubleToRawLongBits(mine.nextDouble()));
            }
        }
    }

    @Test
    void boundedIntsMatch() {
        int[] bounds = {1, 2, 3, 7, 10, 16, 100, 1000, 1 << 20, (1 << 30) + 1, Integer.MAX_VALUE, 1 << 30,
                0x40000001, 1_500_000_000};
        for (long seed : SEEDS) {
            Random jdk = new Random(seed);
            TRandom mine = new TRandom(seed);
            for (int i = 0; i < DRAWS; i++) {
                int bound = bounds[i % bounds.length];
                assertEquals(jdk.nextInt(bound), mine.nextInt(bound), "nextInt(" + bound + ") seed " + seed);
            }
        }
    }

    @Test
    void rangesMatch() {
        int[][] ranges = {{0, 1}, {-5, 5}, {10, 26}, {-100, 1000}, {Integer.MIN_VALUE, Integer.MAX_VALUE},
                {Integer.MIN_VALUE, 0}, {-1, Integer.MAX_VALUE}, {-(1 << 30), 1 << 30}, {7, 8}, {1, 1 << 30}};
        long[][] longRanges = {{0, 1}, {-5, 5}, {10, 26}, {Long.MIN_VALUE, Long.MAX_VALUE}, {Long.MIN_VALUE, 0},
                {-1, Long.MAX_VALUE}, {0, 1L << 40}, {-1000, 1_000_000_000_000L}, {3, 1L << 62 | 1}};
        long[] longBounds = {1, 2, 3, 10, 1L << 33, (1L << 62) + 1, Long.MAX_VALUE, 1000, 1L << 62};
        for (long seed : SEEDS) {
            Random jdk = new Random(seed);
            TRandom mine = new TRandom(seed);
            for (int i = 0; i < DRAWS; i++) {
                int[] r = ranges[i % ranges.length];
                assertEquals(jdk.nextInt(r[0], r[1]), mine.nextInt(r[0], r[1]), "nextInt range seed " + seed);
                long[] lr = longRanges[i % longRanges.length];
                assertEquals(jdk.nextLong(lr[0], lr[1]), mine.nextLong(lr[0], lr[1]), "nextLong range seed " + seed);
                long b = longBounds[i % longBounds.length];
                assertEquals(jdk.nextLong(b), mine.nextLong(b), "nextLong(" + b + ") seed " + seed);
            }
        }
    }

    @Test
    void bytesAndReseedingMatch() {
        for (long seed : SEEDS) {
            Random jdk = new Random(seed);
            TRandom mine = new TRandom(seed);
            for (int len = 0; len < 40; len++) {
                byte[] a = new byte[len];
                byte[] b = new byte[len];
                jdk.nextBytes(a);
                mine.nextBytes(b);
                assertArrayEquals(a, b, "nextBytes " + len + " seed " + seed);
            }
            jdk.setSeed(seed * 31 + 7);
            mine.setSeed(seed * 31 + 7);
            for (int i = 0; i < 100; i++) {
                assertEquals(jdk.nextInt(1000), mine.nextInt(1000));
            }
        }
    }

    @Test
    void badBoundsAreTheJdksExceptions() {
        TRandom mine = new TRandom(1);
        Random jdk = new Random(1);
        assertSame(() -> jdk.nextInt(0), () -> mine.nextInt(0));
        assertSame(() -> jdk.nextInt(-3), () -> mine.nextInt(-3));
        assertSame(() -> jdk.nextInt(5, 5), () -> mine.nextInt(5, 5));
        assertSame(() -> jdk.nextInt(6, 5), () -> mine.nextInt(6, 5));
        assertSame(() -> jdk.nextLong(0), () -> mine.nextLong(0));
        assertSame(() -> jdk.nextLong(9, 2), () -> mine.nextLong(9, 2));
    }

    @Test
    void unseededGeneratorsDiffer() {
        assertNotEquals(new TRandom().nextLong(), new TRandom().nextLong());
    }

    /** A subclass's next(int) is what the other methods draw from, as in the JDK. */
    @Test
    void subclassesOverridingNextAreUsed() {
        TRandom counting = new TRandom(5) {
            int n;

            @Override
            protected int next(int bits) {
                return (n++) >>> (32 - bits);
            }
        };
        Random jdkCounting = new Random(5) {
            int n;

            @Override
            protected int next(int bits) {
                return (n++) >>> (32 - bits);
            }
        };
        for (int i = 0; i < 50; i++) {
            assertEquals(jdkCounting.nextInt(10), counting.nextInt(10));
            assertEquals(jdkCounting.nextLong(), counting.nextLong());
        }
    }

    /** The constructor seeds through setSeed, which a subclass may override. */
    @Test
    void subclassesOverridingSetSeedSeeTheConstructorsSeed() {
        long[] seen = new long[2];
        new Random(77) {
            @Override
            public synchronized void setSeed(long seed) {
                seen[0] = seed;
                super.setSeed(seed);
            }
        };
        new TRandom(77) {
            @Override
            public void setSeed(long seed) {
                seen[1] = seed;
                super.setSeed(seed);
            }
        };
        assertEquals(seen[0], seen[1]);
    }

    private static void assertSame(Runnable jdk, Runnable mine) {
        RuntimeException expected = assertThrows(RuntimeException.class, jdk::run);
        RuntimeException actual = assertThrows(RuntimeException.class, mine::run);
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.getMessage(), actual.getMessage());
    }
}
