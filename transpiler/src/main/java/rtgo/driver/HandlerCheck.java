package rtgo.driver;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rtgo.diag.BuildException;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;

/**
 * Interrupt handlers (rtgo.hal.Interrupt) must not allocate or block: the code they interrupt
 * may be inside the allocator or the scheduler. Where the call graph proves it - the handler, or
 * a method it calls directly (not through a virtual call, whose target the build cannot know),
 * allocates or calls a blocking method - the build fails naming the handler, the place and the
 * chain of calls; everything else is caught on the device by a panic (rtgo.runtime.Fault).
 */
final class HandlerCheck {
    private HandlerCheck() {}

    /** Calls that block (or may: a lock can be contended), by symbol prefix, and what they do. */
    private static final Map<String, String> BLOCKING = Map.of(
            "J:rtgo.runtime.Monitors.enter(", "a synchronized block (it may block)",
            "J:rtgo.runtime.Monitors.await(", "Object.wait (it blocks)",
            "J:rtgo.runtime.Sched.park", "parking a thread (it blocks)",
            "J:rtgo.runtime.classlib.java.lang.TThread.sleep(", "Thread.sleep (it blocks)",
            "J:rtgo.runtime.classlib.java.lang.TThread.join(", "Thread.join (it blocks)",
            "J:rtgo.runtime.classlib.java.util.concurrent.locks.TLockSupport.park", "LockSupport.park (it blocks)",
            "J:rtgo.runtime.StringConcat.end(", "string concatenation (it allocates)",
            "J:rtgo.runtime.classlib.rtgo.TChan.send(", "Chan.send (it may block; use trySend)",
            "J:rtgo.runtime.classlib.rtgo.TChan.receive(", "Chan.receive (it may block; use tryReceive)");

    static void check(Map<String, String> handlers, List<Func> funcs) throws BuildException {
        Map<String, Func> bySymbol = new HashMap<>();
        for (Func f : funcs) {
            bySymbol.put(f.symbol, f);
        }
        for (Map.Entry<String, String> h : handlers.entrySet()) {
            Map<String, String> via = new HashMap<>();
            Deque<String> work = new ArrayDeque<>();
            via.put(h.getKey(), null);
            work.add(h.getKey());
            while (!work.isEmpty()) {
                Func f = bySymbol.get(work.poll());
                if (f == null || f.displayName.startsWith("rtgo.runtime.")) {
                    continue; // the runtime's own code is trusted (unpark, registers)
                }
                for (Block b : f.blocks) {
                    for (Insn i : b.insns) {
                        String what = switch (i.op) {
                            case NEW, NEWARRAY, NEWMULTI -> "allocation (new)";
                            // a virtual call's target is unknown in general, but the blocking
                            // methods listed are of final classes (TChan), so naming one is calling it
                            case CALL, VCALL -> blocking(i.sym);
                            default -> null;
                        };
                        if (what != null) {
                            throw error(h.getValue(), bySymbol.get(h.getKey()), f, i, what, chain(via, f.symbol, bySymbol));
                        }
                        if (i.op == rtgo.ir.Op.CALL && i.sym != null && !via.containsKey(i.sym)
                                && !i.sym.startsWith("J:rtgo.runtime.Throw.")) {
                            via.put(i.sym, f.symbol);
                            work.add(i.sym);
                        }
                    }
                }
            }
        }
    }

    private static String blocking(String sym) {
        if (sym == null) {
            return null;
        }
        for (Map.Entry<String, String> e : BLOCKING.entrySet()) {
            if (sym.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String chain(Map<String, String> via, String sym, Map<String, Func> bySymbol) {
        StringBuilder sb = new StringBuilder();
        for (String s = sym; s != null; s = via.get(s)) {
            Func f = bySymbol.get(s);
            sb.insert(0, (sb.length() == 0 ? "" : " -> ")).insert(0, f == null ? s : f.displayName);
        }
        return sb.toString();
    }

    private static BuildException error(String vector, Func handler, Func f, Insn i, String what, String chain) {
        String irq = vector.substring(rtgo.vm.abi.SymbolNames.ISR_PREFIX.length()).toUpperCase(java.util.Locale.ROOT);
        return new BuildException("error: " + what + " in the interrupt handler " + handler.displayName + " (" + irq
                + ") is not supported\n  at " + f.displayName + "(" + (f.sourceFile != null ? f.sourceFile : "Unknown Source")
                + (i.line > 0 ? ":" + i.line : "") + ")\n  calls: " + chain
                + "\n  hint: interrupt handlers must not allocate or block: the code they interrupt may be inside the"
                + " allocator or the scheduler; make objects before"
                + " enabling the interrupt, keep the handler short (registers, fields, Chan.trySend, LockSupport.unpark)"
                + " and do the rest in a thread it wakes");
    }
}
