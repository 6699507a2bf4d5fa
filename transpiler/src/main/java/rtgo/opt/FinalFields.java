package rtgo.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.ir.Alias;
import rtgo.ir.Block;
import rtgo.ir.Cfg;
import rtgo.ir.Elem;
import rtgo.ir.Func;
import rtgo.ir.Insn;
import rtgo.ir.Op;

/**
 * Whole-program facts about instance fields that no code can see change: {@code final} fields,
 * and any other field that behaves like one. A field {@code C.f} is <em>frozen</em> when
 * <ul>
 *   <li>every store to it in the whole program is in a constructor of {@code C}, on that
 *       constructor's own object ({@code this});</li>
 *   <li>each constructor of {@code C} stores it at most once on any path (a call of another
 *       constructor of {@code C} on {@code this}, {@code this(...)}, counts as its store);</li>
 *   <li>until the store is certain (on every path to the point), the constructor lets no other
 *       code see the object: {@code this} is used only as the object of a null check, of a read of
 *       another field, of a store of another field (not as the value stored), and as the receiver
 *       of a superclass constructor that itself uses its object only so (transitively). So no
 *       method it calls, no other thread and no interrupt handler can reach the object before
 *       the store — the overridable method a superclass constructor calls, {@code this} stored into
 *       a static, {@code this.f} read before the assignment are all ruled out.</li>
 * </ul>
 * Every read of a frozen field then sees the value stored by its object's constructor: loads of
 * it may be shared and hoisted across any call or synchronisation point ({@link MemoryEffects}).
 * When every store of it (and the default value, where a constructor may return without one)
 * is the same int constant, or a new array of one constant length, or any fresh object or string,
 * that is a fact of every read ({@link StaticFacts} folds it).
 *
 * <p>Design note. The rules are checked on the methods as the front end made them, before inlining
 * copies constructors into their callers; inlining changes no behaviour, so what held of the
 * program holds after it. Objects made without a constructor (string literals, strings the runtime
 * builds from raw memory) have no Java fields. The world is closed and reflection-free; a class
 * written only through {@code rtgo.vm.Mem} has no IR stores and is assumed, as in
 * {@link MemoryEffects}, to write no Java field. Long and double fields (two word stores per
 * assignment) never qualify. The analysis of a constructor is a forward "stored on some path /
 * on every path" data flow over its blocks; a block with an exception edge passes its entry state
 * on as "every path", since its handler may start before the store.
 */
final class FinalFields {
    /** Frozen fields by symbol, with what every read of each sees ({@link StaticFacts.Fact#NOTHING} if nothing). */
    final Map<String, StaticFacts.Fact> frozen = new HashMap<>();

    private final Map<String, Func> funcs = new HashMap<>();
    /** Per superclass-constructor symbol: whether it lets its object escape (memo; absent while checking). */
    private final Map<String, Boolean> quiet = new HashMap<>();
    /** Per (constructor, field): what it stores, or null when it breaks the rules (memo). */
    private final Map<List<String>, StaticFacts.Fact> stored = new HashMap<>();
    private final Set<List<String>> inProgress = new HashSet<>();

    private FinalFields(List<Func> all) {
        for (Func f : all) {
            funcs.put(f.symbol, f);
        }
    }

    /** The frozen fields of the program whose methods are {@code all}. */
    static FinalFields of(List<Func> all) {
        FinalFields ff = new FinalFields(all);
        Map<String, List<Insn>> stores = new HashMap<>();
        Set<String> broken = new HashSet<>();
        for (Func f : all) {
            for (Block b : f.blocks) {
                for (Insn i : b.insns) {
                    if (i.op == Op.PUTFIELD && i.mem != null) {
                        if (i.mem.kind != Alias.Kind.FIELD || !ownStore(f, i)) {
                            broken.add(i.sym);
                        } else {
                            stores.computeIfAbsent(i.sym, k -> new ArrayList<>()).add(i);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, List<Insn>> e : stores.entrySet()) {
            String field = e.getKey();
            Elem kind = e.getValue().get(0).elem();
            if (broken.contains(field) || kind == Elem.J || kind == Elem.D) {
                continue;
            }
            StaticFacts.Fact fact = null;
            boolean ok = true;
            for (String ctor : ff.constructors(classOf(field))) {
                StaticFacts.Fact one = ff.stores(ctor, field);
                if (one == null) {
                    ok = false;
                    break;
                }
                fact = fact == null ? one : fact.meet(one);
            }
            if (ok && fact != null) {
                ff.frozen.put(field, fact);
            }
        }
        return ff;
    }

    /** Whether store {@code i} in {@code f} is to {@code this} in a constructor of the field's class. */
    private static boolean ownStore(Func f, Insn i) {
        return f.symbol.startsWith("J:" + classOf(i.sym) + ".<init>(") && isThis(f, i.arg(0));
    }

    private static boolean isThis(Func f, Insn v) {
        return v.op == Op.PARAM && v.aux == 0 && f.symbol.contains(".<init>(");
    }

    /** "a.b.C" of "F:a.b.C.name". */
    private static String classOf(String field) {
        return field.substring(field.indexOf(':') + 1, field.lastIndexOf('.'));
    }

    private List<String> constructors(String cls) {
        List<String> out = new ArrayList<>();
        for (String s : funcs.keySet()) {
            if (s.startsWith("J:" + cls + ".<init>(")) {
                out.add(s);
            }
        }
        return out;
    }

    /** What constructor {@code ctor} leaves in {@code field}, or null when it breaks the rules. */
    private StaticFacts.Fact stores(String ctor, String field) {
        List<String> key = List.of(ctor, field);
        if (stored.containsKey(key)) {
            return stored.get(key);
        }
        if (!inProgress.add(key)) {
            return null; // constructors calling each other in a cycle: never returns, but keep out
        }
        StaticFacts.Fact fact = analyse(funcs.get(ctor), field);
        inProgress.remove(key);
        stored.put(key, fact);
        return fact;
    }

    private StaticFacts.Fact analyse(Func f, String field) {
        String cls = classOf(field);
        List<Block> order = Cfg.reversePostorder(f);
        Map<Block, boolean[]> in = new HashMap<>(); // {stored on every path, stored on some path}
        in.put(f.entry(), new boolean[] {false, false});
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : order) {
                boolean[] s = in.get(b);
                if (s == null) {
                    continue;
                }
                boolean event = false;
                for (Insn i : b.insns) {
                    event |= isStore(f, i, field, cls);
                }
                boolean except = b.terminator().op == Op.EXCEPT;
                boolean must = except ? s[0] : s[0] || event;
                boolean may = s[1] || event;
                for (Block succ : b.succs) {
                    boolean[] t = in.get(succ);
                    if (t == null) {
                        in.put(succ, new boolean[] {must, may});
                        changed = true;
                    } else if ((t[0] && !must) || (!t[1] && may)) {
                        t[0] &= must;
                        t[1] |= may;
                        changed = true;
                    }
                }
            }
        }
        StaticFacts.Fact fact = null;
        Elem kind = null;
        boolean defaultSeen = false;
        for (Block b : order) {
            boolean[] s = in.get(b);
            boolean must = s[0];
            boolean may = s[1];
            for (Insn i : b.insns) {
                if (isStore(f, i, field, cls)) {
                    if (may) {
                        return null; // a second store: a read between the two would see the first
                    }
                    StaticFacts.Fact one;
                    if (i.op == Op.PUTFIELD) {
                        kind = i.elem();
                        one = StaticFacts.factOf(i.arg(1), kind);
                        if (isThis(f, i.arg(1))) {
                            return null;
                        }
                    } else {
                        for (int k = 1; k < i.args.length; k++) {
                            if (isThis(f, i.arg(k))) {
                                return null;
                            }
                        }
                        one = stores(i.sym, field);
                        if (one == null) {
                            return null;
                        }
                    }
                    fact = fact == null ? one : fact.meet(one);
                    must = true;
                    may = true;
                    continue;
                }
                if (!must && !quietUses(f, i, field)) {
                    return null;
                }
                if (i.op == Op.RET && !must) {
                    defaultSeen = true;
                }
            }
        }
        if (defaultSeen || fact == null) {
            StaticFacts.Fact zero = kind == null || kind == Elem.R ? StaticFacts.Fact.NOTHING
                    : new StaticFacts.Fact(0, false, null);
            fact = fact == null ? zero : fact.meet(zero);
        }
        return fact;
    }

    /** A store of {@code field} on {@code this}, or a call of another constructor of its class on it. */
    private static boolean isStore(Func f, Insn i, String field, String cls) {
        return (i.op == Op.PUTFIELD && field.equals(i.sym) && isThis(f, i.arg(0)))
                || (i.op == Op.CALL && i.sym.startsWith("J:" + cls + ".<init>(") && i.args.length > 0 && isThis(f, i.arg(0)));
    }

    /**
     * Whether {@code i} uses {@code this} of {@code f} (if at all) only in ways that let no other
     * code see the object (class comment); {@code field} (or null) may not be read.
     */
    private boolean quietUses(Func f, Insn i, String field) {
        for (int k = 0; k < i.args.length; k++) {
            if (!isThis(f, i.arg(k))) {
                continue;
            }
            boolean ok = switch (i.op) {
                case NULLCHECK -> true;
                case GETFIELD -> !i.sym.equals(field);
                case PUTFIELD -> k == 0;
                case CALL -> k == 0 && i.sym.contains(".<init>(") && quiet(i.sym);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether constructor {@code ctor} (of a superclass) uses its object only quietly, everywhere. */
    private boolean quiet(String ctor) {
        Boolean known = quiet.get(ctor);
        if (known != null) {
            return known;
        }
        Func f = funcs.get(ctor);
        if (f == null) {
            return false;
        }
        quiet.put(ctor, false); // a cycle of constructors: keep out
        for (Block b : f.blocks) {
            for (Insn i : b.insns) {
                if (!quietUses(f, i, null)) {
                    return false;
                }
            }
        }
        quiet.put(ctor, true);
        return true;
    }

    /** Whether {@code a} is the alias class of a frozen field. */
    boolean isFrozen(Alias a) {
        return a.kind == Alias.Kind.FIELD && frozen.containsKey(a.field);
    }
}
