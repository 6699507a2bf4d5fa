// Enums: two enums implementing a common interface with a generic default method, enum constants holding lambdas (BinaryOperator, Function), switch over interface-typed enums via pattern
import java.util.*;
import java.util.function.*;
public class E09EnumInterfaces {
    interface Unit { double factor(); String sym(); default <T> T convert(double v, Unit to, BiFunction<Double, String, T> out) { return out.apply(v * factor() / to.factor(), to.sym()); } }
    enum Length implements Unit { MM(0.001, "mm"), CM(0.01, "cm"), M(1, "m"), KM(1000, "km"), INCH(0.0254, "in");
        final double f; final String s; Length(double f, String s) { this.f = f; this.s = s; }
        public double factor() { return f; } public String sym() { return s; } }
    enum Mass implements Unit { G(1, "g"), KG(1000, "kg"), LB(453.59237, "lb");
        final double f; final String s; Mass(double f, String s) { this.f = f; this.s = s; }
        public double factor() { return f; } public String sym() { return s; } }
    enum Agg {
        SUM(0L, Long::sum), PRODUCT(1L, (a, b) -> a * b), MAX(Long.MIN_VALUE, Math::max), XOR(0L, (a, b) -> a ^ b), COUNT_ODD(0L, (a, b) -> a + (b & 1));
        final long init; final BinaryOperator<Long> op;
        Agg(long init, BinaryOperator<Long> op) { this.init = init; this.op = op; }
        long run(long... xs) { long a = init; for (long x : xs) a = op.apply(a, x); return a; }
    }
    static String kind(Unit u) { return switch (u) { case Length l when l.f >= 1 -> "big length"; case Length l -> "small length"; case Mass m -> "mass " + m.ordinal(); default -> "?"; }; }
    public static void main(String[] args) {
        List<Unit> units = new ArrayList<>();
        units.addAll(List.of(Length.values())); units.addAll(List.of(Mass.values()));
        for (Unit u : units) System.out.print(u + ":" + kind(u) + " ");
        System.out.println();
        System.out.println(Length.KM.<String>convert(1.5, Length.INCH, (v, s) -> v + " " + s));
        System.out.println(Mass.LB.<String>convert(10, Mass.KG, (v, s) -> Math.round(v * 1000) / 1000.0 + s));
        System.out.println(Length.MM.<Long>convert(123456789, Length.KM, (v, s) -> (long) (v * 1000)));
        for (Length a : Length.values()) {
            StringBuilder sb = new StringBuilder(a.sym() + ":");
            for (Length b : Length.values()) sb.append(' ').append((Double) a.convert(1, b, (v, s) -> v));
            System.out.println(sb);
        }
        long[] data = { 3, -8, 1L << 33, 17, 0, -1, 99 };
        for (Agg g : Agg.values()) System.out.print(g + "=" + g.run(data) + " ");
        System.out.println();
        EnumMap<Agg, Long> res = new EnumMap<>(Agg.class);
        for (Agg g : Agg.values()) res.put(g, g.run(1, 2, 3, 4, 5));
        System.out.println(res + " empty " + Agg.MAX.run() + " " + Agg.PRODUCT.run());
        Map<String, Unit> bySym = new TreeMap<>();
        for (Unit u : units) bySym.put(u.sym(), u);
        System.out.println(bySym);
    }
}
