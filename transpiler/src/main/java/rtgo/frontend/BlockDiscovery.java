package rtgo.frontend;

import rtgo.sym.Symbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Type;
import rtgo.ir.Unit;

/**
 * The first front-end pass: reads the method ({@link MethodSource}), runs the subset checks
 * ({@link Diagnostics}) and ASM's {@link Analyzer}, creates the {@link Func} and its bytecode block
 * graph ({@link rtgo.ir.Prop#BLOCKS}): an entry block, then one empty block per basic block of
 * reachable bytecode, starting at jump targets and after branches, linked as the bytecode jumps.
 * The graph's side data goes into the unit as a {@link BlockGraph}.
 */
public final class BlockDiscovery {
    private final Func f;
    private final BlockGraph g;

    private BlockDiscovery(Func f, BlockGraph g) {
        this.f = f;
        this.g = g;
    }

    public static void run(Unit u) {
        MethodSource src = u.get(MethodSource.class);
        ClassNode owner = src.owner();
        MethodNode m = src.m();
        org.objectweb.asm.Type mt = org.objectweb.asm.Type.getMethodType(m.desc);
        List<Type> params = new ArrayList<>();
        if ((m.access & org.objectweb.asm.Opcodes.ACC_STATIC) == 0) {
            params.add(Type.R); // the receiver, local 0
        }
        for (org.objectweb.asm.Type a : mt.getArgumentTypes()) {
            params.add(Diagnostics.irType(a.getDescriptor(), "parameters"));
            if (a.getSize() == 2) {
                params.add(Type.I); // a long's high word
            }
        }
        Type result = Diagnostics.irType(mt.getReturnType().getDescriptor(), "return values");
        Func f = new Func(Symbols.method(owner.name, m.name, m.desc), Symbols.dotted(owner.name) + "." + m.name,
                owner.sourceFile, params, result);
        f.wideResult = mt.getReturnType().getSize() == 2;
        u.f = f;
        AbstractInsnNode[] code = m.instructions.toArray();
        Diagnostics.checkMethod(src, code);
        Frame<BasicValue>[] frames;
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(owner.name, m);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("bytecode of " + f.displayName + " does not verify: " + e.getMessage(), e);
        }
        BlockGraph g = new BlockGraph(m, code, frames, f.newBlock());
        new BlockDiscovery(f, g).findBlocks();
        Func.link(g.entry, g.blockAt.get(0));
        u.put(BlockGraph.class, g);
    }

    private void findBlocks() {
        AbstractInsnNode[] code = g.code;
        Set<Integer> leaders = new HashSet<>();
        leaders.add(0);
        for (int i = 0; i < code.length; i++) {
            AbstractInsnNode n = code[i];
            if (g.frames[i] == null) {
                continue;
            }
            if (n instanceof JumpInsnNode j) {
                leaders.add(g.index(j.label));
                leaders.add(i + 1);
            } else if (n instanceof TableSwitchInsnNode t) {
                leaders.add(g.index(t.dflt));
                t.labels.forEach(l -> leaders.add(g.index(l)));
                leaders.add(i + 1);
            } else if (n instanceof LookupSwitchInsnNode t) {
                leaders.add(g.index(t.dflt));
                t.labels.forEach(l -> leaders.add(g.index(l)));
                leaders.add(i + 1);
            } else if (BlockGraph.isReturnOrThrow(n.getOpcode())) {
                leaders.add(i + 1);
            }
        }
        // a block is inside or outside each try range as a whole, and every handler starts one
        for (TryCatchBlockNode tc : g.m.tryCatchBlocks) {
            leaders.add(g.index(tc.start));
            leaders.add(g.index(tc.end));
            leaders.add(g.index(tc.handler));
        }
        List<Integer> sorted = new ArrayList<>(leaders);
        sorted.sort(null);
        for (int k = 0; k < sorted.size(); k++) {
            int start = sorted.get(k);
            if (start >= code.length || g.frames[start] == null) {
                continue;
            }
            int end = k + 1 < sorted.size() ? Math.min(sorted.get(k + 1), code.length) : code.length;
            Block b = f.newBlock();
            g.blockAt.put(start, b);
            g.extent.put(b, new int[] {start, end});
        }
        // in creation (bytecode) order, so predecessor lists and phis are the same on every build
        // (LoopRotation relies on this order when it inserts its copies)
        for (Block b : new ArrayList<>(f.blocks)) {
            if (g.extent.containsKey(b)) {
                link(b);
            }
        }
        for (Block b : new ArrayList<>(f.blocks)) {
            if (g.extent.containsKey(b)) {
                linkHandlers(b);
            }
        }
    }

    /**
     * Links a block inside try ranges to the dispatch of its handlers, made once per distinct list
     * of (catch type, handler) in exception-table order: the JVM takes the first entry whose range
     * holds the instruction and whose type the exception is an instance of. The edge stands for
     * the exception edges the translation will make, one from each throwing instruction of the
     * block (each then ends a block of its own, see Translator); until then it keeps the dispatch
     * after the block in the translation order and unsealed.
     */
    private void linkHandlers(Block b) {
        int start = g.extent.get(b)[0];
        List<String> types = new ArrayList<>();
        List<Block> handlers = new ArrayList<>();
        for (TryCatchBlockNode tc : g.m.tryCatchBlocks) {
            Block handler = g.blockAt.get(g.index(tc.handler));
            if (g.index(tc.start) <= start && start < g.index(tc.end) && handler != null) {
                // catching Throwable takes every exception
                types.add(tc.type == null || tc.type.equals("java/lang/Throwable") ? null : tc.type);
                handlers.add(handler);
                if (types.get(types.size() - 1) == null) {
                    break; // later entries are never reached
                }
            }
        }
        if (types.isEmpty()) {
            return;
        }
        String key = types + "@" + handlers.stream().map(h -> String.valueOf(h.id)).toList();
        Block head = dispatchByKey.get(key);
        if (head == null) {
            head = f.newBlock();
            dispatchByKey.put(key, head);
            Block step = head;
            for (int k = 0; k < types.size(); k++) {
                g.dispatch.put(step, new BlockGraph.DispatchStep(head, k, types));
                Func.link(step, handlers.get(k));
                if (types.get(k) == null) {
                    break;
                }
                Block next = f.newBlock();
                Func.link(step, next);
                step = next;
                if (k == types.size() - 1) {
                    g.dispatch.put(step, new BlockGraph.DispatchStep(head, k + 1, types)); // rethrow
                }
            }
        }
        g.dispatchAt.put(start, head);
        Func.link(b, head);
    }

    private final java.util.Map<String, Block> dispatchByKey = new java.util.HashMap<>();

    /** Adds the successor edges of {@code b}, as its last instruction jumps or falls through. */
    private void link(Block b) {
        int[] e = g.extent.get(b);
        int last = g.lastReal(e[0], e[1]);
        AbstractInsnNode n = last >= 0 ? g.code[last] : null;
        int op = n == null ? -1 : n.getOpcode();
        if (n instanceof JumpInsnNode j) {
            Func.link(b, g.blockAt.get(g.index(j.label)));
            if (op != org.objectweb.asm.Opcodes.GOTO) {
                Func.link(b, fallThrough(e[1]));
            }
        } else if (n instanceof TableSwitchInsnNode t) {
            t.labels.forEach(l -> Func.link(b, g.blockAt.get(g.index(l))));
            Func.link(b, g.blockAt.get(g.index(t.dflt)));
        } else if (n instanceof LookupSwitchInsnNode t) {
            t.labels.forEach(l -> Func.link(b, g.blockAt.get(g.index(l))));
            Func.link(b, g.blockAt.get(g.index(t.dflt)));
        } else if (n == null || !BlockGraph.isReturnOrThrow(op)) {
            Func.link(b, fallThrough(e[1]));
        }
    }

    private Block fallThrough(int at) {
        Block b = g.blockAt.get(at);
        if (b == null) {
            throw new IllegalStateException("control falls off the end of " + f.displayName);
        }
        return b;
    }
}
