// Arrays whose element type is an interface: instanceof and checkcast against interface types
// and interface array types (a Circle[] is a Drawable[] and a Scalable[] when Circle implements
// both; an Object[] holding only Drawables is not a Drawable[]), ClassCastException messages for
// interface targets, ArrayStoreException into an interface array, and dispatch over the elements.
public class InterfaceArrays {
    interface Drawable { String draw(); }
    interface Scalable { void scale(int k); }
    interface Both extends Drawable, Scalable { }

    static class Circle implements Drawable, Scalable {
        int r;
        Circle(int r) { this.r = r; }
        public String draw() { return "circle" + r; }
        public void scale(int k) { r *= k; }
    }
    static class Text implements Drawable {
        final String s;
        Text(String s) { this.s = s; }
        public String draw() { return "'" + s + "'"; }
    }
    static class Square implements Both {
        int side;
        Square(int side) { this.side = side; }
        public String draw() { return "square" + side; }
        public void scale(int k) { side += k; }
    }
    static class Blob { }

    static String kinds(Object o) {
        return (o instanceof Drawable ? "D" : "-") + (o instanceof Scalable ? "S" : "-") + (o instanceof Both ? "B" : "-")
                + (o instanceof Drawable[] ? "D[]" : "") + (o instanceof Scalable[] ? "S[]" : "") + (o instanceof Both[] ? "B[]" : "")
                + (o instanceof Object[] ? "O[]" : "") + (o instanceof Object[][] ? "O[][]" : "") + (o instanceof Drawable[][] ? "D[][]" : "");
    }

    public static void main(String[] args) {
        Drawable[] ds = { new Circle(1), new Text("hi"), new Square(2), null, new Circle(5) };
        String out = "";
        int scaled = 0;
        for (Drawable d : ds) {
            if (d == null) { out += "<null> "; continue; }
            if (d instanceof Scalable s) { s.scale(3); scaled++; }
            out += d.draw() + " ";
        }
        System.out.println(out + "scaled " + scaled);

        Object[] probes = {
            new Circle(1), new Text("t"), new Square(1), new Blob(), null,
            new Circle[2], new Square[1], new Drawable[1], new Both[0], new Object[] { new Circle(1) },
            new Circle[1][1], new Drawable[2][], new Text[0],
        };
        for (Object p : probes) System.out.println((p == null ? "null" : p.getClass().getSimpleName()) + " -> " + kinds(p));

        Object[] casts = { new Text("x"), new Blob(), new Square(3), new Circle[1], new Object[1], "str" };
        for (Object c : casts) {
            try {
                Scalable s = (Scalable) c;
                System.out.println("Scalable ok: " + s.getClass().getSimpleName());
            } catch (ClassCastException e) {
                System.out.println("CCE: " + e.getMessage());
            }
            try {
                Drawable[] arr = (Drawable[]) c;
                System.out.println("Drawable[] ok: length " + arr.length);
            } catch (ClassCastException e) {
                System.out.println("CCE: " + e.getMessage());
            }
        }

        Drawable[] reallyCircles = new Circle[2];
        reallyCircles[0] = new Circle(7);
        try {
            reallyCircles[1] = new Text("nope");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + e.getMessage());
        }
        Scalable[] asScalable = (Scalable[]) (Object) reallyCircles;
        asScalable[0].scale(2);
        System.out.println("through the other interface view: " + reallyCircles[0].draw() + " same array " + (asScalable == (Object) reallyCircles));
        Both[] bs = { new Square(1), new Square(2) };
        Drawable[] dv = bs;
        Scalable[] sv = bs;
        sv[0].scale(10);
        System.out.println(dv[0].draw() + " " + dv[1].draw() + " " + bs.getClass().getName());
    }
}
