// Enums: constant-specific bodies with abstract methods, enum implementing an interface, overriding toString, using enums as function tables for an RPN calculator
// note: uses getClass() == Bin.class, because Class.equals crashes the device (bugs/B03)
import java.util.*;
import java.util.function.*;
public class E02Operators {
    interface Op { long apply(long a, long b); }
    enum Bin implements Op {
        ADD("+", 1) { public long apply(long a, long b) { return Math.addExact(a, b); } },
        SUB("-", 1) { public long apply(long a, long b) { return a - b; } },
        MUL("*", 2) { public long apply(long a, long b) { return a * b; } },
        DIV("/", 2) { public long apply(long a, long b) { if (b == 0) throw new ArithmeticException("divide " + a + " by zero"); return a / b; } },
        MOD("%", 2) { public long apply(long a, long b) { return Math.floorMod(a, b); } },
        POW("^", 3) { public long apply(long a, long b) { long r = 1; for (long i = 0; i < b; i++) r *= a; return r; } @Override boolean rightAssoc() { return true; } },
        MAX("max", 0) { public long apply(long a, long b) { return Math.max(a, b); } };
        final String sym; final int prec;
        Bin(String sym, int prec) { this.sym = sym; this.prec = prec; }
        boolean rightAssoc() { return false; }
        @Override public String toString() { return sym; }
        static Optional<Bin> of(String s) { for (Bin b : values()) if (b.sym.equals(s)) return Optional.of(b); return Optional.empty(); }
    }
    enum Unary implements LongUnaryOperator {
        NEG { public long applyAsLong(long x) { return -x; } },
        ABS { public long applyAsLong(long x) { return Math.abs(x); } },
        SQ { public long applyAsLong(long x) { return x * x; } };
    }
    static long rpn(String expr) {
        Deque<Long> st = new ArrayDeque<>();
        for (String tok : expr.split(" ")) {
            Optional<Bin> b = Bin.of(tok);
            if (b.isPresent()) { long r = st.pop(), l = st.pop(); st.push(b.get().apply(l, r)); }
            else if (tok.startsWith("!")) st.push(Unary.valueOf(tok.substring(1)).applyAsLong(st.pop()));
            else st.push(Long.parseLong(tok));
        }
        if (st.size() != 1) throw new IllegalStateException("stack " + st);
        return st.pop();
    }
    static String toRpn(String infix) {
        List<String> out = new ArrayList<>(); Deque<Object> ops = new ArrayDeque<>();
        for (String t : infix.split(" ")) {
            Optional<Bin> ob = Bin.of(t);
            if (ob.isPresent()) {
                Bin o = ob.get();
                while (!ops.isEmpty() && ops.peek() instanceof Bin top && (top.prec > o.prec || (top.prec == o.prec && !o.rightAssoc()))) out.add(ops.pop().toString());
                ops.push(o);
            } else if (t.equals("(")) ops.push("(");
            else if (t.equals(")")) { while (!"(".equals(ops.peek())) out.add(ops.pop().toString()); ops.pop(); }
            else out.add(t);
        }
        while (!ops.isEmpty()) out.add(ops.pop().toString());
        return String.join(" ", out);
    }
    public static void main(String[] args) {
        for (Bin b : Bin.values()) System.out.print(b.name() + "(" + b + "," + b.prec + "," + b.rightAssoc() + "," + (b.getClass() == Bin.class) + "," + b.getDeclaringClass().getSimpleName() + ")=" + b.apply(7, 3) + " ");
        System.out.println();
        String[] infix = { "1 + 2 * 3", "( 1 + 2 ) * 3", "2 ^ 3 ^ 2", "100 / 7 % 4 - 3", "2 ^ 62 + 2 ^ 62", "9223372036854775807 + 1", "5 / ( 3 - 3 )", "( 8 max 3 ) * -2" };
        for (String s : infix) {
            String r = toRpn(s);
            try { System.out.println(s + "  =>  " + r + "  =  " + rpn(r)); }
            catch (ArithmeticException e) { System.out.println(s + "  =>  " + r + "  !  " + e.getMessage()); }
        }
        System.out.println(rpn("3 !NEG !SQ 4 !NEG !ABS +") + " " + Unary.SQ.andThen(Unary.NEG).applyAsLong(9));
        EnumMap<Bin, Integer> usage = new EnumMap<>(Bin.class);
        for (String s : infix) for (String t : s.split(" ")) Bin.of(t).ifPresent(b -> usage.merge(b, 1, Integer::sum));
        System.out.println(usage);
        try { rpn("1 2"); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
    }
}
