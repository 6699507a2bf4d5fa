// Inner (non-static) classes: the hidden this$0 reference to the enclosing instance, Outer.this.x
// when an inner field shadows it, outer.new Inner() binding a chosen enclosing object, an inner
// class of an inner class reaching both enclosing levels, inner objects outliving their creating
// call, and private outer members read and written from inner code (nestmate access).
public class InnerThis {
    private int x;
    private final String name;
    private static int created;

    InnerThis(String name, int x) { this.name = name; this.x = x; }

    private int secret() { return x * 100; }

    class Inner {
        int x; // shadows InnerThis.x
        final int id = ++created;
        Inner(int x) { this.x = x; }
        String show() { return name + ".Inner#" + id + "(x=" + x + ", outer x=" + InnerThis.this.x + ", secret=" + secret() + ")"; }
        void bumpOuter() { InnerThis.this.x++; x += 10; }
        InnerThis outer() { return InnerThis.this; }

        class Deeper {
            int x = -1;
            String show() { return "Deeper(x=" + x + ", Inner.x=" + Inner.this.x + ", outer.x=" + InnerThis.this.x + ", name=" + name + ")"; }
            void bumpAll() { x--; Inner.this.x--; InnerThis.this.x += 1000; }
        }
    }

    Inner make(int v) { return new Inner(v); }

    static Inner makeFrom(InnerThis o, int v) { return o.new Inner(v); }

    public static void main(String[] args) {
        InnerThis a = new InnerThis("a", 1), b = new InnerThis("b", 2);
        Inner ai = a.make(5);
        Inner bi = b.new Inner(6);
        Inner ai2 = makeFrom(a, 7);
        System.out.println(ai.show());
        System.out.println(bi.show());
        System.out.println(ai2.show());
        ai.bumpOuter();
        ai2.bumpOuter();
        bi.bumpOuter();
        System.out.println("after bumps: a.x=" + a.x + " b.x=" + b.x + " ai.x=" + ai.x + " ai2.x=" + ai2.x + " bi.x=" + bi.x);
        System.out.println("enclosing: " + (ai.outer() == a) + " " + (ai2.outer() == ai.outer()) + " " + (bi.outer() == a));

        Inner.Deeper d = ai.new Deeper();
        Inner.Deeper d2 = bi.new Deeper();
        System.out.println(d.show());
        d.bumpAll();
        d.bumpAll();
        d2.bumpAll();
        System.out.println(d.show());
        System.out.println(d2.show());
        System.out.println("ai now " + ai.show());
        System.out.println("names " + ai.getClass().getName() + " " + d.getClass().getName() + " " + d.getClass().getSimpleName());

        Inner[] many = new Inner[4];
        for (int i = 0; i < many.length; i++) many[i] = (i % 2 == 0 ? a : b).new Inner(i);
        a = null; // the inner objects keep their enclosing instances alive
        b = null;
        int sum = 0;
        for (Inner in : many) { in.bumpOuter(); sum += in.outer().x + in.x; }
        System.out.println("sum through this$0 " + sum + " created " + created + " " + many[0].outer().name + many[1].outer().name);
    }
}
