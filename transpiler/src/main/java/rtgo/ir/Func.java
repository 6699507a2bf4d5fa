package rtgo.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * One compiled method in SSA form: its blocks (the first is the entry), and the factory for its
 * instructions, which keeps instruction ids dense.
 */
public final class Func {
    /** The method's assembler symbol (see docs/abi.md, "Symbols the transpiler emits"). */
    public final String symbol;
    /** For messages and dumps: "pkg.Cls.name". */
    public final String displayName;
    public final String sourceFile;
    public final List<Type> params;
    public final Type result;
    /** Whether the method returns a long: {@link #result} is I, and RET has the low and the high word. */
    public boolean wideResult;
    public final List<Block> blocks = new ArrayList<>();
    /**
     * The positions of code inlined into this method ({@link Inlined}): an instruction whose
     * {@link Insn#line} is {@link #INLINED} + k came from the inlined frames {@code inlined.get(k)}.
     */
    public final List<Inlined> inlined = new ArrayList<>();
    /** The first {@link Insn#line} value that names an inlined position rather than a source line. */
    public static final int INLINED = 1 << 20;
    private final java.util.Map<Inlined, Integer> positions = new java.util.HashMap<>();
    private int nextInsnId;
    private int nextBlockId;

    public Func(String symbol, String displayName, String sourceFile, List<Type> params, Type result) {
        this.symbol = symbol;
        this.displayName = displayName;
        this.sourceFile = sourceFile;
        this.params = List.copyOf(params);
        this.result = result;
    }

    public Block entry() {
        return blocks.get(0);
    }

    public Block newBlock() {
        Block b = new Block(nextBlockId++);
        blocks.add(b);
        return b;
    }

    /** A block with a chosen id (text-form parser); later ids continue above it. */
    public Block newBlock(int id) {
        Block b = new Block(id);
        nextBlockId = Math.max(nextBlockId, id + 1);
        blocks.add(b);
        return b;
    }

    /** One more than the largest instruction id in use: the size for per-value arrays. */
    public int idLimit() {
        return nextInsnId;
    }

    /** Creates an instruction that belongs to no block yet. */
    public Insn make(Op op, Type type, Insn... args) {
        Type t = op.result != null ? op.result : type;
        return new Insn(nextInsnId++, op, t, args);
    }

    /** Creates an instruction with a chosen id (text-form parser). */
    public Insn make(int id, Op op, Type type, Insn... args) {
        nextInsnId = Math.max(nextInsnId, id + 1);
        return new Insn(id, op, op.result != null ? op.result : type, args);
    }

    /** Creates an instruction without an id yet (text-form parser); {@link #number} gives it one. */
    Insn makeUnnumbered(Op op, Type type, Insn... args) {
        return new Insn(-1, op, op.result != null ? op.result : type, args);
    }

    /** Gives an unnumbered instruction the next free id. */
    void number(Insn i) {
        i.id = nextInsnId++;
    }

    /** Creates an instruction and appends it to {@code b}. */
    public Insn add(Block b, Op op, Type type, Insn... args) {
        Insn i = make(op, type, args);
        i.block = b;
        b.insns.add(i);
        return i;
    }

    public Insn constant(Block b, int value) {
        Insn c = add(b, Op.CONST, Type.I);
        c.aux = value;
        return c;
    }

    /** Records the edge {@code from -> to} in successor and predecessor lists. */
    public static void link(Block from, Block to) {
        from.succs.add(to);
        to.preds.add(from);
    }

    /** Renumbers instructions densely in block order (after passes removed many). */
    public void compactIds() {
        int n = 0;
        for (Block b : blocks) {
            for (Insn i : b.insns) {
                i.id = n++;
            }
        }
        nextInsnId = n;
    }

    /** Renumbers blocks in list order. */
    public void compactBlockIds() {
        int n = 0;
        for (Block b : blocks) {
            b.id = n++;
        }
        nextBlockId = n;
    }

    public int insnCount() {
        int n = 0;
        for (Block b : blocks) {
            n += b.insns.size();
        }
        return n;
    }

    /** The {@link Insn#line} value for inlined frames {@code at} (one per distinct position). */
    public int position(Inlined at) {
        return positions.computeIfAbsent(at, k -> {
            inlined.add(k);
            return INLINED + inlined.size() - 1;
        });
    }

    /** The inlined frames of an instruction's {@code line}, or null when it is this method's own code. */
    public Inlined inlinedAt(int line) {
        return line >= INLINED ? inlined.get(line - INLINED) : null;
    }

    /**
     * The line in this method's own source an instruction's {@code line} stands for: the line
     * itself, or for inlined code the line of the outermost inlined call.
     */
    public int sourceLine(int line) {
        return line >= INLINED ? inlined.get(line - INLINED).outerLine() : line;
    }

    /** The smallest source line of the method's own code, or 0 (the line a failed entry check names). */
    public int firstLine() {
        int line = 0;
        for (Block b : blocks) {
            for (Insn i : b.insns) {
                int l = sourceLine(i.line);
                if (l > 0 && (line == 0 || l < line)) {
                    line = l;
                }
            }
        }
        return line;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
