package rtgo.runtime.classlib.java.lang;

import java.io.PrintStream;
import rtgo.runtime.Start;

/*
 * TSystem: the device's java.lang.System (docs/abi.md, "Class library substitution": static
 * members keep their names and descriptors, so `System.out` reads TSystem.out).
 *
 * Design note. The device has one console, UART0, and no PrintStream objects. `out` and `err`
 * therefore hold null and serve only as receivers: `System.out.println(x)` becomes
 * TPrintStream.println(System.out, x), which ignores the receiver and writes to the console. For
 * that to work the transpiler must not null-check the receiver of a substituted instance method.
 * The fields have no initialiser, so they live in .bss and need no class initialisation.
 */
public final class TSystem {
    private TSystem() {}

    /** Standard output: UART0. Always null; see the design note. */
    public static PrintStream out;

    /** Standard error: also UART0, interleaved with standard output in program order. */
    public static PrintStream err;

    /** Ends the program with {@code status} once the console has sent everything. */
    /** Runs the garbage collector (rtgo.runtime.Gc): a full collection, now. */
    public static void gc() {
        rtgo.runtime.Gc.collect();
    }

    public static void exit(int status) {
        Start.exit(status);
    }
}
