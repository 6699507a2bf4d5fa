import rtgo.hal.Interrupt;
import rtgo.hal.Irq;
import rtgo.hal.Reg;
import rtgo.hal.Timer;
import rtgo.hal.regs.TIMER;

/*
 * A handler that recurses without end, once threads run (so it is on the handler stack): the
 * handler stack's limit is in force while it runs, its StackOverflowError leaves the handler,
 * and that is a panic naming the interrupt with the error's trace, exit status 1. Found by the
 * interrupt helper: the recursion checks compared against the interrupted thread's limit, and
 * making the error in the handler walked a heap whose bump region the entry had emptied.
 * Checked by rtgo.e2e.IrqTest.
 */
public class HandlerOverflow {
    static volatile int depth;

    static int rec(int n) {
        depth = n;
        return n == 0 ? 0 : 1 + rec(n - 1) + (n & 1);
    }

    @Interrupt("TIMER_IRQ_0")
    static void alarm() {
        Reg.write(TIMER.INTR, TIMER.INTR_ALARM_0_BITS);
        rec(100_000);
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> { });
        t.start();
        t.join();
        Reg.write(TIMER.INTE, Reg.read(TIMER.INTE) | TIMER.INTR_ALARM_0_BITS);
        Irq.enable(Irq.TIMER_IRQ_0);
        Reg.write(TIMER.ALARM0, Timer.micros() + 500);
        Thread.sleep(10);
        System.out.println("not reached " + depth);
    }
}
