// Records/sealed: nested record deconstruction patterns, generic records in patterns, var in patterns, instanceof patterns with && conditions
import java.util.*;
public class R04NestedPatterns {
    static final class Thing {}
    record Point(int x, int y) {}
    record Line(Point a, Point b) {}
    record Box<T>(T content) {}
    record Pair<A, B>(A first, B second) {}
    sealed interface Animal permits Dog, Cat, Bird {}
    record Dog(String name, int age) implements Animal {}
    record Cat(String name, boolean indoor) implements Animal {}
    record Bird(String name, double wingspan) implements Animal {}
    static String classify(Object o) {
        return switch (o) {
            case null -> "null!";
            case Line(Point(var x1, var y1), Point(int x2, int y2)) when x1 == x2 && y1 == y2 -> "degenerate line at " + x1 + "," + y1;
            case Line(Point(int x1, int y1), Point(int x2, int y2)) when x1 == x2 -> "vertical len " + Math.abs(y2 - y1);
            case Line(Point(int x1, int y1), Point(int x2, int y2)) when y1 == y2 -> "horizontal len " + Math.abs(x2 - x1);
            case Line(Point a, Point b) -> "sloped " + a + "->" + b;
            case Box(Point(int x, int y)) -> "boxed point " + (x + y);
            case Box(Box(Box(var inner))) -> "triple box of " + inner;
            case Box(String s) when s.length() > 3 -> "boxed long string " + s;
            case Box(Object other) -> "box of " + other;
            case Pair(Dog(String n, int a), Cat c) when a > 5 -> "old dog " + n + " with cat " + c.name();
            case Pair(Animal a, Animal b) -> "pair of " + a.getClass().getSimpleName() + "/" + b.getClass().getSimpleName();
            case Pair(Integer i, Long l) -> "int+long " + (i + l);
            case Pair(var a, var b) -> "generic pair " + a + "&" + b;
            case Integer i when i < 0 -> "negative int";
            case Integer i -> "int " + i;
            case Long l -> "long " + (l >>> 1);
            case Double d when d.isNaN() -> "NaN double";
            case Double d -> "double " + d;
            case int[] arr -> "int array " + arr.length;
            case String s -> "string '" + s + "'";
            default -> "other " + o.getClass().getSimpleName();
        };
    }
    static String describe(Animal a) {
        return switch (a) {
            case Dog(var n, var age) when age < 2 -> n + " the puppy";
            case Dog d -> d.name() + " the dog (" + d.age() + ")";
            case Cat(String n, boolean in) -> n + (in ? " stays in" : " roams");
            case Bird(String n, double w) when w > 1.0 -> n + " soars " + w;
            case Bird b -> b.name() + " flutters";
        };
    }
    public static void main(String[] args) {
        Object[] things = { null, new Line(new Point(1, 1), new Point(1, 1)), new Line(new Point(2, 0), new Point(2, 7)),
            new Line(new Point(-3, 4), new Point(5, 4)), new Line(new Point(0, 0), new Point(3, 4)), new Box<>(new Point(3, 4)),
            new Box<>(new Box<>(new Box<>("deep"))), new Box<>("hello"), new Box<>("hi"), new Box<>(42),
            new Pair<>(new Dog("rex", 9), new Cat("tom", true)), new Pair<>(new Dog("pup", 1), new Cat("tom", true)),
            new Pair<>(new Bird("tweety", 0.2), new Dog("rex", 3)), new Pair<>(5, 10L), new Pair<>("a", 'b'), -7, 7, -1L, Double.NaN, 2.5,
            new int[3], "text", new StringBuilder("sb"), new Thing() };
        for (Object o : things) System.out.println(classify(o));
        List<Animal> zoo = List.of(new Dog("fido", 1), new Dog("max", 11), new Cat("kitty", false), new Bird("eagle", 2.3), new Bird("wren", 0.15));
        for (Animal a : zoo) System.out.println(describe(a));
        int dogYears = 0;
        for (Animal a : zoo) if (a instanceof Dog(String n, int age) && age > 0 && n.length() > 2) dogYears += age * 7;
        System.out.println("dog years " + dogYears);
        Object o = new Pair<>(new Point(1, 2), new Line(new Point(0, 0), new Point(9, 9)));
        if (o instanceof Pair<?, ?>(Point(var px, var py), Line(var a, Point(var bx, var by))) && bx > px) {
            System.out.println("matched nested " + px + py + " " + a + " " + bx + by);
        }
        if (!(o instanceof Line l)) System.out.println("not a line"); else System.out.println(l);
    }
}
