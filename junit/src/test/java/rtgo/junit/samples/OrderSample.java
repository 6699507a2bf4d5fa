package rtgo.junit.samples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.junit.Pico;

/**
 * One instance for the class (its field keeps what each test added) and an explicit order: the
 * device must run the tests in Jupiter's order, and only those the launcher selected.
 */
@ExtendWith(Pico.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class OrderSample {
    String log = "";

    @BeforeAll
    void start() { // not static: PER_CLASS
        log = ">";
    }

    @Test
    @Order(3)
    void alpha() {
        log += "a";
        System.out.println(log);
    }

    @Test
    @Order(1)
    void beta() {
        log += "b";
        System.out.println(log);
    }

    @Test
    @Order(2)
    void gamma() {
        log += "c";
        System.out.println(log);
    }
}
