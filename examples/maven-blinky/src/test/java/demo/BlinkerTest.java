package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rtgo.hal.Gpio;
import rtgo.hal.Timer;
import rtgo.junit.Pico;

/** Blinker on the emulated RP2040: the LED's level, the timing, and a bad period. */
@ExtendWith(Pico.class)
class BlinkerTest {
    @Test
    void stepsToggleTheLed() {
        Blinker led = new Blinker(Gpio.LED, 1);
        assertFalse(Gpio.outputLevel(Gpio.LED), "the LED starts off");
        assertTrue(led.step());
        assertFalse(led.step());
        assertEquals(2, led.toggles());
    }

    @Test
    void stepsKeepThePeriod() {
        int start = Timer.micros();
        Blinker led = new Blinker(Gpio.LED, 5);
        for (int i = 0; i < 4; i++) {
            led.step();
        }
        int elapsed = Timer.micros() - start;
        assertTrue(elapsed >= 20_000 && elapsed < 21_000, "4 steps of 5 ms took " + elapsed + " us");
    }

    @Test
    void aPeriodMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Blinker(Gpio.LED, 0));
    }
}
