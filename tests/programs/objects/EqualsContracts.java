// Object's methods: equals overridden with the right signature vs an overload equals(Point) that
// Object-typed callers never reach, hashCode consistent with equals, symmetric equals across a
// subclass (getClass() comparison), default identity equals, toString used implicitly by
// concatenation and String.valueOf, and getClass().getName()/getSimpleName() of nested classes.
public class EqualsContracts {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (o == null || o.getClass() != getClass()) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class ColorPoint extends Point {
        final String color;
        ColorPoint(int x, int y, String color) { super(x, y); this.color = color; }
        @Override public boolean equals(Object o) { return super.equals(o) && color.equals(((ColorPoint) o).color); }
        @Override public int hashCode() { return super.hashCode() * 31 + color.hashCode(); }
        @Override public String toString() { return color + super.toString(); }
    }

    // Overloads equals instead of overriding it: only callers with static type Bad see it.
    static class Bad {
        final int v;
        Bad(int v) { this.v = v; }
        public boolean equals(Bad b) { return b != null && b.v == v; }
        @Override public int hashCode() { return v; }
    }

    static class Plain {}

    // A hand-written hash set using hashCode and equals, with chaining.
    static class PointSet {
        final Object[][] buckets = new Object[7][];
        final int[] fill = new int[7];
        int size;
        boolean add(Object p) {
            int h = p.hashCode() % 7;
            if (h < 0) h += 7;
            if (buckets[h] == null) buckets[h] = new Object[4];
            for (int i = 0; i < fill[h]; i++) if (buckets[h][i].equals(p)) return false;
            if (fill[h] == buckets[h].length) {
                Object[] b = new Object[fill[h] * 2];
                for (int i = 0; i < fill[h]; i++) b[i] = buckets[h][i];
                buckets[h] = b;
            }
            buckets[h][fill[h]++] = p;
            size++;
            return true;
        }
        boolean contains(Object p) {
            int h = p.hashCode() % 7;
            if (h < 0) h += 7;
            for (int i = 0; i < fill[h]; i++) if (buckets[h][i].equals(p)) return true;
            return false;
        }
    }

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        ColorPoint ra = new ColorPoint(1, 2, "red"), rb = new ColorPoint(1, 2, "red"), bl = new ColorPoint(1, 2, "blue");
        System.out.println("a==b " + (a == b) + " a.equals(b) " + a.equals(b) + " hash " + a.hashCode() + "/" + b.hashCode());
        System.out.println("a.equals(c) " + a.equals(c) + " a.equals(null) " + a.equals(null) + " a.equals(\"(1,2)\") " + a.equals("(1,2)"));
        System.out.println("symmetric: " + a.equals(ra) + " " + ra.equals(a) + " ra.equals(rb) " + ra.equals(rb) + " ra.equals(bl) " + ra.equals(bl));
        System.out.println("hashes " + ra.hashCode() + " " + bl.hashCode() + " strings " + ra + " " + String.valueOf(bl) + " " + a);

        Bad x = new Bad(5), y = new Bad(5);
        Object oy = y;
        System.out.println("Bad overload: " + x.equals(y) + ", via Object: " + x.equals(oy) + ", Object receiver: " + ((Object) x).equals(y));

        Plain p1 = new Plain(), p2 = new Plain();
        Object op = p1;
        System.out.println("identity equals: " + p1.equals(p2) + " " + p1.equals(op) + " hash stable " + (p1.hashCode() == op.hashCode()));

        PointSet set = new PointSet();
        String added = "";
        Object[] items = { a, b, c, ra, rb, bl, new Point(-3, 4), new Point(4, -3), new Point(-3, 4), new ColorPoint(2, 1, "red") };
        for (Object o : items) added += set.add(o) ? "+" : "=";
        System.out.println("set adds " + added + " size " + set.size);
        System.out.println("contains (2,1) " + set.contains(new Point(2, 1)) + " blue(1,2) " + set.contains(new ColorPoint(1, 2, "blue"))
                + " green(1,2) " + set.contains(new ColorPoint(1, 2, "green")) + " (9,9) " + set.contains(new Point(9, 9)));

        Object[] named = { a, ra, x, p1, "s", new int[0], new Point[0], new ColorPoint[1][1] };
        for (Object o : named) System.out.println(o.getClass().getName() + " / " + o.getClass().getSimpleName()
                + " / same class as a: " + (o.getClass() == a.getClass()));
    }
}
