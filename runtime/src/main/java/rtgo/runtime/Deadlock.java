package rtgo.runtime;

import rtgo.runtime.classlib.java.lang.TThread;
import rtgo.vm.Address;

/*
 * Deadlock: the report when every thread is blocked and nothing can wake one (Sched.idle), in the
 * words Go uses, then exit status 2.
 *
 * Design note. The JVM would hang; a Pico that hangs says nothing, so rtgo ends the program and
 * says who waits for what: one line per thread, its name and what it blocks on (a join names the
 * thread, a lock names the object's class and the owner).
 */
final class Deadlock {
    private Deadlock() {}

    static void report() {
        Console.dropPendingSurrogate();
        Console.writeText(Address.cString("fatal error: all threads are asleep - deadlock!"));
        Console.newline();
        Console.newline();
        for (TThread t = Sched.all; t != null; t = t.allNext) {
            Console.writeText(Address.cString("thread \""));
            Console.writeString(t.getName());
            Console.writeText(Address.cString("\" ["));
            Console.writeString(t.waitReason == null ? "parked" : t.waitReason);
            Object on = t.waitingFor;
            if (on instanceof TThread j) {
                Console.writeText(Address.cString(" \""));
                Console.writeString(j.getName());
                Console.writeText(Address.cString("\""));
            } else if (Monitors.objectOf(on) != null) {
                Console.writeText(Address.cString(" "));
                Console.writeString(Monitors.objectOf(on).getClass().getName());
                TThread owner = Monitors.ownerOf(on);
                if (owner != null) {
                    Console.writeText(Address.cString(" held by \""));
                    Console.writeString(owner.getName());
                    Console.writeText(Address.cString("\""));
                }
            }
            Console.writeText(Address.cString("]"));
            Console.newline();
        }
        Start.exit(2);
    }
}
