// Classes, constructors (this(...), super(...)), fields of every int-like kind and references, abstract and
// overridden methods called virtually, super.m(), a linked list, instanceof, and a cast that fails
public class Shapes {
    static abstract class Shape {
        final String name;
        int id;
        static int count;
        Shape(String name) { this.name = name; id = ++count; }
        abstract int area();
        int perimeter() { return 0; }
        String describe() { return name + "#" + id + " area=" + area() + " perim=" + perimeter(); }
    }
    static class Rect extends Shape {
        int w, h;
        Rect(int w, int h) { super("rect"); this.w = w; this.h = h; }
        Rect(int s) { this(s, s); }
        int area() { return w * h; }
        int perimeter() { return 2 * (w + h); }
    }
    static class Square extends Rect {
        Square(int s) { super(s); }
        String describe() { return "square! " + super.describe(); }
    }
    static class Tri extends Shape {
        byte b; short hh; char c = 'x'; boolean flag = true;
        Tri(int b, int h) { super("tri"); this.b = (byte) b; this.hh = (short) h; }
        int area() { return b * hh / 2; }
    }
    static class Node { int v; Node next; Node(int v, Node n) { this.v = v; next = n; } }

    public static void main(String[] args) {
        Shape[] shapes = { new Rect(3, 4), new Square(5), new Tri(6, 7), new Rect(2) };
        int total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println("total " + total);
        Node list = null;
        for (int i = 0; i < 10; i++) list = new Node(i * i, list);
        int sum = 0;
        for (Node n = list; n != null; n = n.next) sum += n.v;
        System.out.println("sum " + sum);
        Object o = shapes[1];
        System.out.println(o instanceof Rect);
        System.out.println(o instanceof Tri);
        System.out.println(shapes[2] instanceof Shape);
        Tri t = (Tri) shapes[2];
        System.out.println(t.c + " " + t.flag + " " + t.b + " " + t.hh);
        Rect r = (Rect) shapes[1];
        System.out.println(r.w);
        Rect bad = (Rect) shapes[2];
        System.out.println(bad.w);
    }
}
