/*
 * Benchmark kernel: object-oriented code as people write it. Twin of bench/c/shapes.c (C with
 * structs and tables of function pointers, the way C programs do objects).
 *
 * What it stresses: virtual calls that cannot be devirtualised (three shape classes behind one
 * abstract class, in a mixed array), a double dispatch through a visitor interface (the
 * interface call has one implementation in the program, so it becomes direct), instance field
 * loads and stores on objects reached from an array held in a static field, and a static field
 * updated inside the loop.
 */
public class Shapes {
    interface Visitor {
        int visitRect(Rect r);

        int visitCircle(Circle c);

        int visitTri(Tri t);
    }

    abstract static class Shape {
        int id;

        abstract int area();

        abstract int accept(Visitor v);
    }

    static final class Rect extends Shape {
        int w, h;

        Rect(int w, int h) { this.w = w; this.h = h; }

        int area() { return w * h; }

        int accept(Visitor v) { return v.visitRect(this); }
    }

    static final class Circle extends Shape {
        int r;

        Circle(int r) { this.r = r; }

        int area() { return 3 * r * r + (r >> 2); }

        int accept(Visitor v) { return v.visitCircle(this); }
    }

    static final class Tri extends Shape {
        int b, h;

        Tri(int b, int h) { this.b = b; this.h = h; }

        int area() { return (b * h) >> 1; }

        int accept(Visitor v) { return v.visitTri(this); }
    }

    static final class Perimeter implements Visitor {
        public int visitRect(Rect r) { return 2 * (r.w + r.h); }

        public int visitCircle(Circle c) { return 6 * c.r; }

        public int visitTri(Tri t) { return t.b + 2 * t.h; }
    }

    static Shape[] shapes;
    static int total;
    static int seed = 12345;

    static int nextRandom() {
        int x = seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        seed = x;
        return x;
    }

    static void build(int n) {
        shapes = new Shape[n];
        for (int i = 0; i < n; i++) {
            int a = (nextRandom() & 31) + 1;
            int b = (nextRandom() & 31) + 1;
            Shape s;
            switch (nextRandom() & 3) {
                case 0 -> s = new Rect(a, b);
                case 1 -> s = new Circle(a);
                default -> s = new Tri(a, b);
            }
            s.id = i;
            shapes[i] = s;
        }
    }

    static int run(int rounds) {
        Visitor v = new Perimeter();
        for (int k = 0; k < rounds; k++) {
            for (int i = 0; i < shapes.length; i++) {
                Shape s = shapes[i];
                total += s.area() + s.accept(v) + s.id;
                s.id = (s.id + k) & 63;
            }
        }
        return total;
    }

    public static void main(String[] args) {
        build(64);
        System.out.println("BEGIN");
        int checksum = run(400);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
