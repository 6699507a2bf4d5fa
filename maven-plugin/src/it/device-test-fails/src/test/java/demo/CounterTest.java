package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.junit.Pico;

/** One passing, one failing (Counter's bug), one disabled test, all on the device. */
@ExtendWith(Pico.class)
class CounterTest {
    @Test
    void addAddsOnce() {
        Counter c = new Counter();
        c.add(2);
        assertEquals(2, c.value);
    }

    @Test
    void addTwiceAddsTwice() {
        Counter c = new Counter();
        c.addTwice(2);
        assertEquals(4, c.value, "addTwice(2)");
    }

    @Test
    @Disabled("not yet")
    void later() {
        assertEquals(1, 2);
    }
}
