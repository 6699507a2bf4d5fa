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
 * <p>The stack is 8 KiB with the heap right below it and no MMU guard: an overflow would silently
 * overwrite objects. A chain of calls without recursion has a depth known at build time, so only
 * methods that can recur (members of a cycle in the call graph) check the stack pointer on entry,
 * against one limit ({@link #limit}) that leaves room for everything any of them may call outside
 * its cycle and for the StackOverflowError report (whose own checked code returns from the check
 * once the report has begun); the deepest recursion-free chain from the start-up code must fit in
 * the stack, or the build says so.
 *
 * <p>Frame sizes are upper bounds computed from the allocation (see {@link FunctionEmitter#frameBound},
 * which assumes lr and r4 saved). Calls include the class-initialisation stubs (24 bytes, then the
 * initialiser) and the exception reports that failed checks call.
 */
public final class StackCheck {
    /** Stack bytes the linker script reserves (rtgo.ld STACK_SIZE). */
    public static final int STACK_SIZE = MemoryMap.DEFAULT_STACK_SIZE;
    /** Room kept free below every check, for interrupt handlers to come. */
    static final int MARGIN = MemoryMap.STACK_CHECK_MARGIN;
    static final int INIT_STUB_FRAME = FrameTableLayout.INIT_STUB_FRAME;

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
    private final ProgramSymbols program;

    public StackCheck(ProgramSymbols program, Map<Func, Allocation> compiled) {
        this.program = program;
        for (Map.Entry<Func, Allocation> e : compiled.entrySet()) {
            Func f = e.getKey();
            funcs.put(f.symbol, f);
            frame.put(f.symbol, FunctionEmitter.frameBound(f, e.getValue(), true));
        }
        for (Func f : funcs.values()) {
            callees.put(f.symbol, calls(f));
        }
        components();
    }

    private List<String> calls(Func f) {
        List<String> out = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                switch (i.op) {
                    case CALL -> out.add((String) i.sym);
                    case INITCHECK -> out.add(Symbols.initStub((String) i.sym));
                    case NULLCHECK -> reports.add(RuntimeSymbols.symbol(RuntimeSymbols.NULL_POINTER));
                    case DIVCHECK -> reports.add(RuntimeSymbols.symbol(RuntimeSymbols.DIVIDE_BY_ZERO));
                    case BOUNDSCHECK -> reports.add(RuntimeSymbols.symbol(RuntimeSymbols.ARRAY_INDEX));
                    default -> { }
                }
            }
        }
        errorCalls.put(f.symbol, reports);
        return out;
    }

    /** Callees of a node; class-initialisation stubs call the superclass stub and the initialiser. */
    private List<String> edges(String node) {
        if (Symbols.isInitStub(node)) {
            List<String> out = new ArrayList<>();
            for (ClassInit ci : program.inits().values()) {
                if (Symbols.initStub(ci.className()).equals(node)) {
                    for (String first : ci.initFirst()) {
                        out.add(Symbols.initStub(first));
                    }
                    if (ci.clinitSymbol() != null) {
                        out.add(ci.clinitSymbol());
                    }
                }
            }
            return out;
        }
        return callees.getOrDefault(node, List.of());
    }

    private int frameOf(String node) {
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

    /** Whether {@code f} checks the stack on entry: it can recur. */
    public boolean checks(Func f) {
        return recursive.getOrDefault(f.symbol, false);
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

    /** The recursion-free depth from a root (start-up, fault handlers), with the chain for messages. */
    public int rootNeed(String root) {
        return need(root);
    }
}
