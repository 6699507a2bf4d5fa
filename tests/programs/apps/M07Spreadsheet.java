// Mixed: spreadsheet with formula cells (sealed formula records), dependency tracking, recalculation in topological order, cycle detection, long/double values
import java.util.*;
import java.util.function.*;
public class M07Spreadsheet {
    sealed interface F permits Const, Ref, Sum, BinOp {}
    record Const(double v) implements F {}
    record Ref(String cell) implements F {}
    record Sum(String from, String to) implements F {}
    record BinOp(char op, F a, F b) implements F {}
    static final Map<String, F> cells = new TreeMap<>();
    static final Map<String, Double> values = new TreeMap<>();
    static F parse(String s) {
        s = s.strip();
        for (char op : new char[] { '+', '-', '*', '/' }) {
            int depth = 0;
            for (int i = s.length() - 1; i > 0; i--) { char c = s.charAt(i); if (c == ')') depth++; else if (c == '(') depth--; else if (c == op && depth == 0) return new BinOp(op, parse(s.substring(0, i)), parse(s.substring(i + 1))); }
        }
        if (s.startsWith("SUM(")) { String[] p = s.substring(4, s.length() - 1).split(":"); return new Sum(p[0], p[1]); }
        if (s.startsWith("(") && s.endsWith(")")) return parse(s.substring(1, s.length() - 1));
        if (Character.isLetter(s.charAt(0))) return new Ref(s);
        return new Const(Double.parseDouble(s));
    }
    static void refs(F f, Set<String> out) {
        switch (f) {
            case Const c -> {}
            case Ref r -> out.add(r.cell());
            case Sum(String a, String b) -> { char col = a.charAt(0); int r1 = Integer.parseInt(a.substring(1)), r2 = Integer.parseInt(b.substring(1)); for (int r = r1; r <= r2; r++) out.add(col + "" + r); }
            case BinOp(char op, F a, F b) -> { refs(a, out); refs(b, out); }
        }
    }
    static double eval(F f) {
        return switch (f) {
            case Const c -> c.v();
            case Ref r -> values.getOrDefault(r.cell(), 0.0);
            case Sum s -> { Set<String> rs = new TreeSet<>(); refs(s, rs); double t = 0; for (String c : rs) t += values.getOrDefault(c, 0.0); yield t; }
            case BinOp(char op, F a, F b) -> { double x = eval(a), y = eval(b); yield switch (op) { case '+' -> x + y; case '-' -> x - y; case '*' -> x * y; default -> x / y; }; }
        };
    }
    static List<String> recalc() {
        Map<String, Set<String>> deps = new TreeMap<>();
        for (var e : cells.entrySet()) { Set<String> s = new TreeSet<>(); refs(e.getValue(), s); s.retainAll(cells.keySet()); deps.put(e.getKey(), s); }
        List<String> order = new ArrayList<>(); Set<String> done = new HashSet<>(), visiting = new HashSet<>();
        for (String c : deps.keySet()) visit(c, deps, done, visiting, order);
        values.clear();
        for (String c : order) values.put(c, eval(cells.get(c)));
        return order;
    }
    static void visit(String c, Map<String, Set<String>> deps, Set<String> done, Set<String> visiting, List<String> order) {
        if (done.contains(c)) return;
        if (!visiting.add(c)) throw new IllegalStateException("cycle at " + c);
        for (String d : deps.get(c)) visit(d, deps, done, visiting, order);
        visiting.remove(c); done.add(c); order.add(c);
    }
    public static void main(String[] args) {
        String[] sheet = { "A1=10", "A2=20.5", "A3=A1*A2", "A4=SUM(A1:A3)", "B1=A4/4", "B2=(A1+A2)*(A1-A2)", "B3=B1-B2/2", "C1=SUM(B1:B3)+0.1", "C2=C1*C1*C1", "C3=1/0", "C4=C3-C3" };
        for (String s : sheet) { int i = s.indexOf('='); cells.put(s.substring(0, i), parse(s.substring(i + 1))); }
        System.out.println(cells.get("B2"));
        System.out.println("order " + recalc());
        values.forEach((k, v) -> System.out.print(k + "=" + v + " "));
        System.out.println();
        cells.put("A1", new Const(-3));
        recalc();
        System.out.println("after edit A4=" + values.get("A4") + " C2=" + values.get("C2") + " B3=" + values.get("B3"));
        cells.put("A1", parse("C1+1"));
        try { recalc(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        cells.put("A1", parse("7"));
        System.out.println(recalc().size() + " " + values.get("C1") + " " + (long) (values.get("C2") * 1000));
    }
}
