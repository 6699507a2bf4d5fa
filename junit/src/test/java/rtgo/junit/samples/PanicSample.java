package rtgo.junit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.junit.Pico;

/**
 * A test that makes the runtime panic (rtgo knows the case mapping of Latin-1 only): that test and
 * the ones after it fail with the panic's text. A repeated test is not supported on the device.
 */
@ExtendWith(Pico.class)
@TestMethodOrder(MethodOrderer.MethodName.class)
public class PanicSample {
    @Test
    void a_passes() {
        assertEquals('A', Character.toUpperCase('a'));
    }

    @Test
    void b_panics() {
        System.out.println("about to panic");
        assertEquals(0x100, Character.toUpperCase((char) 0x101));
    }

    @Test
    void c_after() {
        assertEquals(1, 1);
    }

    @RepeatedTest(2)
    void d_repeated() {
        assertEquals(2, 2);
    }
}
