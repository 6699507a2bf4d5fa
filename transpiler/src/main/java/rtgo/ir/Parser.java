package rtgo.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text form written by {@link Printer} back into a {@link Func}, so that pass tests can
 * be written as before/after listings. Forward references (phis, loops) are resolved at the end.
 */
public final class Parser {
    private final String text;
    private int pos;
    private int lineNo = 1;

    private final Map<Integer, Insn> values = new HashMap<>();
    private final Map<Integer, Block> blocks = new HashMap<>();
    private final List<Insn[]> pendingArgs = new ArrayList<>();
    private final List<int[]> pendingIds = new ArrayList<>();
    private final List<Insn> unnumbered = new ArrayList<>();
    private Func func;

    private Parser(String text) {
        this.text = text;
    }

    /** Parses one function. */
    public static Func parse(String text) {
        return new Parser(text).func();
    }

    private Func func() {
        word("func");
        String symbol = string();
        expect('(');
        List<Type> params = new ArrayList<>();
        while (!peek(')')) {
            params.add(Type.ofSuffix(ident()));
            accept(',');
        }
        expect(')');
        expect('-');
        expect('>');
        Type result = Type.ofSuffix(ident());
        expect('{');
        func = new Func(symbol, symbol, null, params, result);
        Block current = null;
        while (!peek('}')) {
            String head = ident();
            if (peek(':') && head.startsWith("b") && !head.contains(".")) {
                expect(':');
                current = block(Integer.parseInt(head.substring(1)));
                func.blocks.remove(current);
                func.blocks.add(current);
                if (accept('<')) {
                    expect('-');
                    do {
                        current.preds.add(block(blockId()));
                    } while (accept(','));
                }
                continue;
            }
            if (current == null) {
                throw error("instruction before the first block label");
            }
            instruction(current, head);
        }
        expect('}');
        for (Insn i : unnumbered) {
            func.number(i);
        }
        for (int k = 0; k < pendingArgs.size(); k++) {
            Insn[] args = pendingArgs.get(k);
            int[] ids = pendingIds.get(k);
            for (int a = 0; a < ids.length; a++) {
                args[a] = values.get(ids[a]);
                if (args[a] == null) {
                    throw new IllegalArgumentException("undefined value v" + ids[a]);
                }
            }
        }
        return func;
    }

    private void instruction(Block b, String head) {
        Insn insn;
        int id = -1;
        Loc fixed = Loc.NONE;
        Loc loc = Loc.NONE;
        String opWord = head;
        if (head.startsWith("v") && (peek('=') || peek('!') || peek(':'))) {
            id = Integer.parseInt(head.substring(1));
            if (accept('!')) {
                fixed = parseLoc(ident());
                if (!fixed.isReg()) {
                    throw error("a value can only be pre-coloured to a register, not " + fixed);
                }
            }
            if (accept(':')) {
                loc = parseLoc(ident());
            }
            expect('=');
            opWord = ident();
        }
        Type type = Type.V;
        int dot = opWord.indexOf('.');
        if (dot >= 0) {
            type = Type.ofSuffix(opWord.substring(dot + 1));
            opWord = opWord.substring(0, dot);
        }
        Op op = Op.ofText(opWord);
        List<Integer> argIds = new ArrayList<>();
        int aux = 0;
        int aux2 = 0;
        boolean sawAux = false;
        String sym = null;
        int[] table = null;
        Alias mem = null;
        Op.Aux kind = op.aux;
        if (kind == Op.Aux.COND) {
            aux = Cond.valueOf(ident().toUpperCase()).ordinal();
            accept(',');
        } else if (kind == Op.Aux.ELEM) {
            expect('%');
            aux = Elem.valueOf(ident().toUpperCase()).ordinal();
            accept(',');
        } else if (kind == Op.Aux.CPU) {
            aux = CpuOp.valueOf(ident().toUpperCase()).ordinal();
            accept(',');
        }
        while (!atLineEnd() && !peek('-') && !peek(';')) {
            if (accept('#')) {
                int v = integer();
                if (sawAux) {
                    aux2 = v;
                } else {
                    aux = v;
                    sawAux = true;
                }
            } else if (accept('@')) {
                if (peek('[')) {
                    table = keys();
                } else {
                    sym = string();
                }
            } else if (accept('{')) {
                String m = until('}').trim();
                mem = m.equals("static") ? Alias.staticField(sym)
                        : m.equals("field") ? Alias.instanceField(sym) : Alias.parse(m);
            } else {
                String t = ident();
                argIds.add(Integer.parseInt(t.substring(1)));
            }
            accept(',');
        }
        Insn[] args = new Insn[argIds.size()];
        insn = id >= 0 ? func.make(id, op, type, args) : func.makeUnnumbered(op, type, args);
        if (id < 0) {
            unnumbered.add(insn);
        }
        insn.aux = aux;
        insn.aux2 = aux2;
        insn.sym = sym;
        insn.table = table;
        // hand-written IR may leave out the alias class where the op fixes it
        insn.mem = mem != null ? mem : Alias.required(insn);
        insn.fixedReg = fixed;
        insn.loc = loc;
        insn.block = b;
        b.insns.add(insn);
        if (id >= 0) {
            values.put(id, insn);
        }
        pendingArgs.add(args);
        pendingIds.add(argIds.stream().mapToInt(Integer::intValue).toArray());
        if (accept('-')) {
            expect('>');
            do {
                b.succs.add(block(blockId()));
            } while (accept(','));
        }
        if (accept(';')) {
            word("line");
            insn.line = integer();
        }
    }

    /** The text form of {@link Loc#toString}. */
    private static Loc parseLoc(String s) {
        if (s.equals("c")) {
            return Loc.REMAT;
        }
        int n = Integer.parseInt(s.substring(1));
        return switch (s.charAt(0)) {
            case 'r' -> Loc.reg(n);
            case 's' -> Loc.slot(n);
            case 'a' -> Loc.inArg(n);
            default -> throw new IllegalArgumentException("bad location " + s);
        };
    }

    private Block block(int id) {
        return blocks.computeIfAbsent(id, func::newBlock);
    }

    private int blockId() {
        String t = ident();
        if (!t.startsWith("b")) {
            throw error("expected a block name, found " + t);
        }
        return Integer.parseInt(t.substring(1));
    }

    private int[] keys() {
        expect('[');
        List<Integer> ks = new ArrayList<>();
        while (!accept(']')) {
            ks.add(integer());
        }
        return ks.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- lexing ---------------------------------------------------------------------------------

    private void skipSpace(boolean newlines) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                if (!newlines) {
                    return;
                }
                lineNo++;
            } else if (!Character.isWhitespace(c)) {
                return;
            }
            pos++;
        }
    }

    private boolean atLineEnd() {
        skipSpace(false);
        return pos >= text.length() || text.charAt(pos) == '\n';
    }

    private boolean peek(char c) {
        skipSpace(c == '}' || c == '{');
        if (c == '}') {
            skipSpace(true);
        }
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean accept(char c) {
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace(true);
        if (!accept(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private String ident() {
        skipSpace(true);
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                pos++;
            } else {
                break;
            }
        }
        if (start == pos) {
            throw error("expected a name");
        }
        return text.substring(start, pos);
    }

    private void word(String w) {
        String t = ident();
        if (!t.equals(w)) {
            throw error("expected '" + w + "', found '" + t + "'");
        }
    }

    private int integer() {
        skipSpace(false);
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    /** The text up to {@code end} on this line (consumed, {@code end} included). */
    private String until(char end) {
        int at = text.indexOf(end, pos);
        int nl = text.indexOf('\n', pos);
        if (at < 0 || (nl >= 0 && nl < at)) {
            throw error("expected '" + end + "'");
        }
        String s = text.substring(pos, at);
        pos = at + 1;
        return s;
    }

    private String string() {
        skipSpace(true);
        if (!accept('"')) {
            throw error("expected a string");
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                char e = text.charAt(pos++);
                if (e == 'u') {
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                } else {
                    sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
    }

    private IllegalArgumentException error(String msg) {
        return new IllegalArgumentException("IR text line " + lineNo + ": " + msg);
    }
}
