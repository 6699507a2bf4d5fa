// Static nested classes: access to the outer class's private static fields and private
// constructors (nestmates), a builder with a private constructor of the built class, a nested class
// extending its outer class, static nested classes of the same simple name in different outers,
// and static state per nested class initialised lazily (holder idiom, printed when it happens).
public class StaticNested {
    private static int secretCounter = 100;
    private final String desc;

    private StaticNested(String desc) { this.desc = desc; }

    static class Builder {
        private String name = "none";
        private int size;
        private boolean frozen;
        Builder name(String n) { name = n; return this; }
        Builder size(int s) { size = s; return this; }
        Builder freeze() { frozen = true; return this; }
        StaticNested build() { secretCounter++; return new StaticNested(name + "/" + size + (frozen ? "/frozen" : "") + "#" + secretCounter); }
    }

    static class Holder {
        static { System.out.println("  Holder initialised"); }
        static final StaticNested INSTANCE = new Builder().name("singleton").build();
    }

    static class Sub extends StaticNested {
        Sub() { super("sub of outer, counter " + secretCounter); }
        @Override public String toString() { return "Sub:" + super.toString(); }
    }

    static class A { static class Node { int v = 1; String who() { return "A.Node"; } } }
    static class B { static class Node { int v = 2; String who() { return "B.Node"; } } }

    static class Counter {
        private static int instances;
        private final int id;
        Counter() { id = ++instances; }
        static int peek() { return instances; }
    }

    @Override public String toString() { return desc; }

    public static void main(String[] args) {
        StaticNested x = new Builder().name("x").size(3).build();
        StaticNested y = new Builder().size(9).freeze().name("y").build();
        System.out.println(x + " " + y);
        System.out.println("before holder use, counter " + secretCounter);
        System.out.println("holder: " + Holder.INSTANCE + " same " + (Holder.INSTANCE == Holder.INSTANCE));
        System.out.println("counter " + secretCounter);
        System.out.println(new Sub());
        A.Node an = new A.Node();
        B.Node bn = new B.Node();
        System.out.println(an.who() + an.v + " " + bn.who() + bn.v + " " + an.getClass().getName() + " " + bn.getClass().getSimpleName());
        Counter[] cs = new Counter[5];
        for (int i = 0; i < cs.length; i++) cs[i] = new Counter();
        System.out.println("counters " + Counter.peek() + " ids " + cs[0].id + cs[4].id + " private access " + Counter.instances);
        Counter.instances = -1;
        System.out.println("after private write " + new Counter().id);
    }
}
