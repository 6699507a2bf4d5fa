package rtgo.thumb;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random, valid generic IR functions in text form (for {@link rtgo.ir.Parser}) to stress
 * the register allocator: straight-line int arithmetic, constants, calls (some with more than four
 * arguments), division, element loads and stores on an array parameter (register-offset
 * addressing needs three registers at once), if/else diamonds and loops whose phis merge and permute values (swaps and
 * rotations on the back edge), nested to a small depth. Values stay available only where they
 * dominate. The code is never run, so conditions and loop exits are arbitrary.
 */
final class RandomIr {
    private static final String[] BINARY = {"add", "sub", "mul", "and", "or", "xor", "shl", "shr", "ushr"};
    private static final String[] ELEMS = {"i", "b", "s", "c"};
    private static final String[] CONDS = {"eq", "ne", "lt", "ge", "gt", "le"};

    private final Random rnd;
    private final int size;
    private final List<StringBuilder> blocks = new ArrayList<>();
    private final List<List<Integer>> preds = new ArrayList<>();
    private int nextValue;
    private int cur;
    private int budget;
    /** The array parameter (v0), or -1 when the function has none. */
    private int array = -1;

    private RandomIr(long seed, int size) {
        this.rnd = new Random(seed);
        this.size = size;
    }

    /** A function of about {@code size} instructions, the same for the same seed. */
    static String generate(long seed, int size) {
        return new RandomIr(seed, size).function(seed);
    }

    private String function(long seed) {
        int params = 1 + rnd.nextInt(6);
        cur = newBlock();
        List<Integer> avail = new ArrayList<>();
        StringBuilder sig = new StringBuilder();
        if (rnd.nextBoolean()) {
            array = nextValue++;
            emit("v" + array + " = param.r #0");
            sig.append("r");
        }
        for (int k = array < 0 ? 0 : 1; k < params; k++) {
            int v = nextValue++;
            emit("v" + v + " = param.i #" + k);
            avail.add(v);
            sig.append(k == 0 ? "i" : ", i");
        }
        if (avail.isEmpty()) {
            int v = nextValue++;
            emit("v" + v + " = arraylen.i v" + array);
            avail.add(v);
        }
        budget = size;
        sequence(avail, 0);
        emit("ret v" + pick(avail));
        StringBuilder out = new StringBuilder("func \"J:Rnd.f" + Long.toHexString(seed) + "\" (" + sig + ") -> i {\n");
        for (int b = 0; b < blocks.size(); b++) {
            out.append('b').append(b).append(':');
            if (!preds.get(b).isEmpty()) {
                out.append(" <- ");
                for (int k = 0; k < preds.get(b).size(); k++) {
                    out.append(k == 0 ? "b" : ", b").append(preds.get(b).get(k));
                }
            }
            out.append('\n').append(blocks.get(b));
        }
        return out.append("}\n").toString();
    }

    private int newBlock() {
        blocks.add(new StringBuilder());
        preds.add(new ArrayList<>());
        return blocks.size() - 1;
    }

    private void emit(String line) {
        blocks.get(cur).append("  ").append(line).append('\n');
    }

    private int pick(List<Integer> avail) {
        // prefer recent values, but reach back far enough to keep old values alive across code
        int n = avail.size();
        return rnd.nextInt(3) == 0 ? avail.get(rnd.nextInt(n)) : avail.get(Math.max(0, n - 1 - rnd.nextInt(Math.min(n, 6))));
    }

    private void sequence(List<Integer> avail, int depth) {
        while (budget > 0) {
            int choice = rnd.nextInt(10);
            if (choice < 6 || depth >= 3) {
                straight(avail);
            } else if (choice < 8) {
                diamond(avail, depth);
            } else {
                loop(avail, depth);
            }
            if (rnd.nextInt(4) == 0) {
                return;
            }
        }
    }

    private void straight(List<Integer> avail) {
        int n = 1 + rnd.nextInt(5);
        for (int k = 0; k < n && budget > 0; k++, budget--) {
            int v = nextValue;
            int r = rnd.nextInt(20);
            if (r < 3) {
                int c = rnd.nextInt(4) == 0 ? rnd.nextInt() : rnd.nextInt(300) - 20;
                emit("v" + v + " = const.i #" + c);
            } else if (r < 5) {
                int args = rnd.nextInt(7);
                StringBuilder call = new StringBuilder("v" + v + " = call.i ");
                StringBuilder desc = new StringBuilder();
                for (int a = 0; a < args; a++) {
                    call.append('v').append(pick(avail)).append(", ");
                    desc.append('I');
                }
                emit(call + "@\"J:Rnd.g" + args + "(" + desc + ")I\"");
            } else if (r < 6) {
                int d = pick(avail);
                emit("divcheck v" + d);
                emit("v" + v + " = " + (rnd.nextBoolean() ? "div" : "rem") + ".i v" + pick(avail) + ", v" + d);
            } else if (r < 7) {
                emit("v" + v + " = neg.i v" + pick(avail));
            } else if (r < 9 && array >= 0) {
                String elem = ELEMS[rnd.nextInt(ELEMS.length)];
                if (rnd.nextBoolean()) {
                    emit("v" + v + " = aload.i %" + elem + ", v" + array + ", v" + pick(avail));
                } else {
                    emit("astore %" + elem + ", v" + array + ", v" + pick(avail) + ", v" + pick(avail));
                    emit("v" + v + " = arraylen.i v" + array);
                }
            } else {
                String op = BINARY[rnd.nextInt(BINARY.length)];
                emit("v" + v + " = " + op + ".i v" + pick(avail) + ", v" + pick(avail));
            }
            nextValue++;
            avail.add(v);
        }
    }

    private String cond(List<Integer> avail) {
        return "if " + CONDS[rnd.nextInt(CONDS.length)] + ", v" + pick(avail) + ", v" + pick(avail);
    }

    private void diamond(List<Integer> avail, int depth) {
        int t = newBlock();
        int e = newBlock();
        emit(cond(avail) + " -> b" + t + ", b" + e);
        preds.get(t).add(cur);
        preds.get(e).add(cur);
        int[] ends = new int[2];
        List<List<Integer>> arms = new ArrayList<>();
        for (int arm = 0; arm < 2; arm++) {
            cur = arm == 0 ? t : e;
            List<Integer> inner = new ArrayList<>(avail);
            sequence(inner, depth + 1);
            ends[arm] = cur;
            arms.add(inner);
        }
        int join = newBlock();
        for (int arm = 0; arm < 2; arm++) {
            cur = ends[arm];
            emit("goto -> b" + join);
            preds.get(join).add(ends[arm]);
        }
        cur = join;
        int phis = 1 + rnd.nextInt(4);
        for (int k = 0; k < phis; k++) {
            int v = nextValue++;
            emit("v" + v + " = phi.i v" + pick(arms.get(0)) + ", v" + pick(arms.get(1)));
            avail.add(v);
        }
    }

    private void loop(List<Integer> avail, int depth) {
        int header = newBlock();
        emit("goto -> b" + header);
        preds.get(header).add(cur);
        cur = header;
        int phis = 1 + rnd.nextInt(5);
        int firstPhi = nextValue;
        nextValue += phis;
        List<Integer> inner = new ArrayList<>(avail);
        int[] init = new int[phis];
        for (int k = 0; k < phis; k++) {
            init[k] = pick(avail);
            inner.add(firstPhi + k);
        }
        StringBuilder phiText = new StringBuilder();
        int bodyStart = blocks.get(header).length();
        sequence(inner, depth + 1);
        int latch = cur;
        int exit = newBlock();
        // back-edge operands: other phis (swaps, rotations) or values made in the body
        List<Integer> next = new ArrayList<>();
        for (int k = 0; k < phis; k++) {
            next.add(rnd.nextBoolean() ? firstPhi + rnd.nextInt(phis) : pick(inner));
        }
        for (int k = 0; k < phis; k++) {
            phiText.append("  v").append(firstPhi + k).append(" = phi.i v").append(init[k]).append(", v")
                    .append(next.get(k)).append('\n');
        }
        blocks.get(header).insert(bodyStart, phiText);
        cur = latch;
        emit(cond(inner) + " -> b" + header + ", b" + exit);
        preds.get(header).add(latch);
        preds.get(exit).add(latch);
        cur = exit;
        for (int k = 0; k < phis; k++) {
            avail.add(firstPhi + k);
        }
    }
}
