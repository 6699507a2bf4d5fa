package rtgo.frontend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * SSA construction straight from variable reads and writes, after Braun et al., "Simple and
 * Efficient Construction of Static Single Assignment Form" (CC 2013). The bytecode's local slots and
 * operand-stack slots are the variables. A block is <em>sealed</em> once all its predecessors have
 * been translated; reads in unsealed blocks create operand-less phis that are completed on sealing.
 * Trivial phis (all operands the same value or the phi itself) are removed on the fly; removed phis
 * forward to their replacement until {@link #finish} rewrites every argument.
 */
final class SsaBuilder {
    private final Func f;
    private final Map<Block, Map<Integer, Insn>> currentDef = new HashMap<>();
    private final Set<Block> sealed = new HashSet<>();
    private final Map<Block, Map<Integer, Insn>> incomplete = new HashMap<>();
    private final Map<Insn, Insn> forward = new HashMap<>();
    private final Map<Insn, Set<Insn>> phiUsers = new HashMap<>();
    private final Map<Type, Insn> undef = new HashMap<>();

    SsaBuilder(Func f) {
        this.f = f;
    }

    void write(int var, Block b, Insn value) {
        currentDef.computeIfAbsent(b, k -> new HashMap<>()).put(var, value);
    }

    Insn read(int var, Type type, Block b) {
        Map<Integer, Insn> defs = currentDef.get(b);
        if (defs != null && defs.containsKey(var)) {
            return resolve(defs.get(var));
        }
        return readRecursive(var, type, b);
    }

    private Insn readRecursive(int var, Type type, Block b) {
        Insn val;
        if (!sealed.contains(b)) {
            val = newPhi(type, b);
            incomplete.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(var, val);
        } else if (b.preds.isEmpty()) {
            val = undefined(type);
        } else if (b.preds.size() == 1) {
            val = read(var, type, b.preds.get(0));
        } else {
            Insn phi = newPhi(type, b);
            write(var, b, phi);
            val = addOperands(var, phi);
        }
        write(var, b, val);
        return val;
    }

    private Insn newPhi(Type type, Block b) {
        Insn phi = f.make(Op.PHI, type);
        phi.block = b;
        b.insns.add(b.firstNonPhi(), phi);
        return phi;
    }

    private Insn addOperands(int var, Insn phi) {
        for (Block p : phi.block.preds) {
            Insn v = read(var, phi.type, p);
            phi.appendArg(v);
            if (v.op == Op.PHI) {
                phiUsers.computeIfAbsent(v, k -> new HashSet<>()).add(phi);
            }
        }
        return tryRemoveTrivial(phi);
    }

    private Insn tryRemoveTrivial(Insn phi) {
        Insn same = null;
        for (Insn a : phi.args) {
            Insn op = resolve(a);
            if (op == same || op == phi) {
                continue;
            }
            if (same != null) {
                return phi;
            }
            same = op;
        }
        if (same == null) {
            same = undefined(phi.type);
        }
        forward.put(phi, same);
        phi.block.insns.remove(phi);
        Set<Insn> users = phiUsers.remove(phi);
        if (users != null) {
            if (same.op == Op.PHI) {
                phiUsers.computeIfAbsent(same, k -> new HashSet<>()).addAll(users);
            }
            for (Insn u : users) {
                if (u != phi && u.op == Op.PHI && !forward.containsKey(u) && u.block.insns.contains(u)) {
                    tryRemoveTrivial(u);
                }
            }
        }
        return resolve(same);
    }

    void seal(Block b) {
        if (!sealed.add(b)) {
            return;
        }
        Map<Integer, Insn> pending = incomplete.remove(b);
        if (pending != null) {
            for (Map.Entry<Integer, Insn> e : pending.entrySet()) {
                if (!forward.containsKey(e.getValue())) {
                    addOperands(e.getKey(), e.getValue());
                }
            }
        }
    }

    boolean isSealed(Block b) {
        return sealed.contains(b);
    }

    /** The live value behind {@code v} (following removed phis). */
    Insn resolve(Insn v) {
        Insn r = v;
        while (forward.containsKey(r)) {
            r = forward.get(r);
        }
        return r;
    }

    /** A stand-in for a variable read on a path where the JVM verifier proves it is never used. */
    private Insn undefined(Type type) {
        return undef.computeIfAbsent(type, t -> {
            Insn c = f.make(Op.CONST, t);
            c.block = f.entry();
            f.entry().insns.add(0, c);
            return c;
        });
    }

    /** Rewrites every argument to its live value. Call once all blocks are sealed. */
    void finish() {
        List<Block> unsealed = new ArrayList<>();
        for (Block b : f.blocks) {
            if (!sealed.contains(b)) {
                unsealed.add(b);
            }
        }
        if (!unsealed.isEmpty()) {
            StringBuilder why = new StringBuilder();
            for (Block b : unsealed) {
                why.append(" ").append(b).append(" preds ").append(b.preds);
            }
            throw new IllegalStateException("blocks never sealed:" + why);
        }
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                for (int a = 0; a < i.args.length; a++) {
                    i.args[a] = resolve(i.args[a]);
                }
            }
        }
    }
}
