package rtgo.junit.samples;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.junit.Pico;

/**
 * Failures before the test body, with Jupiter's rules on the device: the second instance's
 * constructor throws (no @BeforeEach or @AfterEach for it), the third's @BeforeEach throws (its
 * test is not run, its @AfterEach is).
 */
@ExtendWith(Pico.class)
@TestMethodOrder(MethodOrderer.MethodName.class)
public class SetUpFailureSample {
    static int made;
    final int n;

    SetUpFailureSample() {
        n = ++made;
        if (n == 2) {
            throw new IllegalStateException("second instance");
        }
    }

    @BeforeEach
    void setUp() {
        if (n == 3) {
            throw new UnsupportedOperationException("third set-up");
        }
    }

    @Test
    void a() {
        System.out.println("test " + n);
    }

    @Test
    void b() {
        System.out.println("test " + n);
    }

    @Test
    void c() {
        System.out.println("test " + n);
    }

    @AfterEach
    void tearDown() {
        System.out.println("after " + n);
    }

    @AfterAll
    static void done() {
        System.out.println("done");
    }
}
