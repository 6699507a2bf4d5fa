/*
 * Blinky: toggles the Raspberry Pi Pico's on-board LED (GP25) TOGGLES times, one toggle every
 * TOGGLE_PERIOD_MS milliseconds, printing a line per toggle, then returns (exit status 0).
 *
 * Design note. The clocks, the microsecond TIMER and the UART console are already running when
 * main starts (rtgo.runtime.Start calls Clocks.init and Uart.init0 first; docs/abi.md, boot
 * sequence). The loop paces itself against absolute deadlines, start + k * period, instead of
 * sleeping a period after each toggle: the time spent printing then never accumulates, so toggle
 * k happens k * TOGGLE_PERIOD_MS after the start on the emulator and on a board alike, which is
 * what the end-to-end test measures.
 */
import rtgo.hal.Gpio;
import rtgo.hal.Timer;

public final class Blinky {
    /** Time between two LED toggles, in milliseconds. */
    static final int TOGGLE_PERIOD_MS = 250;
    /** How many times the LED changes state before main returns (an even count ends with it off). */
    static final int TOGGLES = 10;

    public static void main(String[] args) {
        Gpio.initOutput(Gpio.LED); // LED off, pin driven by software
        int deadline = Timer.micros();
        for (int i = 1; i <= TOGGLES; i++) {
            deadline += TOGGLE_PERIOD_MS * 1000;
            Timer.sleepUntil(deadline);
            Gpio.toggle(Gpio.LED);
            System.out.println("toggle " + i + ": LED " + (Gpio.outputLevel(Gpio.LED) ? "on" : "off"));
        }
    }
}
