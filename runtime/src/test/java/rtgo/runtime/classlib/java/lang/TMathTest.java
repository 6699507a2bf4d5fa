package rtgo.runtime.classlib.java.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** TMath against java.lang.Math for the int overloads, extremes included. */
class TMathTest {
    private static final int[] EDGES = {0, 1, -1, 2, -2, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1};

    @Test
    void absMinMaxOnEdges() {
        for (int a : EDGES) {
            assertEquals(Math.abs(a), TMath.abs(a), () -> "abs(" + a + ")");
            for (int b : EDGES) {
                assertEquals(Math.min(a, b), TMath.min(a, b), () -> "min(" + a + ", " + b + ")");
                assertEquals(Math.max(a, b), TMath.max(a, b), () -> "max(" + a + ", " + b + ")");
            }
        }
    }

    @Test
    void absMinMaxOnRandomValues() {
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            int a = random.nextInt();
            int b = random.nextInt(4) == 0 ? a : random.nextInt();
            assertEquals(Math.abs(a), TMath.abs(a));
            assertEquals(Math.min(a, b), TMath.min(a, b));
            assertEquals(Math.max(a, b), TMath.max(a, b));
        }
    }
}
