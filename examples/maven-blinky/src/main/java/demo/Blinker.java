package demo;

import rtgo.hal.Gpio;
import rtgo.hal.Timer;

/**
 * Blinks an LED: each {@link #step()} waits for the next deadline and toggles the pin.
 *
 * <p>Design note. Deadlines are absolute, start + k * period, rather than a sleep of one period
 * after each toggle, so the time spent between steps (printing, say) never accumulates: toggle k
 * happens k periods after the start, on the emulator and on a board alike.
 */
public final class Blinker {
    private final int pin;
    private final int periodMicros;
    private int deadline;
    private int toggles;

    /** A blinker on {@code pin} (driven low from now on) toggling every {@code periodMs} ms. */
    public Blinker(int pin, int periodMs) {
        if (periodMs <= 0 || periodMs > 1_000_000) {
            throw new IllegalArgumentException("the period must be from 1 to 1,000,000 ms, not " + periodMs);
        }
        this.pin = pin;
        this.periodMicros = periodMs * 1000;
        Gpio.initOutput(pin);
        deadline = Timer.micros();
    }

    /** Waits for the next deadline, toggles the LED and returns its new level (true: on). */
    public boolean step() {
        deadline += periodMicros;
        Timer.sleepUntil(deadline);
        Gpio.toggle(pin);
        toggles++;
        return Gpio.outputLevel(pin);
    }

    /** How many times the LED has changed state. */
    public int toggles() {
        return toggles;
    }
}
