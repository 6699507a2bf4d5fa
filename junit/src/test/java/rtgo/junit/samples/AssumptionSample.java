package rtgo.junit.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.junit.Pico;

/** Uses a part of JUnit the device does not have: the class fails to build, saying what the device offers. */
@ExtendWith(Pico.class)
public class AssumptionSample {
    @Test
    void assumes() {
        assumeTrue(1 + 1 == 2);
    }
}
