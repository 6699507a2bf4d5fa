package rtgo.opt;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;

/**
 * Drops the methods nothing refers to any more once their calls have been inlined (a getter or a
 * constructor inlined everywhere), so that inlining does not cost flash twice.
 *
 * <p>Design note. Only methods outside the runtime proper are dropped (program, class library,
 * HAL): the runtime's are referred to from assembly (crt0, the emitter's stubs) by name. What is
 * kept is what the roots reach through calls, virtual and interface calls (every implementation
 * the closed world has) and symbol addresses: the roots are the runtime proper (whose Boot calls
 * main), class initialisers, and what the caller names (the driver: exported methods, interrupt
 * handlers, every method in a virtual or interface table, which name them whether or not a call
 * remains).
 */
public final class UnusedMethods {
    private UnusedMethods() {}

    /**
     * Removes from {@code funcs} the methods that neither {@code roots} nor the runtime proper
     * reach; {@code targets} gives a virtual call's implementations. Returns how many.
     */
    public static int remove(List<Func> funcs, Collection<String> roots, Inliner.Targets targets) {
        Map<String, Func> bySymbol = new HashMap<>();
        for (Func f : funcs) {
            bySymbol.put(f.symbol, f);
        }
        Set<String> live = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        for (Func f : funcs) {
            if (Inliner.kind(f) == 0 || f.displayName.endsWith(".<clinit>")) {
                work.add(f.symbol);
            }
        }
        addAll(work, roots);
        while (!work.isEmpty()) {
            String sym = work.pop();
            Func f = bySymbol.get(sym);
            if (f == null || !live.add(sym)) {
                continue;
            }
            for (Block b : f.blocks) {
                for (Insn i : b.insns) {
                    switch (i.op) {
                        case CALL, SYMBOL -> work.add(i.sym);
                        case VCALL, ICALL -> {
                            work.add(i.sym);
                            addAll(work, targets.of(i.sym, null));
                        }
                        default -> { }
                    }
                }
            }
        }
        int before = funcs.size();
        funcs.removeIf(f -> !live.contains(f.symbol));
        return before - funcs.size();
    }

    private static void addAll(Deque<String> work, Collection<String> symbols) {
        if (symbols != null) {
            for (String s : symbols) {
                if (s != null) {
                    work.add(s);
                }
            }
        }
    }
}
