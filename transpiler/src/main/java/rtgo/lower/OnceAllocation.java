package rtgo.lower;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.sym.ClassInit;
import rtgo.sym.ProgramSymbols;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

/**
 * Arrays made at most once get their memory at build time: a primitive array of constant length
 * created where the program passes at most once (main outside any loop, a class initialiser, a
 * method only such code calls) is a zeroed block of .bss whose header the creation writes,
 * instead of a call to the allocator. A program whose every allocation is of that kind (buffers
 * and tables set up at start, as embedded programs make them) carries no allocator and no
 * collector (rtgo.thumb.LiveCode leaves them out).
 *
 * <p>Design note. Each execution of {@code new int[n]} must give a new, zeroed array; a site that
 * runs at most once can only ever give one, so a block zeroed at reset is as good. A function
 * runs at most once when it is the start-up code, main (called by nothing but the start-up code),
 * a class initialiser (the JVM runs it once, even when it fails), or a method whose only use is a
 * direct call from outside any loop of a function that runs at most once; a virtual call, a
 * method reference or an export makes a method's callers unknown. A site runs at most once when
 * its function does and its block is in no cycle of the control flow (exception edges included).
 * The block is outside the heap: the collector never frees it and never looks inside it, which
 * is why only arrays of primitives qualify (they hold no references). A block is never given
 * back either: an array made once may become garbage (a scratch buffer in main), so the blocks
 * together take at most {@link #MAX_TOTAL} bytes, and arrays larger than {@link #MAX_BYTES} stay
 * on the heap (tests/programs/once/OaScratchBuffers, OaScratchOverRam: 64 buffers of 4 KB used
 * once each must leave the heap its room).
 */
public final class OnceAllocation {
    /** The largest array (header included) a site gets as a static block. */
    static final int MAX_BYTES = 2048;
    /**
     * All static blocks together: an array made once may become garbage, and its block is never
     * given back, so no more than this (3% of RAM) is taken from what the heap could reuse.
     */
    static final int MAX_TOTAL = 8192;

    private int total;

    private final Set<String> once;
    private final Map<String, Integer> blocks = new LinkedHashMap<>();

    OnceAllocation(Set<String> once) {
        this.once = once;
    }

    /** The functions of {@code funcs} that run at most once; {@code main} is the main method's symbol. */
    public static OnceAllocation of(ProgramSymbols program, Collection<Func> funcs, String main) {
        Map<String, Func> bySymbol = new HashMap<>();
        for (Func f : funcs) {
            bySymbol.put(f.symbol, f);
        }
        // who refers to each function: the one calling site, or null for "unknown or several"
        Map<String, Insn> onlyCall = new HashMap<>();
        Map<Insn, Func> callerOf = new HashMap<>();
        Map<Insn, Block> blockOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String sym : program.exports().keySet()) {
            shared.add(sym);
        }
        shared.addAll(program.interrupts().keySet());
        for (Func f : funcs) {
            for (Block b : f.blocks) {
                for (Insn i : b.insns) {
                    if (i.sym == null) {
                        continue;
                    }
                    switch (i.op) {
                        case CALL -> {
                            if (onlyCall.putIfAbsent(i.sym, i) != null) {
                                shared.add(i.sym);
                            }
                            callerOf.put(i, f);
                            blockOf.put(i, b);
                        }
                        case VCALL, ICALL, CALLV -> {
                            shared.add(i.sym);
                            shared.addAll(program.implementations(i.sym));
                        }
                        default -> shared.add(i.sym); // an address taken (lambdas), or not a function
                    }
                }
            }
        }
        Set<String> once = new HashSet<>();
        for (Map.Entry<String, String> e : program.exports().entrySet()) {
            if (e.getValue().equals(SymbolNames.START)) {
                once.add(e.getKey());
            }
        }
        if (main != null && !shared.contains(main)) {
            once.add(main); // its one call is the start-up code's
        }
        for (ClassInit ci : program.inits().values()) {
            if (ci.clinitSymbol() != null) {
                once.add(ci.clinitSymbol());
            }
        }
        Map<Func, Set<Block>> cyclic = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Insn> e : onlyCall.entrySet()) {
                String callee = e.getKey();
                Insn call = e.getValue();
                if (once.contains(callee) || shared.contains(callee) || !bySymbol.containsKey(callee)) {
                    continue;
                }
                Func caller = callerOf.get(call);
                if (caller == null || !once.contains(caller.symbol) || caller.symbol.equals(callee)) {
                    continue;
                }
                if (!cyclic.computeIfAbsent(caller, OnceAllocation::cyclicBlocks).contains(blockOf.get(call))) {
                    once.add(callee);
                    changed = true;
                }
            }
        }
        return new OnceAllocation(once);
    }

    /** The blocks of {@code f} on some cycle of its control flow. */
    static Set<Block> cyclicBlocks(Func f) {
        Set<Block> out = new HashSet<>();
        for (Block b : f.blocks) {
            Set<Block> seen = new HashSet<>();
            Deque<Block> work = new ArrayDeque<>(b.succs);
            while (!work.isEmpty()) {
                Block x = work.pop();
                if (x == b) {
                    out.add(b);
                    break;
                }
                if (seen.add(x)) {
                    work.addAll(x.succs);
                }
            }
        }
        return out;
    }

    /** Whether the function {@code symbol} runs at most once. */
    boolean runsOnce(String symbol) {
        return once.contains(symbol);
    }

    /**
     * The static block for {@code new} of the primitive array type {@code desc} with the constant
     * {@code length}, or null when the array does not qualify (too large, or of references).
     */
    String block(String desc, int length) {
        if (desc.length() != 2 || length < 0) {
            return null;
        }
        long bytes = ObjectLayout.ARRAY_DATA + ((long) length << Elem.ofDescriptor(desc.substring(1)).shift);
        int size = (int) ((bytes + 7) & ~7);
        if (bytes > MAX_BYTES || total + size > MAX_TOTAL) {
            return null;
        }
        total += size;
        String label = SymbolNames.ONCE_BLOCK_PREFIX + blocks.size();
        blocks.put(label, size);
        return label;
    }

    /** The static blocks made so far: label to bytes (a multiple of 8). */
    public Map<String, Integer> blocks() {
        return blocks;
    }

}
