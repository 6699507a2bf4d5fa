package rtgo.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Block;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;
import rtgo.ir.Type;

/**
 * Whole-program facts about static fields, and the pass that uses them: a static field that the
 * whole program writes exactly once, in its own class's static initialiser, before that
 * initialiser runs any other code, holds what that write stored wherever it is read outside the
 * initialiser — a read of a static always comes after its class's initialisation has started
 * (JVMS 5.5: getstatic initialises; a method of the class runs only once it has started), and the
 * write is the initialiser's first thing that could let other code run. So:
 * <ul>
 *   <li>an int constant stored there ({@code static int n = 64;} that is never assigned again) is a
 *       constant: the load folds;</li>
 *   <li>a new array ({@code static final short[] COEF = new short[64]}, or any allocation or string)
 *       is never null: null checks of the load go, and a constant length folds.</li>
 * </ul>
 * The same folding applies to reads of frozen instance fields ({@link FinalFields}: final fields
 * after construction), with what every constructor stores.
 *
 * <p>Exact array types. A reference-array field (static or instance) that every write in the
 * program sets to null or to an array just made with one type T[] holds, when not null, an array
 * of exactly T[] (ArrayList's Object[] elementData, HashMap's Node[] table); so does an array this
 * method made. An aastore into such an array cannot fail when T is Object, or when the value's
 * static class is T or a subclass of T, and lowering leaves its check out (storeFits): the verifier has already
 * made the value an instance of its static class. A value typed by an interface keeps its check
 * (the verifier treats interface types as Object).
 *
 * <p>Design note. "Exactly once" counts every putstatic of the field in the program, the runtime's
 * included; a long field (two word stores) never qualifies. "Before any other code" means the write
 * is on the initialiser's straight-line path from its entry, with no call (but of a constructor
 * that calls nothing else and reads none of the class's statics), class-initialisation
 * check, volatile or raw access, branch or exception edge before it: an initialiser that calls a
 * method before the write could let that method (or a thread it wakes) read the field unset; and
 * the class must have no superclass or interface initialiser to run first (it could read the field
 * while the class is marked as being initialised). The initialiser itself is left alone. Narrow fields fold only when the constant survives narrowing.
 *
 * <p>Requires: generic SSA IR. Keeps: SSA, blocks.
 */
public final class StaticFacts {
    /** What every read of a field sees: an int constant, a non-null reference, an array's length (null: unknown). */
    record Fact(Integer constant, boolean nonNull, Integer length) {
        /** Nothing known. */
        static final Fact NOTHING = new Fact(null, false, null);

        /** What is known of a field that holds either this or {@code o}. */
        Fact meet(Fact o) {
            return new Fact(java.util.Objects.equals(constant, o.constant) ? constant : null, nonNull && o.nonNull,
                    java.util.Objects.equals(length, o.length) ? length : null);
        }
    }

    private final Map<String, Fact> facts = new HashMap<>();
    /** Frozen instance fields (see {@link FinalFields}) and what their reads see. */
    private final Map<String, Fact> fields = new HashMap<>();
    private final Map<String, String> initialiserOf = new HashMap<>();
    /** The closed world, for the class tree (storeFits); null in tests that give none. */
    private ProgramWorld world;
    /** Reference-array fields that hold arrays of exactly one type: field symbol to array type. */
    private final Map<String, String> exactArrays = new HashMap<>();

    private StaticFacts() {}

    /** The facts of the whole program {@code program}, whose methods are {@code all}. */
    public static StaticFacts of(ProgramWorld program, List<Func> all) {
        StaticFacts s = new StaticFacts();
        Map<String, List<Insn>> writes = new HashMap<>();
        for (Func f : all) {
            for (Block b : f.blocks) {
                for (Insn i : b.insns) {
                    if (i.op == Op.PUTSTATIC) {
                        writes.computeIfAbsent(i.sym, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        Map<String, Func> clinits = new HashMap<>();
        for (Func f : all) {
            clinits.put(f.symbol, f);
        }
        for (String cls : program.initialisedClasses()) {
            Func clinit = program.clinitOf(cls) == null ? null : clinits.get(program.clinitOf(cls));
            if (clinit == null || runsCodeFirst(program, cls)) {
                continue;
            }
            for (Insn w : firstWrites(clinit, clinits, cls)) {
                List<Insn> all2 = writes.get(w.sym);
                if (all2 == null || all2.size() != 1 || w.mem.kind != rtgo.ir.Alias.Kind.STATIC
                        || !ownField(cls, w.sym)) {
                    continue;
                }
                Fact fact = factOf(w.arg(0), Elem.values()[w.aux]);
                if (fact != Fact.NOTHING) {
                    s.facts.put(w.sym, fact);
                    s.initialiserOf.put(w.sym, clinit.symbol);
                }
            }
        }
        s.fields.putAll(FinalFields.of(all).frozen);
        s.exactArrays.putAll(exactArrays(all));
        s.world = program;
        return s;
    }

    /**
     * Reference-array fields, static or instance, whose every write in the program stores null or
     * an array the write's method has just made with one and the same type: the field, when not
     * null, holds an array of exactly that type (ArrayList's Object[] elementData, HashMap's
     * Node[] table). An aastore into it then knows the array's element class.
     */
    private static Map<String, String> exactArrays(List<Func> all) {
        Map<String, String> types = new HashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        for (Func f : all) {
            for (Block b : f.blocks) {
                for (Insn i : b.insns) {
                    Insn value = i.op == Op.PUTSTATIC ? i.arg(0) : i.op == Op.PUTFIELD ? i.arg(1) : null;
                    if (value == null || value.type != Type.R || i.sym == null) {
                        continue;
                    }
                    String t = newArrayType(value, new java.util.HashSet<>());
                    if (t == null || t.equals(NO_ARRAY)) {
                        if (t == null) {
                            mixed.add(i.sym);
                        }
                        continue;
                    }
                    String before = types.putIfAbsent(i.sym, t);
                    if (before != null && !before.equals(t)) {
                        mixed.add(i.sym);
                    }
                }
            }
        }
        types.keySet().removeAll(mixed);
        return types;
    }

    /** What agreed answers for a value that can only be null. */
    private static final String NO_ARRAY = "";

    /** The type of the new reference array {@code v} is, NO_ARRAY for null, or null when it may be anything else. */
    private static String newArrayType(Insn v, Set<Insn> seen) {
        return agreed(v, seen, x -> x.op == Op.NEWARRAY && x.sym != null && x.sym.startsWith("[L") ? x.sym : null);
    }

    /**
     * What every value {@code v} can be agrees on by {@code leaf} (null: unknown), through copies
     * and phis, null constants aside; NO_ARRAY when it is only null. (A checkcast yields no value:
     * its operand flows on as it is.)
     */
    private static String agreed(Insn v, Set<Insn> seen, java.util.function.Function<Insn, String> leaf) {
        if (!seen.add(v) || v.op == Op.CONST && v.aux == 0) {
            return NO_ARRAY; // null, or a phi cycle, which adds no other value
        }
        if (v.op == Op.COPY) {
            return agreed(v.arg(0), seen, leaf);
        }
        if (v.op != Op.PHI) {
            return leaf.apply(v);
        }
        String t = NO_ARRAY;
        for (Insn a : v.args) {
            String at = agreed(a, seen, leaf);
            if (at == null || !at.equals(NO_ARRAY) && !t.equals(NO_ARRAY) && !t.equals(at)) {
                return null;
            }
            if (!at.equals(NO_ARRAY)) {
                t = at;
            }
        }
        return t;
    }

    /**
     * Whether the aastore check {@code check} cannot fail (lowering asks, beside its own rules for
     * store checks: rtgo.lower.Lowering.unneededStoreChecks): its array is one this method made, or is
     * read from a field that holds arrays of exactly one type (exactArrays), and that type is
     * Object[] (anything fits) or the value's static class is its element class or a subclass of
     * it in the closed world.
     */
    public boolean storeFits(Insn check) {
        Insn array = check.arg(0);
        while (array.op == Op.COPY) {
            array = array.arg(0);
        }
        String type = array.op == Op.NEWARRAY ? array.sym
                : array.op == Op.GETFIELD || array.op == Op.GETSTATIC ? exactArrays.get(array.sym) : null;
        if (type == null || !type.startsWith("[L")) {
            return false;
        }
        String element = type.substring(2, type.length() - 1);
        String value = staticClass(check.arg(1), new java.util.HashSet<>());
        if (element.equals("java/lang/Object")) {
            return true;
        }
        // a value typed by an interface is not one the verifier checked (it treats interfaces as
        // Object): only a class's static type is trusted, as Lowering.fitsEveryArray does
        return value != null && !value.equals(NO_ARRAY) && world != null && world.isProgramClass(value)
                && world.isSubtype(value, element);
    }

    /**
     * The static class of reference {@code v}: its own, or for an element load the element class
     * of the array's, through copies and phis (null operands aside); NO_ARRAY for null, null when
     * unknown or when the operands differ.
     */
    private static String staticClass(Insn v, Set<Insn> seen) {
        return agreed(v, seen, x -> {
            if (x.refType != null) {
                return x.refType;
            }
            String array = x.op == Op.ALOAD ? x.arg(0).refType : null;
            return array != null && array.startsWith("[L") ? array.substring(2, array.length() - 1) : null;
        });
    }

    /** The instance fields no read can see change after construction (see {@link FinalFields}). */
    public Set<String> frozenFields() {
        return fields.keySet();
    }

    /** What every read of the field that {@code load} reads sees, or null when it is no such load. */
    private Fact factOfLoad(Func f, Insn load) {
        if (load.op == Op.GETSTATIC) {
            return f.symbol.equals(initialiserOf.get(load.sym)) ? null : facts.get(load.sym);
        }
        return load.op == Op.GETFIELD && load.mem != null && load.mem.kind == rtgo.ir.Alias.Kind.FIELD
                ? fields.get(load.sym) : null;
    }

    /**
     * Whether {@code v} of {@code f} is never null: a fresh object or array, a string literal, the
     * receiver of an instance method (every call checks it, JVMS invokevirtual/invokespecial), or a
     * load of a field the facts {@code facts} (or null) say is non-null.
     */
    public static boolean nonNull(Func f, Insn v, StaticFacts facts) {
        return switch (v.op) {
            case NEW, NEWARRAY, NEWMULTI, STRING -> true;
            case PARAM -> v.aux == 0 && isInstanceMethod(f);
            case GETSTATIC, GETFIELD -> {
                Fact fact = facts == null ? null : facts.factOfLoad(f, v);
                yield fact != null && fact.nonNull();
            }
            default -> false;
        };
    }

    /** Whether {@code f} has a receiver: one more parameter than its descriptor's argument words. */
    private static boolean isInstanceMethod(Func f) {
        int open = f.symbol.indexOf('(');
        int close = f.symbol.indexOf(')');
        if (!f.symbol.startsWith("J:") || open < 0 || close < open || f.symbol.contains(".<clinit>(")) {
            return false;
        }
        int words = 0;
        for (int k = open + 1; k < close; k++) {
            char c = f.symbol.charAt(k);
            words += c == 'J' || c == 'D' ? 2 : 1;
            if (c == 'L') {
                k = f.symbol.indexOf(';', k);
            } else if (c == '[') {
                while (f.symbol.charAt(k) == '[') {
                    k++;
                }
                if (f.symbol.charAt(k) == 'L') {
                    k = f.symbol.indexOf(';', k);
                }
            }
        }
        return f.params.size() == words + 1 && !f.params.isEmpty() && f.params.get(0) == Type.R;
    }

    /**
     * Whether initialising the class runs other initialisers before its own (a superclass's, say):
     * once the class is marked as being initialised, they could read its statics unset.
     */
    private static boolean runsCodeFirst(ProgramWorld program, String cls) {
        for (String first : program.initFirst(cls)) {
            if (program.clinitOf(first) != null || runsCodeFirst(program, first)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code sym} ({@code S:a.b.C.name}) is a field of class {@code cls} ({@code a/b/C}). */
    private static boolean ownField(String cls, String sym) {
        String prefix = rtgo.vm.abi.SymbolNames.STATIC_FIELD_PREFIX + cls.replace('/', '.') + ".";
        return sym.startsWith(prefix) && sym.indexOf('.', prefix.length()) < 0;
    }

    /**
     * The static writes on the initialiser's straight-line path before anything that may run other
     * code (a call of a {@link #sealedConstructor} is no such thing: {@code static final Counter
     * COUNTER = new Counter();}).
     */
    private static List<Insn> firstWrites(Func clinit, Map<String, Func> funcs, String cls) {
        List<Insn> out = new ArrayList<>();
        Block b = clinit.entry();
        java.util.Set<Block> seen = new java.util.HashSet<>();
        while (b != null && seen.add(b)) {
            for (Insn i : b.insns) {
                if (i.op == Op.PUTSTATIC) {
                    out.add(i);
                } else if (i.op == Op.CALL && sealedConstructor(i.sym, funcs, cls, new java.util.HashSet<>())) {
                    continue;
                } else if (i.op.has(Op.Flags.CALLS) || i.op.has(Op.Flags.INVOKES) || i.op.has(Op.Flags.VOLATILE)
                        || (i.mem != null && i.mem.kind == rtgo.ir.Alias.Kind.VOLATILE)) {
                    return out;
                }
            }
            Insn t = b.terminator();
            if (t == null || t.op != Op.GOTO || b.succs.size() != 1 || b.succs.get(0).preds.size() != 1) {
                return out;
            }
            b = b.succs.get(0);
        }
        return out;
    }

    /**
     * Whether constructor {@code ctor} runs no other code: it calls only constructors like itself,
     * runs no initialiser, touches no volatile field and reads no static of {@code cls} (the
     * class being initialised, whose statics it would see unset).
     */
    private static boolean sealedConstructor(String ctor, Map<String, Func> funcs, String cls, java.util.Set<String> seen) {
        Func f = funcs.get(ctor);
        if (f == null || !ctor.contains(".<init>(") || !seen.add(ctor)) {
            return false;
        }
        String own = rtgo.vm.abi.SymbolNames.STATIC_FIELD_PREFIX + cls.replace('/', '.') + ".";
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                boolean ok = i.op == Op.CALL ? sealedConstructor(i.sym, funcs, cls, seen)
                        : !(i.op.has(Op.Flags.CALLS) || i.op.has(Op.Flags.INVOKES) || i.op.has(Op.Flags.VOLATILE)
                                || (i.mem != null && i.mem.kind == rtgo.ir.Alias.Kind.VOLATILE)
                                || (i.op == Op.GETSTATIC && i.sym.startsWith(own)));
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What a field of kind {@code e} holds after {@code v} is stored into it. */
    static Fact factOf(Insn v, Elem e) {
        return switch (v.op) {
            case CONST -> v.type == Type.I && narrowed(e, v.aux) == v.aux ? new Fact(v.aux, false, null) : Fact.NOTHING;
            case NEWARRAY, NEWMULTI -> new Fact(null, true, v.arg(0).op == Op.CONST && v.arg(0).aux >= 0 ? v.arg(0).aux : null);
            case NEW, STRING -> new Fact(null, true, null);
            default -> Fact.NOTHING;
        };
    }

    private static int narrowed(Elem e, int v) {
        return switch (e) {
            case Z -> v & 1;
            case B -> (byte) v;
            case C -> (char) v;
            case S -> (short) v;
            default -> v;
        };
    }

    /** Folds the loads, null checks and lengths of {@code f} that the facts decide. */
    public static void run(Func f, StaticFacts facts) {
        if (facts == null || facts.facts.isEmpty() && facts.fields.isEmpty()) {
            return;
        }
        for (Block b : f.blocks) {
            for (Insn i : new ArrayList<>(b.insns)) {
                Insn load = i.op == Op.GETSTATIC || i.op == Op.GETFIELD ? i : i.args.length > 0 ? i.arg(0) : null;
                Fact fact = load == null ? null : facts.factOfLoad(f, load);
                if (fact == null) {
                    continue;
                }
                if (i == load && fact.constant() != null && i.type == Type.I) {
                    toConst(i, fact.constant());
                } else if (i.op == Op.NULLCHECK && fact.nonNull()) {
                    b.insns.remove(i);
                } else if (i.op == Op.ARRAYLEN && fact.length() != null) {
                    toConst(i, fact.length());
                }
            }
        }
    }

    private static void toConst(Insn i, int v) {
        i.op = Op.CONST;
        i.type = Type.I;
        i.args = new Insn[0];
        i.aux = v;
        i.aux2 = 0;
        i.sym = null;
        i.mem = null;
        i.refType = null;
    }
}
