package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import rtgo.diag.BuildException;
import rtgo.driver.BuildResult;
import rtgo.emu.RunOptions;
import rtgo.emu.RunResult;

/**
 * Interrupts, idling and deadlocks, checked on the emulated RP2040 with programs from
 * tests/device/irq (they read SysTick, TIMER and GPIO registers, or end in a report HotSpot would
 * never give, so HotSpot cannot be their oracle):
 * <ul>
 *   <li>a TIMER alarm's Java handler wakes a parked thread, with the latency from the handler to the
 *       thread in cycles;
 *   <li>GPIO edges driven by the harness ({@code --gpio-in}) reach an IO_IRQ_BANK0 handler that wakes
 *       a waiting thread, at the time they were injected;
 *   <li>a handler that allocates (behind an interface call, where the build's check cannot see it)
 *       panics naming its IRQ;
 *   <li>threads that all sleep leave the core asleep in WFI nearly all the time (tickless idle);
 *   <li>two threads locking two monitors in opposite orders get the deadlock report, exit status 2.
 * </ul>
 * The latencies go to the test log; only loose bounds are asserted, so that scheduler work may move
 * them without breaking the test.
 */
class IrqTest {
    private static final Path WORK = Project.targetDir("irq");
    private static final RunOptions RUN = Device.CORPUS_RUN;
    /** clk_sys after start-up: cycles per microsecond. */
    private static final int CYCLES_PER_MICRO = 125;
    /** Loose bound on the cycles from a handler's first statement to the woken thread's (measured: a few hundred). */
    private static final int LATENCY_BOUND = 3000;

    @Test
    void timerAlarmHandlerWakesAParkedThread() throws Exception {
        RunResult run = run("IrqLatency", RUN);
        assertEquals(0, run.exitStatus(), run.uart());
        assertTrue(run.uart().contains("fired 5\n"), run.uart());
        for (int i = 0; i < 5; i++) {
            assertTrue(run.uart().contains("round " + i + ": alarm on time true,"), run.uart());
        }
        Matcher m = Pattern.compile("latency-cycles min (\\d+) max (\\d+)").matcher(run.uart());
        assertTrue(m.find(), run.uart());
        int max = Integer.parseInt(m.group(2));
        System.out.println("IrqTest: TIMER_IRQ_0 handler -> unparked thread running: min " + m.group(1) + ", max "
                + max + " cycles");
        assertTrue(max > 0 && max < LATENCY_BOUND, "latency " + max + " cycles\n" + run.uart());
    }

    @Test
    void gpioEdgesFromTheHarnessWakeAWaitingThread() throws Exception {
        long rise = 20_000_000L;
        long fall = 30_000_000L;
        RunResult run = run("GpioEdge", RUN.withGpioInputs(List.of(new RunOptions.GpioInput(14, rise, true),
                new RunOptions.GpioInput(14, fall, false))));
        assertEquals(0, run.exitStatus(), run.uart());
        Pattern line = Pattern.compile("edge (\\d): (\\w+) at-us (\\d+) level (\\d) latency-cycles (\\d+)");
        List<String> lines = run.uart().lines().toList();
        assertEquals(3, lines.size(), run.uart());
        assertEquals("edges 2", lines.get(2), run.uart());
        long[] at = new long[2];
        String[] kinds = {"rise", "fall"};
        for (int i = 0; i < 2; i++) {
            Matcher m = line.matcher(lines.get(i));
            assertTrue(m.matches(), lines.get(i));
            assertEquals(Integer.toString(i + 1), m.group(1));
            assertEquals(kinds[i], m.group(2), lines.get(i));
            assertEquals(i == 0 ? "1" : "0", m.group(4), "the level the thread reads after edge " + (i + 1));
            at[i] = Long.parseLong(m.group(3));
            int latency = Integer.parseInt(m.group(5));
            System.out.println("IrqTest: GP14 " + kinds[i] + " -> IO_IRQ_BANK0 handler -> thread running: "
                    + latency + " cycles");
            assertTrue(latency > 0 && latency < LATENCY_BOUND, lines.get(i));
        }
        // The TIMER's microseconds and the harness's cycles have different origins, but the two
        // edges are (fall - rise) cycles apart, so their handlers must be as many microseconds apart.
        long apart = at[1] - at[0];
        assertTrue(Math.abs(apart * CYCLES_PER_MICRO - (fall - rise)) <= 2 * CYCLES_PER_MICRO,
                "the handlers ran " + apart + " us apart, the edges were " + (fall - rise) / CYCLES_PER_MICRO + " us apart");
        // the edges reached the handler while the core slept: it never spun waiting
        assertTrue(run.sleptCycles() > rise, "slept " + run.sleptCycles() + " of " + run.cycles());
    }

    @Test
    void aHandlerThatAllocatesPanicsNamingItsIrq() throws Exception {
        RunResult run = run("HandlerAlloc", RUN);
        assertEquals(String.join("\n", "arming",
                "panic: allocation in the interrupt handler of IRQ 0 (TIMER_IRQ_0): handlers must not block or allocate",
                "\tat HandlerAlloc.lambda$static$0(HandlerAlloc.java:17)",
                "\tat HandlerAlloc.alarm(HandlerAlloc.java:22)") + "\n", run.uart());
        assertEquals(1, run.exitStatus());
    }

    @Test
    void aStackOverflowInAHandlerPanicsNamingItsIrq() throws Exception {
        RunResult run = run("HandlerOverflow", RUN);
        assertTrue(run.uart().startsWith(String.join("\n",
                "panic: uncaught exception in the interrupt handler of IRQ 0 (TIMER_IRQ_0)",
                "Exception in thread \"TIMER_IRQ_0\" java.lang.StackOverflowError",
                "\tat HandlerOverflow.rec(HandlerOverflow.java:")), run.uart());
        assertEquals(1, run.exitStatus());
    }

    @Test
    void sleepingThreadsLeaveTheCoreAsleepInWfi() throws Exception {
        RunResult run = run("IdleSleep", RUN);
        assertEquals("all slept\n", run.uart());
        assertEquals(0, run.exitStatus());
        double asleep = (double) run.sleptCycles() / run.cycles();
        System.out.println(String.format(Locale.ROOT, "IrqTest: 3 threads sleeping 200 ms: %,d cycles, %,d asleep in WFI"
                + " (%.2f%%), %,d awake", run.cycles(), run.sleptCycles(), asleep * 100, run.awakeCycles()));
        assertTrue(run.cycles() >= 200_000L * CYCLES_PER_MICRO, "the run took " + run.cycles() + " cycles");
        assertTrue(asleep > 0.9, "asleep " + run.sleptCycles() + " of " + run.cycles() + " cycles");
    }

    @Test
    void opposedLockOrdersAreReportedAsADeadlock() throws Exception {
        RunResult run = run("LockOrder", RUN);
        assertEquals(String.join("\n",
                "t0 holds its first lock",
                "t1 holds its first lock",
                "fatal error: all threads are asleep - deadlock!",
                "",
                "thread \"Thread-1\" [lock java.lang.Object held by \"Thread-0\"]",
                "thread \"Thread-0\" [lock java.lang.Object held by \"Thread-1\"]",
                "thread \"main\" [join \"Thread-0\"]") + "\n", run.uart());
        assertEquals(2, run.exitStatus());
    }

    /** Compiles tests/device/irq/{name}.java, builds it and runs it; the run must end by exiting. */
    private static RunResult run(String name, RunOptions options) throws BuildException {
        Path work = WORK.resolve(name);
        Project.deleteTree(work);
        Path classes = work.resolve("classes");
        JavaSources.compile(List.of(Project.moduleDir().resolve("device/irq/" + name + ".java")), classes,
                JavaSources.testClasspath());
        BuildResult built = Device.build(classes, name, work.resolve("image"));
        RunResult run = Device.run(built.elf(), options);
        assertTrue(run.exited(), Device.describeAbnormal(run) + "\nUART output:\n" + run.uart().indent(2));
        return run;
    }
}
