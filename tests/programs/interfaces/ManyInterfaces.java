// Interface dispatch (itables) with many interfaces: a class implementing six, interfaces
// inherited through superclasses and superinterfaces, one method declared by two unrelated
// interfaces and implemented once, the same method at different itable positions per class, and
// polymorphic invokeinterface sites in a loop.
public class ManyInterfaces {
    interface A { int a(); }
    interface B { int b(); }
    interface C { int c(); }
    interface D extends A, B { int d(); }
    interface E { int same(); int e(); }
    interface F { int same(); }
    interface G extends C, E, F { }

    static class One implements A, B, C, E, F, G {
        public int a() { return 1; }
        public int b() { return 2; }
        public int c() { return 3; }
        public int e() { return 5; }
        public int same() { return 50; }
    }
    static class Two implements D {
        public int d() { return 40; }
        public int a() { return 10; }
        public int b() { return 20; }
    }
    static class Three extends Two implements G {
        public int c() { return 300; }
        public int e() { return 500; }
        public int same() { return 5000; }
        @Override public int a() { return 100; }
    }
    static class Four implements F, E, C, B, A {
        int calls;
        public int same() { calls++; return -1; }
        public int e() { calls++; return -5; }
        public int c() { calls++; return -3; }
        public int b() { calls++; return -2; }
        public int a() { calls++; return -1; }
    }
    static class Five extends Three { public int b() { return 2000 + super.b(); } }

    static int sumA(A[] xs) { int s = 0; for (A x : xs) s += x.a(); return s; }

    public static void main(String[] args) {
        Object[] objs = { new One(), new Two(), new Three(), new Four(), new Five() };
        for (Object o : objs) {
            String s = o.getClass().getSimpleName() + ":";
            if (o instanceof A x) s += " a=" + x.a();
            if (o instanceof B x) s += " b=" + x.b();
            if (o instanceof C x) s += " c=" + x.c();
            if (o instanceof D x) s += " d=" + x.d();
            if (o instanceof E x) s += " e=" + x.e() + " E.same=" + x.same();
            if (o instanceof F x) s += " F.same=" + x.same();
            if (o instanceof G) s += " G";
            System.out.println(s);
        }
        A[] as = { new One(), new Two(), new Three(), new Four(), new Five(), new One() };
        System.out.println("sum a " + sumA(as));
        int total = 0;
        for (int round = 0; round < 1000; round++) {
            Object o = objs[round % objs.length];
            if (o instanceof E e) total += e.e();
            if (o instanceof F f) total += f.same();
            if (o instanceof B b) total ^= b.b();
            if (o instanceof D d) total += d.d() + d.a();
        }
        System.out.println("polymorphic loop total " + total + " four.calls " + ((Four) objs[3]).calls);
        G g = new Five();
        E e = g;
        F f = g;
        C c = g;
        System.out.println("views of Five: " + g.same() + " " + e.same() + " " + f.same() + " " + c.c() + " " + ((D) g).b());
    }
}
