// Instance initialisation order as javac emits it: field initialisers and instance blocks run after
// super(...) and before the constructor body; a virtual call from the superclass constructor sees
// the subclass's fields still zero; this(...) chains; static init runs once, on first new.
public class InitOrder {
    static int step;
    static int log(String what) { System.out.println(++step + " " + what); return step; }

    static class Base {
        static { log("Base static"); }
        int a = log("Base.a init");
        { log("Base block"); }
        Base() { log("Base() sees " + describe()); }
        String describe() { return "base"; }
    }
    static class Derived extends Base {
        static { log("Derived static"); }
        int b = log("Derived.b init");
        String s = "set";
        char c = 'q';
        Derived() { this(7); log("Derived() after this(7) b=" + b); }
        Derived(int x) { super(); log("Derived(int) x=" + x + " b=" + b + " s=" + s); }
        String describe() { return "derived b=" + b + " s=" + s + " c=" + (int) c; }
    }
    static class Hidden extends Derived {
        int b = 99; // hides Derived.b
        int sum() { return b + ((Derived) this).b + super.b; }
    }
    static class Counter {
        private int n;
        private void bump() { n++; }
        int run(Counter other) { for (int i = 0; i < 3; i++) { bump(); other.bump(); } return n * 10 + other.n; }
    }

    public static void main(String[] args) {
        log("main");
        Derived d = new Derived();
        System.out.println(d.describe());
        Derived d2 = new Derived(5);
        System.out.println(d2.a + " " + d2.b);
        Hidden h = new Hidden();
        System.out.println(h.sum() + " " + h.b + " " + ((Derived) h).b);
        Counter c1 = new Counter(), c2 = new Counter();
        System.out.println(c1.run(c2) + " " + c2.run(c1));
    }
}
