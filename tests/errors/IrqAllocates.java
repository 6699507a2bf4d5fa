// Rejected: an interrupt handler that allocates, through a method it calls directly (the code it
// interrupts may be inside the allocator); the error names the handler, the place and the chain.
import rtgo.hal.Interrupt;

public class IrqAllocates {
    static int[] log;

    @Interrupt("TIMER_IRQ_0")
    static void alarm() {
        record(5);
    }

    static void record(int n) {
        log = new int[n]; // ERROR: allocation
    }

    public static void main(String[] args) {
        System.out.println("start");
    }
}
