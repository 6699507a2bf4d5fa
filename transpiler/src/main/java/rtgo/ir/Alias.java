package rtgo.ir;

import java.util.Objects;

/**
 * The memory an instruction reads or writes: its alias class. Every instruction whose op touches
 * memory ({@link Op#accessesMemory}) carries one in {@link Insn#mem}, from the front end through
 * lowering, so that an optimiser can tell which loads a store or a call may change: two accesses
 * can touch the same cell only if their classes {@link #mayAlias}. The verifier checks that each
 * memory op has a class its op allows, and the printer shows it ({@code {elem int}},
 * {@code {static "S:A.x"}}, or {@code {static}} for the instruction's own field symbol, {@code {length}}, {@code {const}}, {@code {raw}}, {@code {any}}).
 *
 * <p>Classes: one static field (by symbol); the elements of arrays of one element width and kind:
 * 8-bit ({@code byte[]} and {@code boolean[]}, which share {@code baload}), 16-bit ({@code char[]}
 * and {@code short[]}: a load's extension may change when the optimiser sees the value masked),
 * {@code int[]}, and reference arrays (an {@code int[]} store cannot change a {@code byte[]}
 * element, and Java has no other way to reach array memory); array length words (written once, at allocation); constant data (jump tables);
 * raw memory ({@code rtgo.vm.Mem}: device registers, or heap words the runtime manages itself —
 * may be any of the others, and volatile: never merged, removed or reordered); one instance field
 * ({@code F:C.f}, in every object that has it); one volatile Java field (a synchronisation action:
 * it aliases everything, like raw memory); and any memory (calls, class initialisers, allocation,
 * CPU barriers). What a call writes is narrowed by whole-program summaries (rtgo.opt.MemoryEffects).
 */
public final class Alias {
    public enum Kind {
        STATIC, FIELD, VOLATILE, ELEMENTS, LENGTH, HEADER, CONST, RAW, ANY
    }

    public static final Alias LENGTH = new Alias(Kind.LENGTH, null, null);
    /** An object's descriptor word: written once, at allocation. */
    public static final Alias HEADER = new Alias(Kind.HEADER, null, null);
    public static final Alias CONST = new Alias(Kind.CONST, null, null);
    public static final Alias RAW = new Alias(Kind.RAW, null, null);
    public static final Alias ANY = new Alias(Kind.ANY, null, null);
    private static final Alias ELEM8 = new Alias(Kind.ELEMENTS, Elem.B, null);
    private static final Alias ELEM16 = new Alias(Kind.ELEMENTS, Elem.S, null);
    private static final Alias ELEM_INT = new Alias(Kind.ELEMENTS, Elem.I, null);
    private static final Alias ELEM_REF = new Alias(Kind.ELEMENTS, Elem.R, null);

    public final Kind kind;
    /** For {@link Kind#ELEMENTS}, the family's representative kind (B, S, I or R), else null. */
    public final Elem elem;
    /** The field symbol of {@link Kind#STATIC}, {@link Kind#FIELD} or {@link Kind#VOLATILE}, else null. */
    public final String field;

    private Alias(Kind kind, Elem elem, String field) {
        this.kind = kind;
        this.elem = elem;
        this.field = field;
    }

    /** The elements of the arrays an access of kind {@code e} may reach. */
    public static Alias elements(Elem e) {
        return switch (e) {
            case Z, B -> ELEM8;
            case C, S -> ELEM16;
            case I, J, F, D -> ELEM_INT; // float bits as int elements, long and double as two
            case R -> ELEM_REF;
        };
    }

    public static Alias staticField(String symbol) {
        return new Alias(Kind.STATIC, null, Objects.requireNonNull(symbol));
    }

    /** One instance field, in every object that has it ({@code F:Class.name} of its declaring class). */
    public static Alias instanceField(String symbol) {
        return new Alias(Kind.FIELD, null, Objects.requireNonNull(symbol));
    }

    /**
     * A volatile Java field, static or instance ({@code S:} or {@code F:} symbol): a
     * synchronisation action, so an access orders every other access as raw memory does — it aliases
     * everything, and its loads are never shared or moved.
     */
    public static Alias volatileField(String symbol) {
        return new Alias(Kind.VOLATILE, null, Objects.requireNonNull(symbol));
    }

    /** The class of a Java field access: {@link #volatileField} or the static or instance field's. */
    public static Alias field(String symbol, boolean isStatic, boolean isVolatile) {
        return isVolatile ? volatileField(symbol) : isStatic ? staticField(symbol) : instanceField(symbol);
    }

    /** Whether an access of this class and one of {@code o} may touch the same memory. */
    public boolean mayAlias(Alias o) {
        if (kind == Kind.ANY || o.kind == Kind.ANY || kind == Kind.RAW || o.kind == Kind.RAW
                || kind == Kind.VOLATILE || o.kind == Kind.VOLATILE) {
            return true;
        }
        if (kind != o.kind) {
            return false;
        }
        return switch (kind) {
            case STATIC, FIELD -> field.equals(o.field);
            case ELEMENTS -> elem == o.elem;
            default -> true;
        };
    }

    /** Memory that nothing writes after allocation: loads of it may be moved and merged freely. */
    public boolean immutable() {
        return kind == Kind.LENGTH || kind == Kind.HEADER || kind == Kind.CONST;
    }

    /** The class a generic op's instruction must carry, when the op fixes it; null otherwise. */
    public static Alias required(Insn i) {
        return switch (i.op) {
            case ALOAD, ASTORE -> elements(i.elem());
            case GETSTATIC, PUTSTATIC -> i.sym == null ? null : field(i.sym, true, isVolatile(i));
            case GETFIELD, PUTFIELD -> i.sym == null ? null : field(i.sym, false, isVolatile(i));
            case CALL, CALLV, VCALL, ICALL, INITCHECK, NEWARRAY, NEWMULTI, NEW, CPU -> ANY;
            case LOAD8, LOAD16, LOAD32, STORE8, STORE16, STORE32 -> RAW;
            default -> null;
        };
    }

    private static boolean isVolatile(Insn i) {
        return i.mem != null && i.mem.kind == Kind.VOLATILE;
    }

    /** The text form, without braces. */
    public String text() {
        return switch (kind) {
            case STATIC -> "static \"" + field + "\"";
            case FIELD -> "field \"" + field + "\"";
            case VOLATILE -> "volatile \"" + field + "\"";
            case ELEMENTS -> "elem " + switch (elem) {
                case B -> "8";
                case S -> "16";
                case I -> "int";
                default -> "ref";
            };
            default -> kind.name().toLowerCase();
        };
    }

    /** Reads {@link #text}. */
    public static Alias parse(String s) {
        s = s.trim();
        if (s.startsWith("static ")) {
            String q = s.substring("static ".length()).trim();
            if (q.length() < 2 || q.charAt(0) != '"' || q.charAt(q.length() - 1) != '"') {
                throw new IllegalArgumentException("alias class " + s + ": the field symbol is quoted");
            }
            return staticField(q.substring(1, q.length() - 1));
        }
        if (s.startsWith("field ")) {
            String q = s.substring("field ".length()).trim();
            return instanceField(q.substring(1, q.length() - 1));
        }
        if (s.startsWith("volatile ")) {
            String q = s.substring("volatile ".length()).trim();
            return volatileField(q.substring(1, q.length() - 1));
        }
        if (s.startsWith("elem ")) {
            return switch (s.substring("elem ".length()).trim()) {
                case "8" -> ELEM8;
                case "16" -> ELEM16;
                case "int" -> ELEM_INT;
                case "ref" -> ELEM_REF;
                default -> throw new IllegalArgumentException("unknown element class " + s + " (8, 16, int or ref)");
            };
        }
        return switch (s) {
            case "length" -> LENGTH;
            case "header" -> HEADER;
            case "const" -> CONST;
            case "raw" -> RAW;
            case "any" -> ANY;
            default -> throw new IllegalArgumentException("unknown alias class " + s);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alias a && a.kind == kind && a.elem == elem && Objects.equals(a.field, field);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, elem, field);
    }

    @Override
    public String toString() {
        return "{" + text() + "}";
    }
}
