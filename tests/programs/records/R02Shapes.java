// Records/sealed: shapes with compact constructors validating input, static factories, area/perimeter via exhaustive switch, records with doubles and longs
import java.util.*;
public class R02Shapes {
    sealed interface Shape permits Circle, Rect, Triangle, Group {}
    record Circle(double r) implements Shape { Circle { if (r < 0) throw new IllegalArgumentException("negative radius " + r); } }
    record Rect(double w, double h) implements Shape {
        Rect { if (w < 0 || h < 0) throw new IllegalArgumentException("negative side"); }
        static Rect square(double s) { return new Rect(s, s); }
        boolean isSquare() { return w == h; }
    }
    record Triangle(double a, double b, double c) implements Shape {
        Triangle {
           
            if (a + b <= c || a + c <= b || b + c <= a) throw new IllegalArgumentException("degenerate " + a + "," + b + "," + c);
        }
    }
    record Group(String name, List<Shape> items) implements Shape { Group { items = List.copyOf(items); } }
    record Stats(long count, double totalArea, double maxPerimeter) {}
    static double area(Shape s) {
        return switch (s) {
            case Circle c -> 3.0 * c.r() * c.r();
            case Rect r -> r.w() * r.h();
            case Triangle t -> { double p = (t.a() + t.b() + t.c()) / 2; yield Math.sqrt(p * (p - t.a()) * (p - t.b()) * (p - t.c())); }
            case Group g -> { double sum = 0; for (Shape x : g.items()) sum += area(x); yield sum; }
        };
    }
    static double perim(Shape s) {
        return switch (s) {
            case Circle(double r) -> 6.0 * r;
            case Rect(double w, double h) -> 2 * (w + h);
            case Triangle(double a, double b, double c) -> a + b + c;
            case Group(String n, List<Shape> items) -> { double m = 0; for (Shape x : items) m = Math.max(m, perim(x)); yield m; }
        };
    }
    static String kind(Shape s) {
        return switch (s) {
            case Rect r when r.isSquare() -> "square";
            case Rect r -> "rect";
            case Circle c when c.r() == 0 -> "point";
            case Circle c -> "circle";
            case Triangle(double a, double b, double c) when a == b && b == c -> "equilateral";
            case Triangle t -> "triangle";
            case Group g -> "group of " + g.items().size();
        };
    }
    static Stats stats(List<Shape> shapes) {
        long n = 0; double ta = 0, mp = 0;
        for (Shape s : shapes) { n++; ta += area(s); mp = Math.max(mp, perim(s)); }
        return new Stats(n, ta, mp);
    }
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5)); shapes.add(Rect.square(2)); shapes.add(new Rect(3, 0.5)); shapes.add(new Triangle(3, 4, 5));
        shapes.add(new Triangle(2, 2, 2)); shapes.add(new Circle(0));
        shapes.add(new Group("g1", List.of(new Circle(1), new Rect(1, 2), new Group("inner", List.of(Rect.square(0.1))))));
        for (Shape s : shapes) System.out.println(kind(s) + " " + s + " area=" + area(s) + " perim=" + perim(s));
        System.out.println(stats(shapes));
        String[][] bad = { {"circle", "-1"}, {"rect", "2", "-3"}, {"tri", "1", "2", "3"}, {"tri", "3", "4", "5"} };
        for (String[] b : bad) {
            try {
                Shape s = switch (b[0]) {
                    case "circle" -> new Circle(Double.parseDouble(b[1]));
                    case "rect" -> new Rect(Double.parseDouble(b[1]), Double.parseDouble(b[2]));
                    default -> new Triangle(Double.parseDouble(b[1]), Double.parseDouble(b[2]), Double.parseDouble(b[3]));
                };
                System.out.println("made " + s);
            } catch (IllegalArgumentException e) { System.out.println("rejected: " + e.getMessage()); }
        }
        List<Shape> sorted = new ArrayList<>(shapes);
        sorted.sort(Comparator.comparing(R02Shapes::area).thenComparing(R02Shapes::kind));
        for (Shape s : sorted) System.out.print(kind(s) + " ");
        System.out.println();
        Set<Shape> set = new HashSet<>(List.of(new Circle(1), new Circle(1.0), Rect.square(2), new Rect(2, 2), new Circle(-0.0)));
        System.out.println(set.size() + " " + new Circle(0.0).equals(new Circle(-0.0)) + " " + new Rect(1, 2).hashCode() + " " + new Stats(3, 1.5, 2).hashCode());
        try { ((Group) shapes.get(6)).items().add(new Circle(3)); } catch (UnsupportedOperationException e) { System.out.println("immutable group"); }
    }
}
