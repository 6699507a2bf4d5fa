// Interface default methods calling abstract ones, a default overridden in one implementation and
// inherited in another, a default reached through a superinterface, and defaults of the library's
// functional interfaces (andThen, negate, reversed, thenComparing) on lambdas.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

public class LcDefaultMethods {
    interface Shape {
        int area();

        default String describe() {
            return kind() + " of area " + area();
        }

        default String kind() {
            return "shape";
        }
    }

    interface Polygon extends Shape {
        int sides();

        @Override
        default String kind() {
            return sides() + "-gon";
        }
    }

    record Rect(int w, int h) implements Polygon {
        public int area() {
            return w * h;
        }

        public int sides() {
            return 4;
        }
    }

    static final class Circle implements Shape {
        public int area() {
            return 3;
        }

        @Override
        public String kind() {
            return "circle";
        }
    }

    static final class Blob implements Shape {
        public int area() {
            return 1;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Rect(2, 3), new Circle(), new Blob() };
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, String> show = inc.andThen(x -> "<" + x + ">");
        Predicate<String> empty = String::isEmpty;
        System.out.println(show.apply(4) + " " + empty.negate().test("") + " " + empty.or(s -> s.length() > 2).test("abc"));
        List<String> words = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi", "date"));
        words.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        words.sort(Comparator.<String>naturalOrder().reversed());
        System.out.println(words);
    }
}
