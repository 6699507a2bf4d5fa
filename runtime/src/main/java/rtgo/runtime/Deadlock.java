package rtgo.runtime;

import rtgo.runtime.classlib.java.lang.TThread;

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
        Console.writeString("fatal error: all threads are asleep - deadlock!");
        Console.newline();
        Console.newline();
        for (TThread t = Sched.all; t != null; t = t.allNext) {
            Console.writeString("thread \"");
            Console.writeString(t.getName());
            Console.writeString("\" [");
            Console.writeString(t.waitReason == null ? "parked" : t.waitReason);
            Object on = t.waitingFor;
            if (on instanceof TThread j) {
                Console.writeString(" \"");
                Console.writeString(j.getName());
                Console.writeString("\"");
            } else if (Monitors.objectOf(on) != null) {
                Console.writeString(" ");
                Console.writeString(Monitors.objectOf(on).getClass().getName());
                TThread owner = Monitors.ownerOf(on);
                if (owner != null) {
                    Console.writeString(" held by \"");
                    Console.writeString(owner.getName());
                    Console.writeString("\"");
                }
            }
            Console.writeString("]");
            Console.newline();
        }
        Start.exit(2);
    }
}
