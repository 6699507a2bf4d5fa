// Java 21 as people write it: enums (values, valueOf, bodies, fields, switch), records (toString, equals,
// hashCode, compact constructors), pattern switch with guards and record patterns, sealed types,
// switch on strings, text blocks, var, instanceof patterns.
public class ModernJava {
    enum Color { RED, GREEN, BLUE }
    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } };
        final String sym;
        Op(String s) { sym = s; }
        abstract int apply(int a, int b);
    }
    record Point(int x, int y) {
        Point { if (x < 0) throw new IllegalArgumentException("negative x"); }
        int dist() { return Math.abs(x) + Math.abs(y); }
    }
    record Named(String name, Point p, long id) {}
    sealed interface Shape permits Circle, Square {}
    record Circle(int r) implements Shape {}
    record Square(int side) implements Shape {}

    static String describe(Object o) {
        return switch (o) {
            case null -> "null!";
            case Integer i when i > 10 -> "big int " + i;
            case Integer i -> "int " + i;
            case String s -> "string " + s.length();
            case Point(int x, int y) when x == y -> "diagonal " + x;
            case Point p -> "point " + p;
            default -> "other " + o;
        };
    }

    static int area(Shape s) {
        return switch (s) {
            case Circle c -> 3 * c.r() * c.r();
            case Square sq -> sq.side() * sq.side();
        };
    }

    static String day(String d) {
        switch (d) {
            case "sat": case "sun": return "weekend";
            case "mon": return "ugh";
            default: return "weekday";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.name() + " " + c.compareTo(Color.GREEN));
        System.out.println(Color.valueOf("BLUE") == Color.BLUE);
        try { Color.valueOf("PINK"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        for (Op o : Op.values()) System.out.println(o + o.sym + o.apply(6, 7));
        Color c = Color.GREEN;
        switch (c) {
            case RED -> System.out.println("r");
            case GREEN -> System.out.println("g");
            default -> System.out.println("b");
        }
        int v = switch (c) { case RED -> 1; case GREEN -> 2; case BLUE -> 3; };
        System.out.println(v);
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.dist() + " " + p.equals(new Point(3, 4)) + " " + (p.hashCode() == new Point(3, 4).hashCode()));
        System.out.println(new Named("n", p, 5L));
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        for (Object o : new Object[] {null, 5, 50, "hey", new Point(2, 2), p, 'c'}) System.out.println(describe(o));
        System.out.println(area(new Circle(2)) + area(new Square(3)));
        for (String d : new String[] {"sat", "mon", "tue"}) System.out.println(day(d));
        Object o = "text";
        if (o instanceof String s && s.length() > 2) System.out.println("pattern " + s);
        var list = new int[] {1, 2, 3};
        var sum = 0;
        for (var x : list) sum += x;
        System.out.println(sum);
        String tb = """
            Hello,
              text block!
            """;
        System.out.print(tb);
        System.out.println(p.hashCode() + " " + new Named("n", p, 5L).hashCode());
    }
}
