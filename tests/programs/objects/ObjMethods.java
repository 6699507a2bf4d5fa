// java.lang.Object's methods on the program's objects, Strings and arrays: toString/hashCode/equals
// overridden or inherited and called through Object, a class or an interface; getClass().getName()
// and getSimpleName() of nested, local and anonymous classes; println(Object) and + on objects,
// including a toString that itself concatenates, and null.
public class ObjMethods {
    interface Pet { String sound(); }
    static class Point {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + "," + y + ")"; }
        public boolean equals(Object o) { return o instanceof Point p && p.x == x && p.y == y; }
        public int hashCode() { return 31 * x + y; }
    }
    static class Point3 extends Point {
        int z;
        Point3(int x, int y, int z) { super(x, y); this.z = z; }
        public String toString() { return super.toString() + "^" + z; }
    }
    static class Dog implements Pet { public String sound() { return "woof"; } public String toString() { return "Dog says " + sound(); } }
    static class Plain { int v = 3; }

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point3(1, 2, 3);
        Object[] things = { a, c, "text", new Dog() };
        for (Object o : things) {
            System.out.println(o);
            System.out.println("as string: " + o + (o instanceof Dog ? "" : " hash " + o.hashCode()));
        }
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + a.equals("x") + " " + (a == b));
        Object s1 = "hello", s2 = "hel" + "lo";
        String built = "he";
        built = built + "llo";
        System.out.println(s1.equals(built) + " " + built.equals(s1) + " " + s1.hashCode() + " " + built.hashCode());
        System.out.println("".hashCode() + " " + "a".hashCode() + " " + "Hello, World!".hashCode());
        Pet p = new Dog();
        System.out.println(p.toString() + " / " + p);
        System.out.println(a.getClass().getName() + " " + c.getClass().getSimpleName() + " " + "s".getClass().getName());
        Object anon = new Object() { public String toString() { return "anon!"; } };
        System.out.println(anon + " [" + anon.getClass().getSimpleName() + "] " + anon.getClass().getName());
        class Local { public String toString() { return "local"; } }
        Object l = new Local();
        System.out.println(l + " " + l.getClass().getSimpleName() + " " + l.getClass().getName());
        int[] arr = new int[3];
        System.out.println(arr.getClass().getSimpleName() + " " + arr.getClass().getName() + " " + arr.equals(arr));
        Point nothing = null;
        System.out.println("null: " + nothing);
        Plain pl = new Plain();
        System.out.println(pl.equals(pl) + " " + pl.equals(new Plain()) + " " + (pl.hashCode() == pl.hashCode()));
        String t = pl.toString();
        System.out.println(t.charAt(16) == '@' && t.charAt(15) == 'n' && t.length() > 17);
    }
}
