// Rejected: TIMER_IRQ_3 is the scheduler's (timed waits), so a program cannot take it over.
import rtgo.hal.Interrupt;

public class IrqReserved {
    static int count;

    @Interrupt("TIMER_IRQ_3")
    static void alarm() {
        count++; // ERROR: scheduler
    }

    public static void main(String[] args) {
        System.out.println("start");
    }
}
