package rtgo.thumb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places one function's code exactly, so that every Thumb-1 range limit holds before the assembler
 * sees it: conditional branches reach ±256 bytes, unconditional ones ±2 KiB, beyond that a branch
 * becomes {@code bl} (the function then saves lr); PC-relative literal loads reach only 1020 bytes
 * <em>forward</em>, so literal pools are placed after unconditional control transfers once they
 * grow far from their first use, or forced into an island behind a branch (a pool is placed before
 * check stubs at the same break, since only branches can be relaxed). Sizes are exact: the function
 * starts 4-byte aligned and every item knows its size. Branches written as plain text (the
 * divider's wait loop, the stack check's stub branch) must stay within short range by construction.
 */
final class Layout {
    /** Distance from the first use at which a pool is dropped at the next natural break. */
    private static final int SOFT_LIMIT = 480;
    /** Distance at which a pool is forced into an island. */
    private static final int HARD_LIMIT = 960;

    sealed interface Item permits Text, Label, Branch, LoadLit, Site {}

    /**
     * A call's return address with the Java source line of the call, for stack traces
     * (docs/abi.md, "Frame table"). {@code expr} is a label this item defines, or (for the call
     * ending a stub copy) an expression over the copy's label.
     */
    /** A call's return address; {@code landing} labels the handler it lands in when the call throws (or null). */
    record Site(String expr, int line, boolean defines, String landing, String map) implements Item {}

    /** Instructions of a fixed size; {@code barrier}: control never falls through past it. */
    record Text(String asm, int size, boolean barrier) implements Item {}

    record Label(String name) implements Item {}

    /**
     * A branch; {@code cond} null means always. Its form grows from short to medium to long. A
     * branch to a stub (a {@code stub} key) gets its target when the stub copy it uses is placed.
     */
    static final class Branch implements Item {
        final String cond;
        String target;
        final String stub;
        int form;
        /**
         * The label of the island entry this branch goes through instead (a copy of its stub, or a
         * {@code b} to its target, placed after a barrier within short reach), or null.
         */
        String via;

        Branch(String cond, String target) {
            this(cond, target, null);
        }

        Branch(String cond, String target, String stub) {
            this.cond = cond;
            this.target = target;
            this.stub = stub;
        }

        int size() {
            if (cond == null) {
                return form == 0 ? 2 : 4;
            }
            return form == 0 ? 2 : form == 1 ? 4 : 6;
        }
    }

    /** {@code ldr rd, =value}: {@code key} is the .word operand (a number or a quoted symbol). */
    record LoadLit(int reg, String key) implements Item {}

    /** Out-of-line code that failed checks branch to; it never returns (see FunctionEmitter). */
    private record Stub(String asm, int size, int line, String landing, String map) {}

    /** A stub copy is dropped at the next natural break once its first use is this far behind. */
    private static final int STUB_DISTANCE = 96;

    /**
     * Bytes kept free of a short branch's limits when its island is chosen: code placed later
     * between the branch and the island (other islands, pools) must not push it out of reach.
     */
    private static final int ISLAND_MARGIN = 24;

    /** An island entry after a barrier: a copy of the stub {@code stubKey}, or {@code jump} (a {@code b}). */
    private record Entry(String label, String stubKey, Branch jump) {}

    /** The island entries placed right after each barrier item, in order. */
    private final Map<Item, LinkedHashMap<String, Entry>> islands = new IdentityHashMap<>();
    /** Where the island after each barrier item ends, in the last {@link #place}. */
    private final Map<Item, Integer> islandEnd = new IdentityHashMap<>();
    private int entries;

    private final String prefix;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, Stub> stubs = new LinkedHashMap<>();
    /** Whether a long branch forced lr to be saved; the caller re-generates then. */
    boolean needsLr;
    /** Bytes of the laid-out function (code, pools, stubs), once {@link #finish} succeeded. */
    int size;
    private final boolean lrSaved;

    Layout(String prefix, boolean lrSaved) {
        this.prefix = prefix;
        this.lrSaved = lrSaved;
    }

    /** Instructions, one a line; their size comes from {@link Encoding}. */
    void text(String asm) {
        items.add(new Text(asm, Encoding.bytes(asm), false));
    }

    /** Instructions after which control never falls through. */
    void barrier(String asm) {
        items.add(new Text(asm, Encoding.bytes(asm), true));
    }

    void label(String name) {
        items.add(new Label(name));
    }

    /** An assembler directive that places no bytes ({@code .loc}): kept in order, size 0. */
    void directive(String asm) {
        items.add(new Text(asm, 0, false));
    }

    void branch(String cond, String target) {
        items.add(new Branch(cond, target));
    }

    void loadLit(int reg, String key) {
        items.add(new LoadLit(reg, key));
    }

    /**
     * Declares a stub (once per key); copies are placed near the branches that use them. A stub
     * ends with the {@code bl} of a Throw method; {@code line} is the source line it reports.
     */
    void stub(String key, String asm, int line) {
        stubs.putIfAbsent(key, new Stub(asm, Encoding.bytes(asm), line, landing, map));
    }

    /**
     * The label of the handler that calls and check stubs emitted from now on land in when they
     * throw (the exception successor of the block being emitted), or null: they unwind further.
     * Stub keys include it, so a stub serves one handler.
     */
    String landing;

    /**
     * The stack map (StackMaps) of the call site the instruction being emitted makes, or null:
     * the references that live across it. Stub keys include it too.
     */
    String map;

    /** Marks the return address of the call just emitted, made at source {@code line}. */
    void callSite(int line) {
        items.add(new Site(prefix + "_ret" + calls++, line, true, landing, map));
    }

    private int calls;

    /** The call sites of the last successful {@link #finish}, in address order. */
    final List<Site> sites = new ArrayList<>();

    /** A conditional branch to the stub {@code key}. */
    void branchToStub(String cond, String key) {
        items.add(new Branch(cond, null, key));
    }

    /** Labels outside the laid-out code, by their address relative to its start (the stack-check stub). */
    private final Map<String, Integer> external = new HashMap<>();

    /** Declares a label {@code offset} bytes from the function's start, outside its code. */
    void externalLabel(String name, int offset) {
        external.put(name, offset);
    }

    /** Lays the function out; returns its assembly, or null if a long branch needs lr saved first. */
    String finish() {
        peephole();
        for (int iteration = 0; iteration < 50; iteration++) {
            List<Object> placed = place();
            Map<String, Integer> at = addresses(placed);
            boolean grown = false;
            int pc = 0;
            for (Object o : placed) {
                if (o instanceof Branch b) {
                    int dist = at.get(dest(b)) - (pc + (b.cond != null && b.form > 0 ? 2 : 0) + 4);
                    boolean fits = switch (b.form) {
                        case 0 -> b.cond != null ? dist >= -256 && dist <= 254 : dist >= -2048 && dist <= 2046;
                        case 1 -> b.cond == null || (dist >= -2048 && dist <= 2046);
                        default -> true;
                    };
                    if (!fits && b.cond != null && b.form == 0 && b.via == null && viaIsland(b, pc)) {
                        grown = true;
                    } else if (!fits) {
                        b.form = b.cond == null ? 2 : b.form + 1;
                        if (b.form == 2 && !lrSaved) {
                            needsLr = true;
                            return null;
                        }
                        grown = true;
                    }
                }
                pc += size(o, pc);
            }
            if (!grown) {
                size = pc;
                return render(placed);
            }
        }
        throw new IllegalStateException("branch relaxation does not converge in " + prefix);
    }

    /** Where a branch goes: its island entry, else its target. */
    private static String dest(Branch b) {
        return b.via != null ? b.via : b.target;
    }

    /**
     * Lets conditional branch {@code b} at {@code pc}, whose target is out of short reach, go through
     * an island entry after the nearest barrier within reach (either side): a copy of its stub, or
     * an unconditional {@code b} to its block. The path that does not branch then costs one
     * not-taken conditional branch, instead of a taken branch around a long one. Returns false when
     * no barrier is near enough (the branch grows instead).
     */
    private boolean viaIsland(Branch b, int pc) {
        Item best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Map.Entry<Item, Integer> e : islandEnd.entrySet()) {
            int dist = e.getValue() - (pc + 4);
            if (dist >= -256 + ISLAND_MARGIN && dist <= 254 - ISLAND_MARGIN && Math.abs(dist) < bestDist) {
                best = e.getKey();
                bestDist = Math.abs(dist);
            }
        }
        if (best == null) {
            return false;
        }
        String key = b.stub != null ? "stub:" + b.stub : "to:" + b.target;
        Entry entry = islands.computeIfAbsent(best, k -> new LinkedHashMap<>()).computeIfAbsent(key,
                k -> new Entry(prefix + "_via" + entries++, b.stub, b.stub != null ? null : new Branch(null, b.target)));
        b.via = entry.label();
        return true;
    }

    /** Places the island entries after barrier {@code item}; returns the pc after them. */
    private int placeIsland(Item item, List<Object> out, int pc) {
        for (Entry e : islands.getOrDefault(item, new LinkedHashMap<>()).values()) {
            out.add(new Label(e.label()));
            if (e.jump() != null) {
                out.add(e.jump());
                pc += e.jump().size();
            } else {
                pc = placeStubCopy(out, pc, e.stubKey(), e.label());
            }
        }
        islandEnd.put(item, pc);
        return pc;
    }

    private static final java.util.regex.Pattern SPILL =
            java.util.regex.Pattern.compile("str (r[0-7]), \\[sp, #(\\d+)\\]");
    private static final java.util.regex.Pattern RELOAD =
            java.util.regex.Pattern.compile("ldr (r[0-7]), \\[sp, #(\\d+)\\]");
    private static final java.util.regex.Pattern SELF_MOVE = java.util.regex.Pattern.compile("mov (\\w+), \\1");

    /**
     * Rewrites of the emitted instructions that need their registers: a reload right after a
     * store of the same stack slot becomes a register move (or nothing), a move of a register to
     * itself goes, and so does a branch to the label that follows it. Only adjacent items are
     * looked at, so no label (a branch target) lies between the two halves of a pair.
     */
    private void peephole() {
        dropRepeatedHighReloads();
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            if (item instanceof Text t) {
                List<String> lines = new ArrayList<>(List.of(t.asm().split("\n")));
                if (k > 0 && items.get(k - 1) instanceof Text prev && !prev.barrier()) {
                    String[] before = prev.asm().split("\n");
                    java.util.regex.Matcher st = SPILL.matcher(before[before.length - 1]);
                    java.util.regex.Matcher ld = RELOAD.matcher(lines.get(0));
                    if (st.matches() && ld.matches() && st.group(2).equals(ld.group(2))) {
                        lines.set(0, "mov " + ld.group(1) + ", " + st.group(1));
                    }
                }
                lines.removeIf(line -> SELF_MOVE.matcher(line).matches());
                String asm = String.join("\n", lines);
                if (asm.isEmpty()) {
                    items.remove(k--);
                } else if (!asm.equals(t.asm())) {
                    items.set(k, new Text(asm, Encoding.bytes(asm), t.barrier()));
                }
            } else if (item instanceof Branch b && b.stub == null) {
                for (int n = k + 1; n < items.size() && items.get(n) instanceof Label l; n++) {
                    if (l.name().equals(b.target)) {
                        items.remove(k--);
                        break;
                    }
                }
            }
        }
    }

    private static final java.util.regex.Pattern HIGH_RELOAD =
            java.util.regex.Pattern.compile("mov (r[0-7]), (r8|r9|r10|r11)");
    /** An instruction whose first operand is the low register it writes (a store or compare writes none). */
    private static final java.util.regex.Pattern WRITES_LOW = java.util.regex.Pattern.compile("([a-z]+) (r[0-7]),.*");
    private static final Set<String> WRITES_NONE = Set.of("cmp", "cmn", "tst", "str", "strb", "strh");

    /**
     * Drops a copy of r8..r11 into a low register that already holds it: two uses of a value
     * spilled to a high register get a reload each, and often the same register. Straight-line
     * code only: a label forgets everything, and so does any instruction this does not know to
     * write just its first operand (calls, pushes and pops, moves into high registers, local labels).
     */
    private void dropRepeatedHighReloads() {
        Map<String, String> holds = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            if (item instanceof Label || (item instanceof Branch b && b.cond == null)) {
                holds.clear();
            } else if (item instanceof LoadLit lit) {
                holds.remove("r" + lit.reg());
            } else if (item instanceof Text t) {
                List<String> kept = new ArrayList<>();
                for (String line : t.asm().split("\n")) {
                    java.util.regex.Matcher m = HIGH_RELOAD.matcher(line);
                    java.util.regex.Matcher w = WRITES_LOW.matcher(line);
                    if (m.matches()) {
                        if (m.group(2).equals(holds.get(m.group(1)))) {
                            continue;
                        }
                        holds.put(m.group(1), m.group(2));
                    } else if (w.matches() && WRITES_NONE.contains(w.group(1))) {
                        // reads only
                    } else if (w.matches()) {
                        holds.remove(w.group(2));
                    } else {
                        holds.clear();
                    }
                    kept.add(line);
                }
                String asm = String.join("\n", kept);
                if (asm.isEmpty()) {
                    items.remove(k--);
                } else if (!asm.equals(t.asm())) {
                    items.set(k, new Text(asm, Encoding.bytes(asm), t.barrier()));
                }
                if (t.barrier()) {
                    holds.clear();
                }
            }
        }
    }

    private static int size(Object o, int pc) {
        if (o instanceof Text t) {
            return t.size();
        }
        if (o instanceof Branch b) {
            return b.size();
        }
        if (o instanceof LoadLit || o instanceof PoolRef) {
            return 2;
        }
        if (o instanceof Pool p) {
            return (pc % 4 == 0 ? 0 : 2) + 4 * p.entries.size();
        }
        return 0;
    }

    /** A literal pool placed in the code: entries by key, each with its label. */
    private record Pool(LinkedHashMap<String, String> entries) {}

    private record PoolRef(LoadLit lit, String label) {}

    private List<Object> place() {
        List<Object> out = new ArrayList<>();
        LinkedHashMap<String, String> pending = new LinkedHashMap<>();
        int firstRef = -1;
        int pc = 0;
        int pools = 0;
        int islands = 0;
        Map<String, Integer> stubAt = new HashMap<>();
        Map<String, String> stubLabel = new HashMap<>();
        LinkedHashMap<String, String> pendingStubs = new LinkedHashMap<>();
        int firstStubRef = -1;
        int stubCopies = 0;
        islandEnd.clear();
        for (Item item : items) {
            if (item instanceof Branch b && b.stub != null && b.via == null) {
                Integer at = stubAt.get(b.stub);
                if (at != null && pc + 4 - at <= 256) {
                    b.target = stubLabel.get(b.stub);
                } else {
                    String label = pendingStubs.get(b.stub);
                    if (label == null) {
                        label = prefix + "_stub" + stubCopies++;
                        pendingStubs.put(b.stub, label);
                    }
                    b.target = label;
                    if (firstStubRef < 0) {
                        firstStubRef = pc;
                    }
                }
            }
            int sz = size(item, pc);
            if (firstRef >= 0 && pc + sz + 4 + 2 + 4 * (pending.size() + 1) - firstRef > HARD_LIMIT) {
                String skip = prefix + "_isl" + islands++;
                Branch b = new Branch(null, skip);
                out.add(b);
                pc += b.size();
                Pool p = new Pool(pending);
                out.add(p);
                pc += size(p, pc);
                out.add(new Label(skip));
                pending = new LinkedHashMap<>();
                firstRef = -1;
            }
            if (item instanceof LoadLit lit) {
                String label = pending.get(lit.key());
                if (label == null) {
                    label = prefix + "_lit" + pools++;
                    pending.put(lit.key(), label);
                }
                if (firstRef < 0) {
                    firstRef = pc;
                }
                out.add(new PoolRef(lit, label));
            } else {
                out.add(item);
            }
            pc += sz;
            boolean barrier = (item instanceof Text t && t.barrier()) || (item instanceof Branch b && b.cond == null);
            if (barrier) {
                pc = placeIsland(item, out, pc);
            }
            // A pool goes before stubs placed at the same break: a literal load cannot be
            // relaxed, while a branch to a stub pushed further away simply grows.
            boolean stubsDue = firstStubRef >= 0 && pc - firstStubRef > STUB_DISTANCE;
            if (barrier && firstRef >= 0 && (pc - firstRef > SOFT_LIMIT
                    || (stubsDue && pc + stubBytes(pendingStubs) + 4 * pending.size() + 4 - firstRef > HARD_LIMIT))) {
                Pool p = new Pool(pending);
                out.add(p);
                pc += size(p, pc);
                pending = new LinkedHashMap<>();
                firstRef = -1;
            }
            if (barrier && stubsDue) {
                pc = placeStubs(out, pc, pendingStubs, stubAt, stubLabel);
                firstStubRef = -1;
            }
        }
        if (!pending.isEmpty()) {
            Pool p = new Pool(pending);
            out.add(p);
            pc += size(p, pc);
        }
        placeStubs(out, pc, pendingStubs, stubAt, stubLabel);
        return out;
    }

    private int stubBytes(Map<String, String> pendingStubs) {
        int n = 0;
        for (String key : pendingStubs.keySet()) {
            n += stubs.get(key).size();
        }
        return n;
    }

    private int placeStubs(List<Object> out, int pc, LinkedHashMap<String, String> pending,
                           Map<String, Integer> stubAt, Map<String, String> stubLabel) {
        for (Map.Entry<String, String> e : pending.entrySet()) {
            out.add(new Label(e.getValue()));
            stubAt.put(e.getKey(), pc);
            stubLabel.put(e.getKey(), e.getValue());
            pc = placeStubCopy(out, pc, e.getKey(), e.getValue());
        }
        pending.clear();
        return pc;
    }

    /** A copy of stub {@code key} (after its label {@code label}), with its call site; returns the pc after it. */
    private int placeStubCopy(List<Object> out, int pc, String key, String label) {
        Stub st = stubs.get(key);
        Text t = new Text(st.asm(), st.size(), true);
        out.add(t);
        out.add(new Site(label + " + " + st.size(), st.line(), false, st.landing(), st.map()));
        return pc + t.size();
    }

    private Map<String, Integer> addresses(List<Object> placed) {
        Map<String, Integer> at = new HashMap<>(external);
        int pc = 0;
        for (Object o : placed) {
            if (o instanceof Label l) {
                at.put(l.name(), pc);
            }
            pc += size(o, pc);
        }
        return at;
    }

    private String render(List<Object> placed) {
        StringBuilder sb = new StringBuilder();
        sites.clear();
        int pc = 0;
        int skips = 0;
        for (Object o : placed) {
            if (o instanceof Label l) {
                sb.append(l.name()).append(":\n");
            } else if (o instanceof Site s) {
                if (s.defines()) {
                    sb.append(s.expr()).append(":\n");
                }
                sites.add(s);
            } else if (o instanceof Text t) {
                for (String line : t.asm().split("\n")) {
                    sb.append("    ").append(line).append('\n');
                }
            } else if (o instanceof PoolRef r) {
                sb.append("    ldr r").append(r.lit().reg()).append(", ").append(r.label()).append('\n');
            } else if (o instanceof Branch b) {
                String jump = b.form == 2 ? "bl " : "b ";
                if (b.cond == null) {
                    sb.append("    ").append(jump).append(dest(b)).append('\n');
                } else if (b.form == 0) {
                    sb.append("    b").append(b.cond).append(' ').append(dest(b)).append('\n');
                } else {
                    String skip = prefix + "_skip" + skips++;
                    sb.append("    b").append(Conds.invert(b.cond)).append(' ').append(skip).append('\n');
                    sb.append("    ").append(jump).append(dest(b)).append('\n');
                    sb.append(skip).append(":\n");
                }
            } else if (o instanceof Pool p) {
                if (pc % 4 != 0) {
                    sb.append("    .short 0\n");
                }
                for (Map.Entry<String, String> e : p.entries().entrySet()) {
                    sb.append(e.getValue()).append(": .word ").append(e.getKey()).append('\n');
                }
            }
            pc += size(o, pc);
        }
        return sb.toString();
    }
}
