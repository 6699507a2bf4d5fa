package rtgo.thumb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.sym.ClassInit;
import rtgo.sym.ProgramSymbols;
import rtgo.sym.RuntimeSymbols;
import rtgo.sym.Symbols;
import rtgo.vm.abi.FrameTableLayout;
import rtgo.vm.abi.MemoryMap;

/**
 * Stack overflow detection without a check on every call.
 *
 * <p>The stack (8 KiB unless --stack-size says otherwise) has the heap right below it and no MMU
 * guard: an overflow would silently overwrite objects. A chain of calls without recursion has a depth known at build time, so only
 * methods that can recur (members of a cycle in the call graph) check the stack pointer on entry,
 * against one limit ({@link #limit}) that leaves room for everything any of them may call outside
 * its cycle and for the StackOverflowError report (whose own checked code returns from the check
 * once the report has begun); the deepest recursion-free chain from the start-up code must fit in
 * the stack, or the build says so.
 *
 * <p>Frame sizes are upper bounds computed from the allocation (see {@link Frame#bound},
 * which assumes lr and r4 saved). Calls include the class-initialisation stubs (24 bytes, then the
 * initialiser) and the exception reports that failed checks call.
 */
public final class StackCheck {
    /** Room kept free below every check, for interrupt handlers to come. */
    static final int MARGIN = MemoryMap.STACK_CHECK_MARGIN;
    static final int INIT_STUB_FRAME = FrameTableLayout.INIT_STUB_FRAME;

    /**
     * One method of a call chain, outermost first: its symbol, its frame, and the source line of
     * the call to the next link (for the innermost, its first line); {@code func} null for a
     * class-initialisation stub. The last link may be an exception report a failed check makes,
     * then {@code report} is true and {@code frameBytes} covers the report and all it calls.
     */
    public record Link(String symbol, Func func, int frameBytes, int line, boolean report) {}

    private final Map<String, Func> funcs = new LinkedHashMap<>();
    private final Map<String, Integer> frame = new HashMap<>();
    private final Map<String, List<String>> callees = new HashMap<>();
    /**
     * Calls a failed check makes to report an exception. They never return and happen once, so
     * they take no part in recursion (the runtime's reporting code itself has checks that call
     * back into the reports); they still count for stack depth.
     */
    private final Map<String, List<String>> errorCalls = new HashMap<>();
    private final Map<String, Integer> component = new HashMap<>();
    private final Map<String, Boolean> recursive = new HashMap<>();
    private final Map<String, Integer> need = new HashMap<>();
    /** Per caller, the first source line of each callee's call (for messages). */
    private final Map<String, Map<String, Integer>> callLines = new HashMap<>();
    private final ProgramSymbols program;

    /** The functions whose failed checks report themselves (UncaughtReports). */
    private final java.util.Set<String> uncaughtReports;

    public StackCheck(ProgramSymbols program, Map<Func, Allocation> compiled) {
        this(program, compiled, java.util.Set.of());
    }

    /** As above, with the functions whose checks call the uncaught reports ({@link UncaughtReports}). */
    public StackCheck(ProgramSymbols program, Map<Func, Allocation> compiled, java.util.Set<String> uncaughtReports) {
        this.program = program;
        this.uncaughtReports = uncaughtReports;
        for (Map.Entry<Func, Allocation> e : compiled.entrySet()) {
            Func f = e.getKey();
            funcs.put(f.symbol, f);
            frame.put(f.symbol, Frame.bound(f, e.getValue(), true));
        }
        for (Func f : funcs.values()) {
            callees.put(f.symbol, calls(f));
        }
        components();
    }

    private List<String> calls(Func f) {
        boolean uncaught = uncaughtReports.contains(f.symbol);
        List<String> out = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (i.op == Op.CALLV) {
                    // a virtual call may run any implementation the closed world has
                    for (String target : program.implementations(i.sym)) {
                        out.add(target);
                        if (f.sourceLine(i.line) > 0) {
                            lines.merge(target, f.sourceLine(i.line), Math::min);
                        }
                    }
                    continue;
                }
                String callee = switch (i.op) {
                    case CALL -> i.sym;
                    case INITCHECK -> Symbols.initStub(i.sym);
                    case NULLCHECK -> RuntimeSymbols.symbol(RuntimeSymbols.report(RuntimeSymbols.NULL_POINTER, uncaught));
                    case DIVCHECK -> RuntimeSymbols.symbol(RuntimeSymbols.report(RuntimeSymbols.DIVIDE_BY_ZERO, uncaught));
                    case BOUNDSCHECK -> RuntimeSymbols.symbol(RuntimeSymbols.report(RuntimeSymbols.ARRAY_INDEX, uncaught));
                    case T_CASTCHECK -> RuntimeSymbols.symbol(RuntimeSymbols.CLASS_CAST);
                    default -> null;
                };
                if (callee == null) {
                    continue;
                }
                if ((i.op == Op.CALL && !raises(callee)) || i.op == Op.INITCHECK) {
                    out.add(callee);
                } else {
                    reports.add(callee);
                }
                if (f.sourceLine(i.line) > 0) {
                    lines.merge(callee, f.sourceLine(i.line), Math::min);
                }
            }
        }
        errorCalls.put(f.symbol, reports);
        callLines.put(f.symbol, lines);
        return out;
    }

    /**
     * Whether calling {@code callee} raises an exception (a Throw method): counted like a failed
     * check, as a report. Making an exception can raise one (the trace's array may not fit), so
     * as ordinary calls they would put every method that throws into one cycle, whose depth the
     * entry checks could not bound.
     */
    private static boolean raises(String callee) {
        return callee.startsWith(Symbols.method(RuntimeSymbols.THROW, "", ""));
    }

    /** Callees of a node; class-initialisation stubs call the superclass stub and the initialiser. */
    private List<String> edges(String node) {
        if (Symbols.isInitStub(node)) {
            List<String> out = new ArrayList<>();
            for (ClassInit ci : program.inits().values()) {
                if (Symbols.initStub(ci.className()).equals(node)) {
                    out.addAll(ci.stubCalls());
                }
            }
            return out;
        }
        if (node.equals(RuntimeSymbols.symbol(RuntimeSymbols.RAISE))) {
            return List.of(RuntimeSymbols.symbol(RuntimeSymbols.UNWIND)); // hand-written: it runs the unwinder
        }
        if (node.equals(RuntimeSymbols.symbol(RuntimeSymbols.COLLECT))) {
            return List.of(RuntimeSymbols.symbol(RuntimeSymbols.COLLECT_FROM)); // hand-written: the collector
        }
        return callees.getOrDefault(node, List.of());
    }

    private int frameOf(String node) {
        if (node.equals(RuntimeSymbols.symbol(RuntimeSymbols.RAISE))
                || node.equals(RuntimeSymbols.symbol(RuntimeSymbols.COLLECT))) {
            return RuntimeSymbols.RAISE_FRAME;
        }
        return Symbols.isInitStub(node) ? INIT_STUB_FRAME : frame.getOrDefault(node, 0);
    }

    // ---- strongly connected components (Tarjan, iterative) ----------------------------------------

    private void components() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        java.util.Set<String> onStack = new java.util.HashSet<>();
        int[] counter = {0};
        int[] comp = {0};
        List<String> nodes = new ArrayList<>(funcs.keySet());
        for (ClassInit ci : program.inits().values()) {
            nodes.add(Symbols.initStub(ci.className()));
        }
        for (String root : nodes) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, 0});
            while (!work.isEmpty()) {
                Object[] top = work.peek();
                String v = (String) top[0];
                int k = (Integer) top[1];
                if (k == 0) {
                    index.put(v, counter[0]);
                    low.put(v, counter[0]++);
                    stack.push(v);
                    onStack.add(v);
                }
                List<String> es = edges(v);
                if (k < es.size()) {
                    top[1] = k + 1;
                    String w = es.get(k);
                    if (!index.containsKey(w)) {
                        work.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> members = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.put(w, comp[0]);
                        members.add(w);
                    } while (!w.equals(v));
                    boolean rec = members.size() > 1 || edges(v).contains(v);
                    for (String m : members) {
                        recursive.put(m, rec);
                    }
                    comp[0]++;
                }
            }
        }
    }

    /**
     * Bytes of stack {@code node} may use, its own frame included, counting recursive callees
     * only up to their own entry check (their frame plus what they call outside their cycle).
     * Components are finished callees-first by Tarjan's algorithm, and edges inside a component
     * are not followed, so this terminates.
     */
    int need(String node) {
        Integer n = need.get(node);
        if (n != null) {
            return n;
        }
        int below = 0;
        for (String c : edges(node)) {
            if (!component.get(c).equals(component.get(node))) {
                below = Math.max(below, need(c));
            }
        }
        for (String report : errorCalls.getOrDefault(node, List.of())) {
            below = Math.max(below, reportNeed(report));
        }
        int total = frameOf(node) + below;
        need.put(node, total);
        return total;
    }

    /**
     * Stack for an exception report, without the reports its own failed checks would make (a
     * second failure while reporting is a runtime bug, not a program's behaviour). Computed over
     * normal calls only, on a separate table, so the two kinds of edges cannot form a loop here.
     */
    private final Map<String, Integer> reportNeed = new HashMap<>();

    private int reportNeed(String node) {
        Integer n = reportNeed.get(node);
        if (n != null) {
            return n;
        }
        reportNeed.put(node, 0); // a cycle of normal calls is cut at its entry check
        int below = 0;
        for (String c : edges(node)) {
            if (!component.get(c).equals(component.get(node))) {
                below = Math.max(below, reportNeed(c));
            }
        }
        int total = frameOf(node) + below;
        reportNeed.put(node, total);
        return total;
    }

    /** Whether {@code f} checks the stack on entry: it can recur, and it is not the runtime's. */
    public boolean checks(Func f) {
        // the runtime's own cycles (allocation through the out-of-memory error, type tests over
        // array dimensions) are bounded by design: checking them would tax every allocation
        return recursive.getOrDefault(f.symbol, false) && ProgramEmitter.preemptible(f.symbol);
    }

    /**
     * The calls of {@code f} that may enter a method of its own cycle (its recursion), among
     * them virtual calls with such an implementation and class-initialisation checks whose
     * initialiser leads back; empty when {@code f} does not check the stack ({@link #checks}).
     * Every path into the cycle from {@code f} goes through one of them, so a check placed on
     * the paths that reach them bounds the recursion as an entry check does (see FunctionEmitter).
     */
    public java.util.Set<Insn> recursiveCalls(Func f) {
        java.util.Set<Insn> out = new java.util.HashSet<>();
        if (!checks(f)) {
            return out;
        }
        Integer own = component.get(f.symbol);
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                List<String> targets = switch (i.op) {
                    case CALL -> List.of(i.sym);
                    case CALLV -> program.implementations(i.sym);
                    case INITCHECK -> List.of(Symbols.initStub(i.sym));
                    default -> List.of();
                };
                for (String t : targets) {
                    if (own.equals(component.get(t))) {
                        out.add(i);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The stack limit every entry check compares against, as bytes above the stack's bottom
     * ({@code __heap_end}): room for what any recursive method calls outside its cycle, and for
     * the StackOverflowError report, plus the largest recursive frame and a margin.
     */
    public int limit() {
        int room = reportNeed(RuntimeSymbols.symbol(RuntimeSymbols.STACK_OVERFLOW));
        int frames = 0;
        for (String sym : funcs.keySet()) {
            if (recursive.getOrDefault(sym, false)) {
                room = Math.max(room, need(sym) - frameOf(sym));
                frames = Math.max(frames, frameOf(sym));
            }
        }
        // a failing check has already pushed its own frame below the limit
        return room + frames + MARGIN;
    }

    /** The recursion-free depth from a root (start-up, fault handlers); {@link #chain} shows where. */
    public int rootNeed(String root) {
        return need(root);
    }

    /**
     * The call chain from {@code root} that needs {@link #rootNeed} bytes, outermost first: at each
     * step the callee (outside the caller's cycle) or exception report with the largest need.
     */
    public List<Link> chain(String root) {
        List<Link> out = new ArrayList<>();
        String node = root;
        while (node != null) {
            String next = null;
            boolean report = false;
            int best = 0;
            for (String c : edges(node)) {
                if (!component.get(c).equals(component.get(node)) && need(c) > best) {
                    best = need(c);
                    next = c;
                }
            }
            for (String r : errorCalls.getOrDefault(node, List.of())) {
                if (reportNeed(r) > best) {
                    best = reportNeed(r);
                    next = r;
                    report = true;
                }
            }
            Integer line = next == null ? null : callLines.getOrDefault(node, Map.of()).get(next);
            out.add(new Link(node, funcs.get(node), frameOf(node), line != null ? line : firstLine(funcs.get(node)),
                    false));
            if (report) {
                out.add(new Link(next, funcs.get(next), reportNeed(next), 0, true));
                break;
            }
            node = next;
        }
        return out;
    }

    /** The smallest source line in {@code f}, or 0 (also for stubs and methods without lines). */
    private static int firstLine(Func f) {
        return f == null ? 0 : f.firstLine();
    }
}
