// JLS initialisation order: static initialisers of super then sub (once), then per object: the
// superclass constructor first, then the subclass's field initialisers and instance initialiser
// blocks in textual order, then the rest of its constructor. A virtual call from the superclass
// constructor reaches the override before the subclass's fields are initialised (it sees 0/null).
public class ConstructionOrder {
    static int step;

    static int log(String what, int v) {
        step++;
        System.out.println(step + ": " + what + " -> " + v);
        return v;
    }

    static class Base {
        static int sBase = log("Base static field", 1);
        static {
            log("Base static block", sBase + 1);
        }

        int a = log("Base.a initialiser", 10);
        {
            log("Base instance block, a", a);
        }
        int b;

        Base() {
            this(log("Base() arg for this(int)", 5));
            log("Base() body after this(...), describe", describe());
        }

        Base(int x) {
            log("Base(int) body x", x);
            b = x + a;
        }

        int describe() {
            return a + b;
        }
    }

    static class Derived extends Base {
        static int sDerived = log("Derived static field", sBase * 100);
        int c = log("Derived.c initialiser", 7);
        String name = "derived";
        final int k;
        {
            log("Derived instance block, c", c);
            k = c * 2;
        }
        int d = log("Derived.d initialiser uses k", k + 1);

        Derived() {
            super();
            log("Derived() body, name length", name.length());
        }

        Derived(int v) {
            super(log("Derived(int) argument to super", v * 3));
            log("Derived(int) body", v);
        }

        @Override
        int describe() {
            // Called from Base's constructor: c, k and d are still 0, name still null.
            log("Derived.describe sees c", c);
            log("Derived.describe sees k", k);
            log("Derived.describe sees name==null", name == null ? 1 : 0);
            return c + d;
        }
    }

    public static void main(String[] args) {
        log("main start", 0);
        Derived d1 = new Derived();
        log("d1 fields a,b,c,d,k", d1.a * 10000 + d1.b * 1000 + d1.c * 100 + d1.d * 10 + d1.k);
        Derived d2 = new Derived(4);
        log("d2 describe", d2.describe());
        Base b = new Base();
        log("plain Base describe", b.describe());
        log("statics", Base.sBase + Derived.sDerived);
    }
}
