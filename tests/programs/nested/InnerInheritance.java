// Inner classes inheriting: an inner class extending another (its override, called from the
// superclass constructor, already sees this$0, and a constant final field is inlined while an
// ordinary field is still 0), a static nested subclass of an inner class calling encl.super(), and
// an inner class extending its own outer class (two different "outer" objects in one instance).
public class InnerInheritance {
    final String tag;
    int hits;

    InnerInheritance(String tag) { this.tag = tag; }

    class Base {
        final String made;
        Base() { made = describe(); }
        String describe() { return "Base in " + tag; }
    }

    class Derived extends Base {
        final int n = 42;   // a constant variable: javac inlines every read of it
        int m = 7;          // an ordinary field: still 0 while Base() runs
        @Override String describe() {
            hits++;
            // Runs inside Base(): this$0 is usable already, m is still 0.
            return "Derived in " + tag + " n=" + n + " m=" + m + " hits=" + hits;
        }
    }

    class Child extends InnerInheritance {
        Child(String t) { super(t); }
        String both() { return "child tag " + tag + ", enclosing tag " + InnerInheritance.this.tag; }
    }

    static class Outside extends InnerInheritance.Base {
        final String extra;
        Outside(InnerInheritance encl, String extra) {
            encl.super();
            this.extra = extra;
        }
        @Override String describe() { return "Outside(extra=" + extra + ")"; }
    }

    public static void main(String[] args) {
        InnerInheritance p = new InnerInheritance("P"), q = new InnerInheritance("Q");
        Base b = p.new Base();
        Derived d1 = p.new Derived();
        Derived d2 = q.new Derived();
        Derived d3 = p.new Derived();
        System.out.println(b.made);
        System.out.println(d1.made + " | now " + d1.describe());
        System.out.println(d2.made);
        System.out.println(d3.made);
        System.out.println("hits p=" + p.hits + " q=" + q.hits);

        Outside o = new Outside(q, "x");
        System.out.println(o.made + " | now " + o.describe() + " | q.hits " + q.hits);

        Child c = p.new Child("C");
        System.out.println(c.both());
        Derived fromChild = c.new Derived();
        System.out.println(fromChild.made + " | c.hits " + c.hits + " p.hits " + p.hits);
        Child grandChild = c.new Child("G");
        System.out.println(grandChild.both());
        Base[] all = { b, d1, d2, o, fromChild };
        String s = "";
        for (Base x : all) s += x.getClass().getSimpleName() + ":" + x.describe().length() + " ";
        System.out.println(s + "| p.hits " + p.hits + " q.hits " + q.hits + " c.hits " + c.hits);
    }
}
