package rtgo.runtime;

import rtgo.hal.Clocks;
import rtgo.vm.Address;
import rtgo.vm.Boot;
import rtgo.vm.Cpu;
import rtgo.vm.Export;
import rtgo.vm.abi.SymbolNames;

/*
 * Start: the first Java code that runs, and the only way out.
 *
 * Design note. crt0's reset handler has already copied .data and zeroed .bss when it calls
 * rtgo_start (docs/abi.md, "Boot sequence"), so static fields hold their link-time values, but no
 * clock is running except the ring oscillator and every peripheral is still in reset. We bring up
 * the clocks first because the UART's baud divisor is computed from clk_peri, then the console,
 * then hand over to the program's main through Boot.runMain(), which the transpiler replaces by a
 * call of main after its class initialiser.
 *
 * There is no process to return to, so every way the program ends goes through exit(): main
 * returning (status 0), System.exit(n), an uncaught exception or a panic (status 1). exit() drains
 * the UART first, because Cpu.exit stops the core (or the emulator) at once and bytes still in the
 * TX FIFO would be lost. A high surrogate that print left pending is dropped, as the JDK's encoder
 * does when the JVM exits.
 *
 * The heap is not set up here: Heap initialises itself on the first allocation, so nothing depends
 * on the order in which start-up code and class initialisers run.
 */
public final class Start {
    private Start() {}

    /** Entry from crt0 (docs/abi.md): clocks, console, the program's main, then exit status 0. */
    @Export(SymbolNames.START)
    public static void start() {
        Clocks.init();
        Console.open();
        Boot.runMain();
        MainExit threads = mainExit;
        if (threads != null) {
            threads.ended(0, null); // exits once the other non-daemon threads have ended
        }
        exit(0);

    }

    /** The scheduler's handling of main's end, once the program has threads (Sched sets it); else null. */
    public static MainExit mainExit;

    /** The running thread's stack top: main's (crt0's stack) until threads run. Reads fields only. */
    public static int stackTop() {
        rtgo.runtime.classlib.java.lang.TThread t = Sched.current;
        return t == null ? Address.symbol(SymbolNames.STACK_TOP) : t.stackTop;
    }

    /**
     * Ends the program with {@code status} by the exit protocol (r0 = status, then {@code bkpt #0}),
     * after the console has sent every byte. Never returns.
     */
    public static void exit(int status) {
        Console.flush();
        Cpu.exit(status);
    }
}
