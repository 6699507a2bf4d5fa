/*
 * An interrupt handler that allocates: the allocator may be the very code the interrupt stopped,
 * so rtgo panics naming the handler's IRQ (TIMER_IRQ_0 here) with its frames, exit status 1. The
 * allocation hides behind an interface call, which the build's call-graph check (a build error for
 * an allocation it can see, tests/errors/IrqAllocates.java) cannot follow, so the device catches it.
 * Device only; checked by rtgo.e2e.IrqTest.
 */
import java.util.function.Supplier;
import rtgo.hal.Interrupt;
import rtgo.hal.Irq;
import rtgo.hal.Reg;
import rtgo.hal.Timer;
import rtgo.hal.regs.TIMER;

public class HandlerAlloc {
    static volatile Object kept;
    static Supplier<Object> maker = () -> new int[4];

    @Interrupt("TIMER_IRQ_0")
    static void alarm() {
        Reg.write(TIMER.INTR, 1);
        kept = maker.get(); // allocates: not allowed in a handler
    }

    public static void main(String[] args) throws InterruptedException {
        Reg.write(TIMER.INTE, Reg.read(TIMER.INTE) | 1);
        Irq.enable(Irq.TIMER_IRQ_0);
        System.out.println("arming");
        Reg.write(TIMER.ALARM0, Timer.micros() + 500);
        Thread.sleep(10);
        System.out.println("not reached");
    }
}
