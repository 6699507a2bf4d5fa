package rtgo.junit.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.junit.Pico;

/** A test that never ends, between two others: it hits the cycle limit; the one after it did not run. */
@ExtendWith(Pico.class)
@TestMethodOrder(MethodOrderer.MethodName.class)
public class HangSample {
    static volatile int spins;

    @Test
    void a_passes() {
        assertTrue(spins == 0);
    }

    @Test
    void b_hangs() {
        while (spins >= 0) {
            spins = spins + 1 & 0xffff;
        }
    }

    @Test
    void c_after() {
        assertTrue(true);
    }
}
