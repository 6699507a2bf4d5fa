package rtgo.frontend;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;
import rtgo.ir.Unit;

/**
 * The front-end pass that fills the bytecode block graph with SSA IR ({@link rtgo.ir.Prop#SSA}):
 * the entry block takes the parameters, then every block is translated in reverse postorder by a
 * {@link Translator}, and sealed for the SSA builder (Braun et al.) once all its predecessors are
 * filled. Java semantics that need checks become explicit check ops (null, bounds, divisor), so
 * later passes can remove the redundant ones. Everything outside the supported subset throws
 * {@link Unsupported} with the source line. The block graph's side data is dropped afterwards: the
 * blocks now hold instructions, and later passes change the graph.
 */
public final class SsaTranslation {
    private SsaTranslation() {}

    public static void run(Unit u) {
        MethodSource src = u.get(MethodSource.class);
        Translator t = new Translator(src, u.f, u.get(BlockGraph.class));
        try {
            translate(t);
        } catch (Unsupported e) {
            throw src.locate(e, t.line);
        }
        u.remove(BlockGraph.class);
    }

    private static void translate(Translator t) {
        Func f = t.f;
        SsaBuilder ssa = t.ssa;
        Block entry = t.g.entry;
        ssa.seal(entry);
        t.cur = entry;
        int slot = 0;
        List<String> paramTypes = new java.util.ArrayList<>();
        if ((t.m.access & org.objectweb.asm.Opcodes.ACC_STATIC) == 0) {
            paramTypes.add(t.owner.name); // the receiver: an instance of the method's class
        }
        for (org.objectweb.asm.Type a : org.objectweb.asm.Type.getArgumentTypes(t.m.desc)) {
            paramTypes.add(Objects.refType(t, a.getDescriptor()));
            if (a.getSize() == 2) {
                paramTypes.add(null); // a long's high word
            }
        }
        for (int p = 0; p < f.params.size(); p++) {
            Insn param = t.emit(Op.PARAM, f.params.get(p));
            param.aux = p;
            param.refType = paramTypes.get(p);
            ssa.write(slot++, entry, param);
        }
        t.emit(Op.GOTO, Type.V);
        Set<Block> filled = new HashSet<>();
        filled.add(entry);
        sealReady(ssa, entry, filled);
        java.util.List<Block> rpo = Cfg.reversePostorder(f);
        Set<Block> reached = new HashSet<>(rpo);
        for (Block b : f.blocks) {
            // a block no path reaches (the original of a peeled loop) never makes its exception edges
            if (!reached.contains(b)) {
                for (Block s : new java.util.ArrayList<>(b.succs)) {
                    if (t.g.dispatch.containsKey(s)) {
                        b.succs.remove(s);
                        s.preds.remove(b);
                    }
                }
            }
        }
        for (Block b : rpo) {
            if (b == entry) {
                continue;
            }
            if (!ssa.isSealed(b) && filled.containsAll(b.preds)) {
                ssa.seal(b); // a dispatch whose blocks turned out not to throw
            }
            BlockGraph.DispatchStep step = t.g.dispatch.get(b);
            if (step != null) {
                t.translateDispatch(b, step);
            } else {
                t.translateBlock(b);
            }
            filled.add(b);
            filled.addAll(t.created);
            sealReady(ssa, b, filled);
            for (Block c : t.created) {
                sealReady(ssa, c, filled);
            }
            // a block without throwing instructions dropped its stand-in edge to its dispatch
            for (Block d : t.g.dispatchAt.values()) {
                if (!ssa.isSealed(d) && filled.containsAll(d.preds)) {
                    ssa.seal(d);
                }
            }
        }
        ssa.finish();
        phiTypes(f);
    }

    /** A phi whose arguments all have one static class has it too (twice over: chains of phis). */
    private static void phiTypes(Func f) {
        for (int round = 0; round < 2; round++) {
            for (Block b : f.blocks) {
                for (Insn phi : b.phis()) {
                    String common = phi.args.length == 0 ? null : phi.args[0].refType;
                    for (Insn a : phi.args) {
                        if (common == null || !common.equals(a.refType)) {
                            common = null;
                        }
                    }
                    phi.refType = common;
                }
            }
        }
    }

    private static void sealReady(SsaBuilder ssa, Block b, Set<Block> filled) {
        for (Block s : b.succs) {
            if (!ssa.isSealed(s) && filled.containsAll(s.preds)) {
                ssa.seal(s);
            }
        }
    }
}
