// Codegen expectations for inlining (rtgo.opt.Inliner; see CodegenTest for the format).
public class Inlining {
    static final class Point {
        private final int x;
        private int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        int x() {
            return x;
        }

        int getY() {
            return y;
        }

        void setY(int v) {
            y = v;
        }
    }

    abstract static class Shape {
        abstract int area();
    }

    static final class Square extends Shape {
        final int side;

        Square(int side) {
            this.side = side;
        }

        @Override
        int area() {
            return side * side;
        }
    }

    abstract static class Animal {
        abstract int legs();
    }

    static final class Bird extends Animal {
        @Override
        int legs() {
            return 2;
        }
    }

    static final class Cat extends Animal {
        @Override
        int legs() {
            return 4;
        }
    }

    // A getter called in a loop is inlined: the loop calls nothing, it loads the field.
    // thumb-loop: -\bbl\s
    // thumb-loop: ldr r\d, \[r\d, #\d+\]
    static int sumX(Point[] ps) {
        int s = 0;
        for (int i = 0; i < ps.length; i++) {
            s += ps[i].x();
        }
        return s;
    }

    // A getter and a setter in a loop: both inlined.
    // thumb-loop: -\bbl\s
    static void shiftY(Point[] ps) {
        for (int i = 0; i < ps.length; i++) {
            ps[i].setY(ps[i].getY() + 1);
        }
    }

    // A constructor (and Object's, which does nothing) is inlined: no call but the allocation.
    // thumb: -bl\s+"J:Inlining\$Point.<init>
    static Point make(int a) {
        return new Point(a, a + 1);
    }

    // A small static helper in a loop is inlined.
    // thumb-loop: -\bbl\s
    static int sumSquares(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += square(i);
        }
        return s;
    }

    static int square(int x) {
        return x * x;
    }

    // A virtual call with one implementation in the closed world (class hierarchy analysis) is
    // inlined: no indirect call in the loop.
    // thumb-loop: -blx
    // thumb-loop: -\bbl\s
    static int areas(Shape[] shapes) {
        int s = 0;
        for (Shape sh : shapes) {
            s += sh.area();
        }
        return s;
    }

    // With two instantiated subclasses the call stays a call through the virtual table.
    // thumb-loop: blx r\d
    static int legs(Animal[] animals) {
        int s = 0;
        for (Animal a : animals) {
            s += a.legs();
        }
        return s;
    }

    // A recursive method is never inlined into itself: its call to itself stays.
    // thumb: bl\s+"J:Inlining.fact\(I\)I"
    static int fact(int n) {
        return n <= 1 ? 1 : n * fact(n - 1);
    }

    // A large method is not inlined, even in a loop.
    // thumb-loop: bl\s+"J:Inlining.mix\(II\)I"
    static int callsLarge(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = mix(s, i);
        }
        return s;
    }

    static int mix(int a, int b) {
        int h = a * 31 + b;
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 13;
        h += a * b;
        h ^= h << 5;
        h -= b >>> 3;
        h ^= h >>> 7;
        h *= 0x27d4eb2d;
        h ^= h >>> 15;
        h += a ^ (b << 2);
        h ^= h >>> 11;
        h *= 0x165667b1;
        h ^= h >>> 9;
        h += b * 7 + a * 5;
        h ^= h << 3;
        h -= a >>> 5;
        h ^= h >>> 17;
        h *= 0x9e3779b1;
        h ^= h >>> 13;
        h += (a | b) ^ (a & b);
        h ^= h >>> 6;
        return h;
    }

    public static void main(String[] args) {
        Point[] ps = {make(1), make(2)};
        shiftY(ps);
        Animal[] animals = {new Bird(), new Cat()};
        Shape[] shapes = {new Square(2)};
        System.out.println(sumX(ps) + sumSquares(4) + areas(shapes) + legs(animals) + fact(5) + callsLarge(3));
    }
}
