// A virtual call with one implementation while only one subclass is instantiated, then a second
// subclass that overrides it: the closed world sees both, so the call must dispatch (and an
// interface method with one implementation may be inlined). Also a final method and an abstract
// one with a single concrete override.
public class InlinePolymorphic {
    static abstract class Shape {
        abstract int area();

        final int twiceArea() {
            return 2 * area();
        }
    }

    static class Square extends Shape {
        final int s;

        Square(int s) {
            this.s = s;
        }

        @Override
        int area() {
            return s * s;
        }
    }

    static class Rect extends Square {
        final int w;

        Rect(int s, int w) {
            super(s);
            this.w = w;
        }

        @Override
        int area() {
            return s * w;
        }
    }

    interface Counter {
        int next();
    }

    static final class Up implements Counter {
        int n;

        public int next() {
            return ++n;
        }
    }

    static int total(Shape[] shapes) {
        int t = 0;
        for (Shape sh : shapes) {
            t += sh.area() + sh.twiceArea();
        }
        return t;
    }

    static int count(Counter c, int times) {
        int s = 0;
        for (int i = 0; i < times; i++) {
            s += c.next();
        }
        return s;
    }

    public static void main(String[] args) {
        Shape[] shapes = new Shape[5];
        for (int i = 0; i < 5; i++) {
            shapes[i] = new Square(i + 1);
        }
        System.out.println(total(shapes));
        if (args.length == 0) {
            shapes[2] = new Rect(3, 10); // loaded late: now area() has two targets
        }
        System.out.println(total(shapes));
        System.out.println(count(new Up(), 10));
    }
}
