/*
 * Button: an interrupt-driven button and LED. A push button between GP14 and ground (the pin's
 * pull-up holds it high, a press pulls it low) toggles the Pico's on-board LED (GP25) once per
 * press; a heartbeat thread prints a line every HEARTBEAT_MS meanwhile. After PRESSES presses
 * main returns and the program ends (exit status 0), so a run on the emulator finishes.
 *
 * Design note. Nothing polls the button. The falling edge of GP14 raises IO_IRQ_BANK0, whose
 * handler - a plain static method marked @Interrupt - acknowledges the edge, counts it and wakes
 * the LED thread with LockSupport.unpark. A handler must not allocate or block, and this one only
 * touches registers and a volatile int. Mechanical buttons bounce: one press makes a burst of
 * edges within a few milliseconds, on press and on release. The LED thread therefore treats an
 * edge as a hint: it sleeps DEBOUNCE_MS, then counts a press only if the button still reads low,
 * and swallows every edge that arrived meanwhile. While both threads sleep or wait, nothing runs
 * and the core sleeps in WFI until the next edge or timer alarm.
 */
import java.util.concurrent.locks.LockSupport;
import rtgo.hal.Gpio;
import rtgo.hal.Interrupt;
import rtgo.hal.Irq;

public final class Button {
    /** The button's pin: wired to ground, pulled up, so low means pressed. */
    static final int BUTTON = 14;
    /** Presses after which the program ends. */
    static final int PRESSES = 2;
    /** How long a press must last to count: longer than the contacts bounce. */
    static final int DEBOUNCE_MS = 20;
    /** The heartbeat thread's period. */
    static final int HEARTBEAT_MS = 250;

    /** Falling edges seen by the handler (bounces included). */
    static volatile int edges;
    /** The thread the handler wakes. */
    static volatile Thread ledThread;

    @Interrupt("IO_IRQ_BANK0")
    static void onEdge() {
        int events = Gpio.pending(BUTTON);
        Gpio.acknowledge(BUTTON, events);
        if ((events & Gpio.EDGE_FALL) != 0) {
            edges++;
            LockSupport.unpark(ledThread);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Gpio.initOutput(Gpio.LED);
        Gpio.initInput(BUTTON);
        Gpio.setPulls(BUTTON, true, false);
        Gpio.enableEdges(BUTTON, Gpio.EDGE_FALL);
        Irq.enable(Irq.IO_IRQ_BANK0);

        Thread led = new Thread(Button::toggleOnPresses, "led");
        ledThread = led;
        Thread heartbeat = new Thread(Button::heartbeat, "heartbeat");
        heartbeat.setDaemon(true); // ends with the program
        led.start();
        heartbeat.start();
        led.join();
        System.out.println("done after " + PRESSES + " presses");
    }

    /** The LED thread: waits for edges, debounces them, toggles the LED per press. */
    static void toggleOnPresses() {
        int seen = 0;
        int presses = 0;
        while (presses < PRESSES) {
            while (edges == seen) {
                LockSupport.park();
            }
            try {
                Thread.sleep(DEBOUNCE_MS);
            } catch (InterruptedException e) {
                return;
            }
            seen = edges; // the bounces of this press, and of the last release, are spent
            if (!Gpio.read(BUTTON)) {
                presses++;
                Gpio.toggle(Gpio.LED);
                System.out.println("press " + presses + ": LED " + (Gpio.outputLevel(Gpio.LED) ? "on" : "off"));
            }
        }
    }

    /** The heartbeat thread: a line every HEARTBEAT_MS, to show the program runs between presses. */
    static void heartbeat() {
        for (int beat = 1; ; beat++) {
            try {
                Thread.sleep(HEARTBEAT_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("heartbeat " + beat);
        }
    }
}
