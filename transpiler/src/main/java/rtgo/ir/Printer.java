package rtgo.ir;

import java.util.stream.Collectors;

/**
 * The IR's text form, for dumps ({@code --dump-ir}) and golden tests. {@link Parser} reads it back.
 *
 * <pre>
 * func "J:Demo.f(II)I" (i, i) -> i {
 * b0:
 *   v0 = param.i #0
 *   v1 = param.i #1
 *   if lt v0, v1 -> b1, b2      ; line 3
 * b1: &lt;- b0
 *   ...
 * b3: &lt;- b1, b2
 *   v7 = phi.i v2, v5
 *   ret v7
 * }
 * </pre>
 * A defined value may carry {@code !rN} (pre-coloured register) and {@code :rN}, {@code :sN} or
 * {@code :aN} (allocated register, spill slot, incoming stack argument) or {@code :c} (a constant
 * materialised by its phi's move).
 */
public final class Printer {
    private Printer() {}

    public static String print(Func f) {
        StringBuilder sb = new StringBuilder();
        sb.append("func ").append(quote(f.symbol)).append(" (")
          .append(f.params.stream().map(t -> t.suffix).collect(Collectors.joining(", ")))
          .append(") -> ").append(f.result.suffix).append(" {\n");
        for (Block b : f.blocks) {
            sb.append('b').append(b.id).append(':');
            if (!b.preds.isEmpty()) {
                sb.append(" <- ").append(b.preds.stream().map(Block::toString).collect(Collectors.joining(", ")));
            }
            sb.append('\n');
            for (Insn i : b.insns) {
                sb.append("  ").append(insn(i)).append('\n');
            }
        }
        return sb.append("}\n").toString();
    }

    public static String insn(Insn i) {
        StringBuilder sb = new StringBuilder();
        if (i.hasValue()) {
            sb.append('v').append(i.id);
            if (!i.fixedReg.isNone()) {
                sb.append('!').append(i.fixedReg);
            }
            if (!i.loc.isNone()) {
                sb.append(':').append(i.loc);
            }
            sb.append(" = ");
        }
        sb.append(i.op.text());
        if (i.hasValue()) {
            sb.append('.').append(i.type.suffix);
        }
        StringBuilder ops = new StringBuilder();
        switch (i.op.aux) {
            case COND -> ops.append(i.cond().text());
            case ELEM -> ops.append('%').append(i.elem().name().toLowerCase());
            case CPU -> ops.append(CpuOp.values()[i.aux].name().toLowerCase());
            default -> { }
        }
        for (Insn a : i.args) {
            sep(ops).append('v').append(a.id);
        }
        if (i.op.aux == Op.Aux.INT) {
            sep(ops).append('#').append(i.aux);
        }
        if (i.op == Op.T_IFI) {
            sep(ops).append('#').append(i.aux2);
        }
        if (i.sym != null) {
            sep(ops).append('@').append(quote(i.sym));
        }
        if (i.table != null) {
            sep(ops).append('@').append(table(i.table));
        }
        if (ops.length() > 0) {
            sb.append(' ').append(ops);
        }
        if (i.mem != null) {
            // a static field's class names the instruction's own symbol: {static} says so briefly
            boolean own = (i.mem.kind == Alias.Kind.STATIC || i.mem.kind == Alias.Kind.FIELD)
                    && i.mem.field.equals(i.sym);
            sb.append(' ').append(own ? "{" + i.mem.kind.name().toLowerCase() + "}" : i.mem.toString());
        }
        if (!i.block.succs.isEmpty() && i.op.isTerminator()) {
            sb.append(" -> ").append(i.block.succs.stream().map(Block::toString).collect(Collectors.joining(", ")));
        }
        if (i.line > 0) {
            sb.append("  ; line ").append(i.line);
        }
        return sb.toString();
    }

    private static StringBuilder sep(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append(", ");
        }
        return sb;
    }

    static String table(int[] keys) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < keys.length; k++) {
            sb.append(k == 0 ? "" : " ").append(keys[k]);
        }
        return sb.append(']').toString();
    }

    /** A Java-style quoted string; non-ASCII and control characters as \\uXXXX. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
