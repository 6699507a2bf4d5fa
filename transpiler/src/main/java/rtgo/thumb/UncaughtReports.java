package rtgo.thumb;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
import rtgo.sym.ClassInit;
import rtgo.sym.ProgramSymbols;
import rtgo.sym.RuntimeSymbols;
import rtgo.sym.Symbols;
import rtgo.vm.abi.SymbolNames;

/**
 * Which compiled functions may report their failed checks themselves: the null, bounds and
 * division checks of a function call rtgo.runtime.Uncaught instead of Throw when nothing could
 * catch what they raise. Uncaught prints HotSpot's report of the uncaught exception straight from
 * the stack ("Exception in thread "main" java.lang.ArithmeticException: / by zero" and the
 * frames) and exits with status 1, as the unwinder would after finding no handler, but without
 * making the exception object: a program whose every remaining check reports this way needs no
 * allocator, no unwinder and no Throwable (rtgo.thumb.LiveCode leaves them out).
 *
 * <p>Design note. What HotSpot prints for an uncaught exception depends on more than the frames
 * on the stack: a handler anywhere on it catches it, a class initialiser turns it into an
 * ExceptionInInitializerError, another thread or an interrupt handler reports it in its own way,
 * an uncaught-exception handler may take it. The rule keeps to the case where none of that can
 * happen, decided on the closed world after optimisation (a handler whose try block cannot throw
 * is gone by then):
 * <ul>
 * <li>the program has no threads (the scheduler's thread entry is not exported, no
 *     java.lang.Thread method is compiled) and no interrupt handlers;</li>
 * <li>no function the start-up code reaches has a handler, except the unwinder's own report
 *     (Throw), whose callees run inside its try block;</li>
 * <li>the function is reached from the start-up code and not from any class initialiser, nor
 *     from inside a handler's try block (the callees of a function with a handler).</li>
 * </ul>
 * The same conditions make a failed class initialiser fatal: its exception reaches no handler, so
 * the stubs that run initialisers never see a class marked erroneous ({@link #initFailureEnds}).
 * Reaching follows calls, every implementation of a virtual call, class-initialisation checks to
 * the initialiser and function addresses (lambdas); a failed check is not an edge: it leaves the
 * function for good.
 */
public final class UncaughtReports {
    /** The functions whose failed checks may report themselves. */
    public final Set<String> functions;
    /**
     * Whether an exception that leaves a class initialiser always ends the program (no handler,
     * thread or interrupt handler can see it): then no class is ever used after its initialiser
     * failed, and the initialisation stubs need no NoClassDefFoundError path.
     */
    public final boolean initFailureEnds;

    private UncaughtReports(Set<String> functions, boolean initFailureEnds) {
        this.functions = functions;
        this.initFailureEnds = initFailureEnds;
    }

    private static final UncaughtReports NONE = new UncaughtReports(Set.of(), false);

    /** What may report itself among {@code funcs}, the compiled functions of {@code program}. */
    public static UncaughtReports of(ProgramSymbols program, Collection<Func> funcs) {
        if (!program.interrupts().isEmpty() || program.exports().containsValue(SymbolNames.THREAD_MAIN)) {
            return NONE;
        }
        Map<String, Func> bySymbol = new HashMap<>();
        for (Func f : funcs) {
            if (f.displayName.startsWith("rtgo.runtime.classlib.java.lang.TThread.")) {
                return NONE;
            }
            bySymbol.put(f.symbol, f);
        }
        Map<String, ClassInit> stubs = new HashMap<>();
        for (ClassInit ci : program.inits().values()) {
            stubs.put(Symbols.initStub(ci.className()), ci);
        }
        Map<String, String> exported = new HashMap<>(); // Address.symbol("rtgo_uncaught") names a method
        program.exports().forEach((sym, name) -> exported.put(name, sym));
        Map<String, List<String>> edges = new HashMap<>();
        List<String> guarded = new ArrayList<>(); // functions with a handler
        String caught = RuntimeSymbols.symbol(RuntimeSymbols.CAUGHT);
        for (Func f : funcs) {
            List<String> out = new ArrayList<>();
            for (Block b : f.blocks) {
                for (Insn i : b.insns) {
                    switch (i.op) {
                        case CALL, SYMBOL -> {
                            if (i.sym != null) {
                                out.add(exported.getOrDefault(i.sym, i.sym));
                            }
                            if (caught.equals(i.sym)) {
                                guarded.add(f.symbol);
                            }
                        }
                        case CALLV -> out.addAll(program.implementations(i.sym));
                        case INITCHECK -> out.add(Symbols.initStub(i.sym));
                        default -> { }
                    }
                }
            }
            edges.put(f.symbol, out);
        }
        stubs.forEach((stub, ci) -> edges.put(stub, ci.stubCalls()));
        edges.put(RuntimeSymbols.symbol(RuntimeSymbols.RAISE), List.of(RuntimeSymbols.symbol(RuntimeSymbols.UNWIND)));

        List<String> roots = new ArrayList<>();
        for (Map.Entry<String, String> e : program.exports().entrySet()) {
            if (e.getValue().equals(SymbolNames.START)) {
                roots.add(e.getKey());
            }
        }
        Set<String> fromStart = reach(roots, edges);
        String throwPrefix = Symbols.method(RuntimeSymbols.THROW, "", "");
        List<String> inside = new ArrayList<>(); // what may run inside a try block or an initialiser
        for (String g : guarded) {
            if (fromStart.contains(g)) {
                if (!g.startsWith(throwPrefix)) {
                    return NONE; // a handler of the program or the class library may catch it
                }
                inside.addAll(edges.getOrDefault(g, List.of()));
            }
        }
        inside.addAll(stubs.keySet());
        Set<String> excluded = reach(inside, edges);
        Set<String> out = new HashSet<>();
        for (String s : fromStart) {
            if (bySymbol.containsKey(s) && !excluded.contains(s)) {
                out.add(s);
            }
        }
        return new UncaughtReports(out, true);
    }

    private static Set<String> reach(List<String> roots, Map<String, List<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            String s = work.pop();
            if (seen.add(s)) {
                work.addAll(edges.getOrDefault(s, List.of()));
            }
        }
        return seen;
    }
}
