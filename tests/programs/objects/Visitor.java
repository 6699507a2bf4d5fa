// The visitor pattern over an expression tree: double dispatch (accept calls visit overloads
// chosen statically inside each node class), visitors returning values of different kinds
// (int results, Strings, new trees from a simplifying visitor), and a visitor with state.
public class Visitor {
    interface Visit<R> {
        R num(Num n);
        R add(Add a);
        R mul(Mul m);
        R neg(Neg n);
        R var(Var v);
    }

    static abstract class Node {
        abstract <R> R accept(Visit<R> v);
    }

    static class Num extends Node {
        final int value;
        Num(int value) { this.value = value; }
        <R> R accept(Visit<R> v) { return v.num(this); }
    }

    static class Var extends Node {
        final String name;
        Var(String name) { this.name = name; }
        <R> R accept(Visit<R> v) { return v.var(this); }
    }

    static class Add extends Node {
        final Node l, r;
        Add(Node l, Node r) { this.l = l; this.r = r; }
        <R> R accept(Visit<R> v) { return v.add(this); }
    }

    static class Mul extends Node {
        final Node l, r;
        Mul(Node l, Node r) { this.l = l; this.r = r; }
        <R> R accept(Visit<R> v) { return v.mul(this); }
    }

    static class Neg extends Node {
        final Node e;
        Neg(Node e) { this.e = e; }
        <R> R accept(Visit<R> v) { return v.neg(this); }
    }

    static class Printer implements Visit<String> {
        public String num(Num n) { return "" + n.value; }
        public String var(Var v) { return v.name; }
        public String add(Add a) { return "(" + a.l.accept(this) + " + " + a.r.accept(this) + ")"; }
        public String mul(Mul m) { return m.l.accept(this) + "*" + m.r.accept(this); }
        public String neg(Neg n) { return "-" + n.e.accept(this); }
    }

    static class Evaluator implements Visit<Integer> {
        final String[] names;
        final int[] values;
        int lookups;
        Evaluator(String[] names, int[] values) { this.names = names; this.values = values; }
        public Integer num(Num n) { return n.value; }
        public Integer var(Var v) {
            lookups++;
            for (int i = 0; i < names.length; i++) if (names[i].equals(v.name)) return values[i];
            return 0;
        }
        public Integer add(Add a) { return a.l.accept(this) + a.r.accept(this); }
        public Integer mul(Mul m) { return m.l.accept(this) * m.r.accept(this); }
        public Integer neg(Neg n) { return -n.e.accept(this); }
    }

    static class Simplifier implements Visit<Node> {
        int rewrites;
        public Node num(Num n) { return n; }
        public Node var(Var v) { return v; }
        public Node add(Add a) {
            Node l = a.l.accept(this), r = a.r.accept(this);
            if (l instanceof Num x && r instanceof Num y) { rewrites++; return new Num(x.value + y.value); }
            if (l instanceof Num x && x.value == 0) { rewrites++; return r; }
            if (r instanceof Num y && y.value == 0) { rewrites++; return l; }
            return new Add(l, r);
        }
        public Node mul(Mul m) {
            Node l = m.l.accept(this), r = m.r.accept(this);
            if (l instanceof Num x && r instanceof Num y) { rewrites++; return new Num(x.value * y.value); }
            if ((l instanceof Num x && x.value == 0) || (r instanceof Num y && y.value == 0)) { rewrites++; return new Num(0); }
            if (l instanceof Num x && x.value == 1) { rewrites++; return r; }
            if (r instanceof Num y && y.value == 1) { rewrites++; return l; }
            return new Mul(l, r);
        }
        public Node neg(Neg n) {
            Node e = n.e.accept(this);
            if (e instanceof Neg inner) { rewrites++; return inner.e; }
            if (e instanceof Num x) { rewrites++; return new Num(-x.value); }
            return new Neg(e);
        }
    }

    static class Counter implements Visit<Integer> {
        int nodes, depth, maxDepth;
        Integer enter() { nodes++; depth++; if (depth > maxDepth) maxDepth = depth; return 0; }
        Integer leave(Integer x) { depth--; return x; }
        public Integer num(Num n) { enter(); return leave(1); }
        public Integer var(Var v) { enter(); return leave(1); }
        public Integer add(Add a) { enter(); return leave(a.l.accept(this) + a.r.accept(this)); }
        public Integer mul(Mul m) { enter(); return leave(m.l.accept(this) + m.r.accept(this)); }
        public Integer neg(Neg n) { enter(); return leave(n.e.accept(this)); }
    }

    public static void main(String[] args) {
        Node e1 = new Add(new Mul(new Num(3), new Var("x")), new Neg(new Neg(new Var("y"))));
        Node e2 = new Mul(new Add(new Num(0), new Var("x")), new Add(new Num(2), new Num(-1)));
        Node e3 = new Add(new Mul(new Num(0), new Var("z")), new Neg(new Add(new Num(4), new Num(5))));
        Node e4 = e1;
        for (int i = 0; i < 4; i++) e4 = new Add(e4, new Mul(new Num(i), e4));
        Node[] all = { e1, e2, e3, e4 };
        Printer p = new Printer();
        Evaluator ev = new Evaluator(new String[] { "x", "y", "z" }, new int[] { 7, -2, 100 });
        Simplifier simp = new Simplifier();
        for (Node n : all) {
            Node s = n.accept(simp);
            Counter c1 = new Counter(), c2 = new Counter();
            int leaves = n.accept(c1), leaves2 = s.accept(c2);
            String text = n.accept(p);
            if (text.length() > 60) text = text.substring(0, 60) + "...";
            System.out.println(text);
            System.out.println("  = " + n.accept(ev) + ", simplified " + (s == n ? "(same) " : "") + s.accept(p).length()
                    + " chars = " + s.accept(ev) + "; nodes " + c1.nodes + "->" + c2.nodes + ", leaves " + leaves
                    + "->" + leaves2 + ", depth " + c1.maxDepth + "->" + c2.maxDepth);
        }
        System.out.println("rewrites " + simp.rewrites + ", lookups " + ev.lookups);
        System.out.println(e2.accept(simp).accept(p) + " | " + e3.accept(simp).accept(p));
    }
}
