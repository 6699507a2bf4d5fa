package rtgo.junit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.junit.Pico;

/**
 * A test class run on the device by DeviceRunTest: passing, failing, erroring and disabled tests,
 * display names, and every lifecycle method printing where it is (an instance per test, so
 * {@code counter} is 1 in every test while {@code instances} counts them).
 */
@ExtendWith(Pico.class)
@DisplayName("Lifecycle on the Pico")
class LifecycleSample {
    static int instances;
    int counter;

    @BeforeAll
    static void setUpAll() {
        System.out.println("beforeAll");
    }

    @BeforeEach
    void setUp() {
        counter++;
        instances++;
        System.out.println("beforeEach " + counter + " " + instances);
    }

    @Test
    @DisplayName("adds 1 + 2")
    void adds() {
        assertEquals(3, 1 + 2);
        System.out.println("adds ran");
    }

    @Test
    void failsWithMessage() {
        assertEquals(3, 1 + 3, "sum");
    }

    @Test
    void errors() {
        throw new IllegalStateException("device state " + counter);
    }

    @Test
    @Disabled("not today")
    void disabled() {
        fail("a disabled test ran");
    }

    @Test
    void throwsExpected() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Integer.parseInt("x1"));
        assertEquals("For input string: \"x1\"", e.getMessage());
    }

    @AfterEach
    void tearDown() {
        System.out.println("afterEach");
    }

    @AfterAll
    static void tearDownAll() {
        System.out.println("afterAll");
    }
}
