/*
 * A GPIO edge wakes a waiting thread: the harness drives GP14 high, then low (rtgo.e2e.IrqTest
 * passes --gpio-in 14@RISE_CYCLE=1,14@FALL_CYCLE=0); IO_IRQ_BANK0's Java handler acknowledges
 * each edge, records its kind and time, and unparks the thread, which prints the edges it sees,
 * when (in microseconds, to compare with the injected cycles) and the handler-to-thread latency
 * in SysTick cycles. Main waits in join meanwhile, so the core sleeps in WFI until each edge.
 * Device only (registers); checked by rtgo.e2e.IrqTest.
 */
import java.util.concurrent.locks.LockSupport;
import rtgo.hal.Gpio;
import rtgo.hal.Interrupt;
import rtgo.hal.Irq;
import rtgo.hal.Reg;
import rtgo.hal.Timer;
import rtgo.hal.regs.PPB;

public class GpioEdge {
    static final int PIN = 14;
    static final int EDGES = 2;
    static final int MASK24 = 0xffffff;

    static volatile Thread waiter;
    /** Edges seen by the handler; kinds[i] and times[i] describe edge i (fixed arrays: no allocation). */
    static volatile int count;
    static final int[] kinds = new int[8];
    static final int[] times = new int[8];
    static final int[] ticks = new int[8];

    @Interrupt("IO_IRQ_BANK0")
    static void edge() {
        int tick = Reg.read(PPB.SYST_CVR);
        int events = Gpio.pending(PIN);
        Gpio.acknowledge(PIN, events);
        int n = count;
        if (events != 0 && n < kinds.length) {
            kinds[n] = events;
            times[n] = Timer.micros();
            ticks[n] = tick;
            count = n + 1;
        }
        LockSupport.unpark(waiter);
    }

    public static void main(String[] args) throws InterruptedException {
        Reg.write(PPB.SYST_RVR, MASK24);
        Reg.write(PPB.SYST_CVR, 0);
        Reg.write(PPB.SYST_CSR, 5);
        Gpio.initInput(PIN);
        Gpio.enableEdges(PIN, Gpio.EDGE_RISE | Gpio.EDGE_FALL);
        Irq.enable(Irq.IO_IRQ_BANK0);
        Thread t = new Thread(() -> {
            int seen = 0;
            while (seen < EDGES) {
                while (count == seen) {
                    LockSupport.park();
                }
                int latency = (ticks[seen] - Reg.read(PPB.SYST_CVR)) & MASK24;
                int kind = kinds[seen];
                String name = kind == Gpio.EDGE_RISE ? "rise" : kind == Gpio.EDGE_FALL ? "fall" : "both " + kind;
                System.out.println("edge " + (seen + 1) + ": " + name + " at-us " + times[seen]
                        + " level " + (Gpio.read(PIN) ? 1 : 0) + " latency-cycles " + latency);
                seen++;
            }
        }, "edge-waiter");
        waiter = t;
        t.start();
        t.join();
        System.out.println("edges " + count);
    }
}
