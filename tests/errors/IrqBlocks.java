// Rejected: an interrupt handler that enters a synchronized block (a lock may be held by the
// thread the handler interrupted: the handler would wait forever).
import rtgo.hal.Interrupt;

public class IrqBlocks {
    static final Object lock = new Object();
    static int count;

    @Interrupt("IO_IRQ_BANK0")
    static void edge() {
        synchronized (lock) { // ERROR: synchronized
            count++;
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
    }
}
