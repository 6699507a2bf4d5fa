/*
 * Interrupt to woken thread: TIMER alarm 0's handler (a Java @Interrupt method) unparks a thread
 * parked in LockSupport.park, ROUNDS times. Prints the cycles from the handler's first statement
 * to the woken thread's first statement after park, read on SysTick, which counts clk_sys cycles
 * (the Cortex-M0+ has no cycle counter of its own; SysTick, unused by the scheduler, is set up as a
 * free-running 24-bit down-counter on the processor clock). Runs on the device only: it reads
 * SysTick and TIMER registers. Checked by rtgo.e2e.IrqTest.
 */
import java.util.concurrent.locks.LockSupport;
import rtgo.hal.Interrupt;
import rtgo.hal.Irq;
import rtgo.hal.Reg;
import rtgo.hal.Timer;
import rtgo.hal.regs.PPB;
import rtgo.hal.regs.TIMER;

public class IrqLatency {
    static final int ROUNDS = 5;
    static final int MASK24 = 0xffffff;

    static volatile Thread waiter;
    static volatile int fired;
    /** SysTick at the handler's entry (it counts down). */
    static volatile int handlerTick;
    static volatile int armedAt;
    static volatile int firedAt;

    @Interrupt("TIMER_IRQ_0")
    static void alarm() {
        handlerTick = Reg.read(PPB.SYST_CVR);
        Reg.write(TIMER.INTR, 1); // clear alarm 0
        firedAt = Timer.micros();
        fired++;
        LockSupport.unpark(waiter);
    }

    public static void main(String[] args) throws InterruptedException {
        Reg.write(PPB.SYST_RVR, MASK24);
        Reg.write(PPB.SYST_CVR, 0);
        Reg.write(PPB.SYST_CSR, 5); // enabled, processor clock, no interrupt
        Reg.write(TIMER.INTE, Reg.read(TIMER.INTE) | 1);
        Irq.enable(Irq.TIMER_IRQ_0);
        int[] latencies = new int[ROUNDS];
        boolean[] onTime = new boolean[ROUNDS];
        Thread t = new Thread(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                int seen = fired;
                armedAt = Timer.micros();
                Reg.write(TIMER.ALARM0, armedAt + 1000 + 100 * i);
                while (fired == seen) {
                    LockSupport.park();
                }
                int now = Reg.read(PPB.SYST_CVR);
                latencies[i] = (handlerTick - now) & MASK24;
                onTime[i] = firedAt - armedAt >= 999 + 100 * i;
            }
        });
        waiter = t;
        t.start();
        t.join(); // main blocks too: the core idles in WFI until each alarm
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < ROUNDS; i++) {
            System.out.println("round " + i + ": alarm on time " + onTime[i] + ", latency-cycles " + latencies[i]);
            min = Math.min(min, latencies[i]);
            max = Math.max(max, latencies[i]);
        }
        System.out.println("fired " + fired);
        System.out.println("latency-cycles min " + min + " max " + max);
    }
}
