// Interfaces: calls through interface types (itable dispatch by colour), default methods and their
// precedence (a class method wins, the more specific interface wins), static and private interface
// methods, a class implementing two interfaces with the same method, instanceof and casts on
// interfaces, interface arrays, and a generic interface of the program's own.
public class Ifaces {
    interface Shape { int area(); default String label() { return "shape" + area(); } static Shape unit() { return new Sq(1); } }
    interface Named { String name(); default String label() { return "named:" + name(); } }
    interface Fancy extends Shape { default String label() { return "fancy" + helper(); } private int helper() { return area() * 2; } }
    interface Visitor<R> { R visitSq(Sq s); R visitCircle(Circle c); }
    interface Node { <R> R accept(Visitor<R> v); }
    interface Measure { int area(); }

    static class Sq implements Shape, Node, Measure {
        int s; Sq(int s) { this.s = s; }
        public int area() { return s * s; }
        public <R> R accept(Visitor<R> v) { return v.visitSq(this); }
    }
    static class Circle implements Fancy, Named, Node {
        int r; Circle(int r) { this.r = r; }
        public int area() { return 3 * r * r; }
        public String name() { return "circle" + r; }
        public String label() { return Fancy.super.label() + "/" + Named.super.label(); }
        public <R> R accept(Visitor<R> v) { return v.visitCircle(this); }
    }
    static class Tri implements Fancy { public int area() { return 7; } }

    static class Describer implements Visitor<String> {
        public String visitSq(Sq s) { return "Sq(" + s.s + ")"; }
        public String visitCircle(Circle c) { return "Circle(" + c.r + ")"; }
    }
    static class Box<T> { T value; Box(T v) { value = v; } T get() { return value; } }

    public static void main(String[] args) {
        Shape[] shapes = { new Sq(3), new Circle(2), new Tri(), Shape.unit() };
        int total = 0;
        for (Shape s : shapes) {
            System.out.println(s.label() + " " + s.area());
            total += s.area();
        }
        System.out.println("total " + total);
        Node[] nodes = { new Sq(4), new Circle(5) };
        Visitor<String> v = new Describer();
        for (Node n : nodes) System.out.println(n.accept(v));
        Measure m = new Sq(6);
        System.out.println(m.area());
        Object o = shapes[1];
        System.out.println((o instanceof Named) + " " + (o instanceof Fancy) + " " + (o instanceof Measure) + " " + (shapes[0] instanceof Measure));
        Named nm = (Named) o;
        System.out.println(nm.name());
        Box<Shape> b = new Box<>(shapes[2]);
        System.out.println(b.get().label());
        Fancy f = (Fancy) shapes[0];
        System.out.println(f.area());
    }
}
