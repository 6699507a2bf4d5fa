// Records/sealed: expression tree with eval (long and double), pretty printing with precedence, simplification, derivative via pattern switch
import java.util.*;
public class R01ExprTree {
    sealed interface Expr permits Num, Var, Add, Mul, Neg, Pow {}
    record Num(double v) implements Expr {}
    record Var(String name) implements Expr {}
    record Add(Expr l, Expr r) implements Expr {}
    record Mul(Expr l, Expr r) implements Expr {}
    record Neg(Expr e) implements Expr {}
    record Pow(Expr base, int exp) implements Expr {}
    static double eval(Expr e, Map<String, Double> env) {
        return switch (e) {
            case Num n -> n.v();
            case Var v -> { Double d = env.get(v.name()); if (d == null) throw new NoSuchElementException("unbound " + v.name()); yield d; }
            case Add(Expr l, Expr r) -> eval(l, env) + eval(r, env);
            case Mul(Expr l, Expr r) -> eval(l, env) * eval(r, env);
            case Neg(Expr x) -> -eval(x, env);
            case Pow(Expr b, int k) -> { double bv = eval(b, env), acc = 1; for (int i = 0; i < k; i++) acc *= bv; yield acc; }
        };
    }
    static int prec(Expr e) { return switch (e) { case Add a -> 1; case Mul m -> 2; case Neg n -> 3; case Pow p -> 4; default -> 5; }; }
    static String show(Expr e) {
        return switch (e) {
            case Num n when n.v() == Math.rint(n.v()) && Math.abs(n.v()) < 1e15 -> String.valueOf((long) n.v());
            case Num n -> String.valueOf(n.v());
            case Var v -> v.name();
            case Add a -> wrap(a.l(), 1) + " + " + wrap(a.r(), 1);
            case Mul m -> wrap(m.l(), 2) + "*" + wrap(m.r(), 2);
            case Neg n -> "-" + wrap(n.e(), 3);
            case Pow p -> wrap(p.base(), 5) + "^" + p.exp();
        };
    }
    static String wrap(Expr e, int p) { return prec(e) < p ? "(" + show(e) + ")" : show(e); }
    static Expr simp(Expr e) {
        return switch (e) {
            case Add(Num(double a), Num(double b)) -> new Num(a + b);
            case Mul(Num(double a), Num(double b)) -> new Num(a * b);
            case Add(Num(double z), Expr r) when z == 0 -> simp(r);
            case Add(Expr l, Num(double z)) when z == 0 -> simp(l);
            case Mul(Num(double z), Expr r) when z == 0 -> new Num(0);
            case Mul(Expr l, Num(double z)) when z == 0 -> new Num(0);
            case Mul(Num(double one), Expr r) when one == 1 -> simp(r);
            case Mul(Expr l, Num(double one)) when one == 1 -> simp(l);
            case Neg(Neg(Expr x)) -> simp(x);
            case Neg(Num(double v)) -> new Num(-v);
            case Pow(Expr b, int k) when k == 0 -> new Num(1);
            case Pow(Expr b, int k) when k == 1 -> simp(b);
            case Add(Expr l, Expr r) -> { Expr a = new Add(simp(l), simp(r)); yield a.equals(e) ? a : simp(a); }
            case Mul(Expr l, Expr r) -> { Expr m = new Mul(simp(l), simp(r)); yield m.equals(e) ? m : simp(m); }
            case Neg(Expr x) -> new Neg(simp(x));
            case Pow(Expr b, int k) -> new Pow(simp(b), k);
            default -> e;
        };
    }
    static Expr d(Expr e, String x) {
        return switch (e) {
            case Num n -> new Num(0);
            case Var v -> new Num(v.name().equals(x) ? 1 : 0);
            case Add(Expr l, Expr r) -> new Add(d(l, x), d(r, x));
            case Mul(Expr l, Expr r) -> new Add(new Mul(d(l, x), r), new Mul(l, d(r, x)));
            case Neg(Expr in) -> new Neg(d(in, x));
            case Pow(Expr b, int k) -> new Mul(new Mul(new Num(k), new Pow(b, k - 1)), d(b, x));
        };
    }
    public static void main(String[] args) {
        Expr x = new Var("x"), y = new Var("y");
        Expr e = new Add(new Mul(new Num(3), new Pow(x, 3)), new Add(new Neg(new Mul(x, y)), new Num(0.5)));
        Map<String, Double> env = new HashMap<>(Map.of("x", 2.0, "y", -1.5));
        System.out.println(show(e) + " = " + eval(e, env));
        Expr de = d(e, "x");
        System.out.println("d/dx raw: " + show(de));
        System.out.println("d/dx: " + show(simp(de)) + " = " + eval(simp(de), env) + " check " + eval(de, env));
        System.out.println("d/dy: " + show(simp(d(e, "y"))));
        System.out.println(e.equals(new Add(new Mul(new Num(3), new Pow(x, 3)), new Add(new Neg(new Mul(x, y)), new Num(0.5)))) + " " + (e.hashCode() == simp(e).hashCode()));
        System.out.println(new Pow(new Add(x, new Num(1)), 2) + " " + show(new Neg(new Neg(new Add(x, y)))) + " " + show(simp(new Neg(new Neg(new Add(x, new Num(0)))))));
        try { eval(new Add(x, new Var("z")), env); } catch (NoSuchElementException ex) { System.out.println(ex.getMessage()); }
        Expr big = x;
        for (int i = 1; i <= 12; i++) big = i % 2 == 0 ? new Add(big, new Num(i)) : new Mul(big, new Num(1.0 / i));
        env.put("x", 1e3);
        System.out.println(show(big) + " = " + eval(big, env));
        System.out.println(show(new Num(1e20)) + " " + show(new Num(-0.0)) + " " + show(new Num(Double.NaN)));
    }
}
