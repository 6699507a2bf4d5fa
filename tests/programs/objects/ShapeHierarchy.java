// An abstract class hierarchy with integer geometry: abstract methods implemented at different
// depths, a template method in the abstract base calling abstract hooks, toString overrides used
// by string concatenation, instanceof chains to classify, and arrays of the abstract type sorted by
// a virtual key (a selection sort that swaps references).
public class ShapeHierarchy {
    static abstract class Shape {
        private static int count;
        final int id;
        Shape() { id = ++count; }
        abstract int area();
        abstract int perimeter();
        String kind() { return getClass().getSimpleName(); }
        // Template method: final, calls abstract hooks.
        final String describe() { return kind() + "#" + id + "[area=" + area() + ", perim=" + perimeter() + "]"; }
        @Override public String toString() { return kind() + "#" + id; }
    }

    static class Rect extends Shape {
        final int w, h;
        Rect(int w, int h) { this.w = w; this.h = h; }
        int area() { return w * h; }
        int perimeter() { return 2 * (w + h); }
    }

    static class Square extends Rect {
        Square(int s) { super(s, s); }
        @Override String kind() { return "Square(" + w + ")"; }
    }

    static class RightTriangle extends Shape {
        final int a, b;
        RightTriangle(int a, int b) { this.a = a; this.b = b; }
        int area() { return a * b / 2; }
        int perimeter() { return a + b + isqrt(a * a + b * b); }
    }

    static class Circle extends Shape {
        final int r;
        Circle(int r) { this.r = r; }
        int area() { return 314 * r * r / 100; }
        int perimeter() { return 628 * r / 100; }
    }

    static abstract class Composite extends Shape {
        final Shape[] parts;
        Composite(Shape[] parts) { this.parts = parts; }
        int area() {
            int s = 0;
            for (Shape p : parts) s += p.area();
            return s;
        }
    }

    static class Group extends Composite {
        Group(Shape[] parts) { super(parts); }
        int perimeter() {
            int s = 0;
            for (Shape p : parts) s += p.perimeter();
            return s;
        }
        @Override public String toString() {
            String s = "Group#" + id + "{";
            for (int i = 0; i < parts.length; i++) s += (i > 0 ? "," : "") + parts[i];
            return s + "}";
        }
    }

    static int isqrt(int n) {
        int r = 0;
        while ((r + 1) * (r + 1) <= n) r++;
        return r;
    }

    static String classify(Shape s) {
        if (s instanceof Square) return "square";
        if (s instanceof Rect) return "rect";
        if (s instanceof Composite) return "composite";
        if (s instanceof Circle c && c.r > 2) return "big circle";
        if (s instanceof Circle) return "small circle";
        return "other";
    }

    public static void main(String[] args) {
        Shape[] shapes = {
            new Rect(3, 4), new Square(5), new RightTriangle(3, 4), new Circle(2), new Circle(10),
            new RightTriangle(5, 12), new Square(1), null,
        };
        shapes[7] = new Group(new Shape[] { shapes[0], shapes[3], new Square(2) });
        for (Shape s : shapes) System.out.println(s.describe() + " is " + classify(s));
        System.out.println("as string: " + shapes[7]);

        for (int i = 0; i < shapes.length; i++) {
            int best = i;
            for (int j = i + 1; j < shapes.length; j++) {
                if (shapes[j].area() < shapes[best].area()
                        || (shapes[j].area() == shapes[best].area() && shapes[j].id < shapes[best].id)) best = j;
            }
            Shape t = shapes[i];
            shapes[i] = shapes[best];
            shapes[best] = t;
        }
        String order = "";
        int total = 0;
        for (Shape s : shapes) {
            order += s + "=" + s.area() + " ";
            total += s.area();
        }
        System.out.println("sorted: " + order);
        System.out.println("total area " + total + ", shapes made " + Shape.count);
    }
}
