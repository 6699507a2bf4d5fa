// Fields of interfaces are implicitly public static final: compile-time constants are inlined by
// javac and never initialise the interface, while a non-constant field read runs the interface's
// initialiser (once). Implementing or instantiating a class does not initialise a superinterface
// without defaults; constants shadowed in a subinterface; a static interface method as a factory.
public class InterfaceConstants {
    static int log(String s, int v) { System.out.println("  init " + s); return v; }

    interface Limits {
        int MAX = 100;                      // constant: inlined
        String NAME = "limits";             // constant: inlined
        int COMPUTED = log("Limits.COMPUTED", MAX * 2);
        int[] TABLE = { log("Limits.TABLE[0]", 1), 2, 3 };
    }

    interface Wider extends Limits {
        int MAX = Limits.MAX * 10;          // hides Limits.MAX, still constant
        int EXTRA = log("Wider.EXTRA", 7);
    }

    interface Shape {
        int sides();
        static Shape of(int n) {
            return new Shape() { public int sides() { return n; } };
        }
        Shape TRIANGLE = of(log("Shape.TRIANGLE", 3));
    }

    static class Impl implements Wider {
        static { log("Impl.<clinit>", 0); }
        int max() { return MAX; }
    }

    public static void main(String[] args) {
        System.out.println("constants: " + Limits.MAX + " " + Limits.NAME + " " + Wider.MAX);
        System.out.println("new Impl:");
        Impl i = new Impl();
        System.out.println("max via class " + i.max() + " via static type " + Impl.MAX);
        System.out.println("read Wider.EXTRA:");
        System.out.println("  " + Wider.EXTRA);
        System.out.println("read Limits.COMPUTED:");
        System.out.println("  " + Limits.COMPUTED + " then " + Limits.TABLE[0] + Limits.TABLE[2]);
        System.out.println("again, no init: " + Limits.COMPUTED + " " + Wider.EXTRA);
        System.out.println("Shape.of:");
        Shape sq = Shape.of(4);
        System.out.println("  square " + sq.sides());
        System.out.println("Shape.TRIANGLE:");
        System.out.println("  triangle " + Shape.TRIANGLE.sides() + " anonymous class " + Shape.TRIANGLE.getClass().getName());
        Limits.TABLE[1] = 20;
        int s = 0;
        for (int v : Wider.TABLE) s += v;
        System.out.println("table shared through Wider: " + s);
    }
}
