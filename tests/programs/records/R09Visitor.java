// Records/sealed: generic visitor interface over a sealed statement/expression AST of a tiny language, type checker and evaluator as two visitors
import java.util.*;
public class R09Visitor {
    interface Visitor<R> { R lit(Lit l); R ref(Ref r); R bin(Bin b); R ifE(If i); R let(Let l); }
    sealed interface Node permits Lit, Ref, Bin, If, Let { <R> R accept(Visitor<R> v); }
    record Lit(Object value) implements Node { public <R> R accept(Visitor<R> v) { return v.lit(this); } }
    record Ref(String name) implements Node { public <R> R accept(Visitor<R> v) { return v.ref(this); } }
    record Bin(char op, Node l, Node r) implements Node { public <R> R accept(Visitor<R> v) { return v.bin(this); } }
    record If(Node cond, Node then, Node els) implements Node { public <R> R accept(Visitor<R> v) { return v.ifE(this); } }
    record Let(String name, Node value, Node body) implements Node { public <R> R accept(Visitor<R> v) { return v.let(this); } }
    enum Type { INT, BOOL, STR }
    static final class TypeErr extends RuntimeException { TypeErr(String m) { super(m); } }
    static final class Checker implements Visitor<Type> {
        final Deque<Map<String, Type>> scopes = new ArrayDeque<>(List.of(new HashMap<>()));
        public Type lit(Lit l) { return switch (l.value()) { case Long x -> Type.INT; case Boolean b -> Type.BOOL; case String s -> Type.STR; default -> throw new TypeErr("bad literal"); }; }
        public Type ref(Ref r) { for (var s : scopes) if (s.containsKey(r.name())) return s.get(r.name()); throw new TypeErr("unbound " + r.name()); }
        public Type bin(Bin b) {
            Type l = b.l().accept(this), r = b.r().accept(this);
            return switch (b.op()) {
                case '+' -> l == Type.STR || r == Type.STR ? Type.STR : req(l, r, Type.INT);
                case '-', '*', '/' -> req(l, r, Type.INT);
                case '<' -> { req(l, r, Type.INT); yield Type.BOOL; }
                case '=' -> { if (l != r) throw new TypeErr("compare " + l + " with " + r); yield Type.BOOL; }
                case '&' -> req(l, r, Type.BOOL);
                default -> throw new TypeErr("op " + b.op());
            };
        }
        Type req(Type l, Type r, Type want) { if (l != want || r != want) throw new TypeErr("expected " + want + " got " + l + "," + r); return want; }
        public Type ifE(If i) { if (i.cond().accept(this) != Type.BOOL) throw new TypeErr("cond not bool"); Type a = i.then().accept(this), b = i.els().accept(this); if (a != b) throw new TypeErr("branches " + a + "/" + b); return a; }
        public Type let(Let l) { Type t = l.value().accept(this); scopes.push(new HashMap<>(Map.of(l.name(), t))); try { return l.body().accept(this); } finally { scopes.pop(); } }
    }
    static final class Eval implements Visitor<Object> {
        final Deque<Map<String, Object>> env = new ArrayDeque<>();
        public Object lit(Lit l) { return l.value(); }
        public Object ref(Ref r) { for (var s : env) if (s.containsKey(r.name())) return s.get(r.name()); throw new IllegalStateException(); }
        public Object bin(Bin b) {
            Object l = b.l().accept(this), r = b.r().accept(this);
            if (b.op() == '+' && (l instanceof String || r instanceof String)) return String.valueOf(l) + r;
            if (b.op() == '=') return l.equals(r);
            if (b.op() == '&') return (Boolean) l && (Boolean) r;
            long x = (Long) l, y = (Long) r;
            return switch (b.op()) { case '+' -> x + y; case '-' -> x - y; case '*' -> x * y; case '/' -> x / y; case '<' -> x < y; default -> throw new IllegalStateException(); };
        }
        public Object ifE(If i) { return (Boolean) i.cond().accept(this) ? i.then().accept(this) : i.els().accept(this); }
        public Object let(Let l) { Object v = l.value().accept(this); env.push(Map.of(l.name(), v)); try { return l.body().accept(this); } finally { env.pop(); } }
    }
    static Node n(long v) { return new Lit(v); }
    public static void main(String[] args) {
        List<Node> progs = List.of(
            new Bin('+', n(2), new Bin('*', n(3), n(4))),
            new Let("x", n(10), new If(new Bin('<', new Ref("x"), n(5)), new Lit("small"), new Bin('+', new Lit("big:"), new Ref("x")))),
            new Let("a", n(1L << 40), new Let("b", new Bin('*', new Ref("a"), n(1000)), new Bin('/', new Ref("b"), n(7)))),
            new Bin('&', new Bin('=', n(1), n(1)), new Bin('=', new Lit("s"), new Lit("s"))),
            new If(n(1), n(2), n(3)),
            new Bin('+', new Lit(true), n(1)),
            new Let("x", n(1), new Bin('+', new Ref("x"), new Ref("y"))),
            new If(new Lit(false), n(1), new Lit("no")),
            new Bin('/', n(1), n(0)),
            new Let("x", n(5), new Let("x", new Lit("shadow"), new Bin('+', new Ref("x"), n(1)))));
        for (Node p : progs) {
            try {
                Type t = p.accept(new Checker());
                Object v = p.accept(new Eval());
                System.out.println(t + " " + v);
            } catch (TypeErr e) { System.out.println("type error: " + e.getMessage()); }
            catch (ArithmeticException e) { System.out.println("runtime error: " + e.getMessage()); }
        }
    }
}
