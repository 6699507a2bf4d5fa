// Field hiding (fields are chosen by the static type, methods by the dynamic type), static method
// hiding (chosen by the static type, even through a null reference), super.method() and super.field
// reaching the direct superclass's version two levels up, and private methods that a subclass's
// method of the same name does not override.
public class HidingAndSuper {
    static class A {
        int x = 1;
        static String who() { return "A.who"; }
        String name() { return "A"; }
        private String secret() { return "A.secret"; }
        String callSecret() { return secret() + "/" + name(); }
        String chain() { return "A.chain"; }
    }

    static class B extends A {
        int x = 2;
        static String who() { return "B.who"; }
        @Override String name() { return "B"; }
        String secret() { return "B.secret"; } // not an override: A.secret is private
        @Override String chain() { return "B.chain>" + super.chain(); }
        int superX() { return super.x * 10 + x; }
    }

    static class C extends B {
        int x = 3;
        @Override String name() { return "C(" + super.name() + ")"; }
        @Override String chain() { return "C.chain>" + super.chain(); }
        String all() { return x + "," + super.x + "," + ((A) this).x + "," + ((B) this).x; }
        void setAll(int v) {
            x = v;
            super.x = v + 1;
            ((A) this).x = v + 2;
        }
    }

    public static void main(String[] args) {
        C c = new C();
        B bc = c;
        A ac = c;
        System.out.println("fields by static type: " + c.x + " " + bc.x + " " + ac.x);
        System.out.println("methods by dynamic type: " + c.name() + " " + bc.name() + " " + ac.name());
        System.out.println("super chain: " + ac.chain());
        System.out.println("private not overridden: " + ac.callSecret() + " | " + bc.secret());
        System.out.println("all views: " + c.all() + " superX " + c.superX());
        c.setAll(40);
        System.out.println("after setAll: " + c.all() + " superX " + c.superX());

        System.out.println("static hiding: " + A.who() + " " + B.who());
        A nullA = null;
        B nullB = null;
        // Static calls through a reference use only its static type and never dereference it.
        System.out.println("through null: " + nullA.who() + " " + nullB.who());
        A reallyB = new B();
        System.out.println("through a B typed A: " + reallyB.who() + " " + reallyB.x + " " + ((B) reallyB).x);

        A[] arr = { new A(), new B(), new C() };
        String s = "";
        int sum = 0;
        for (A a : arr) {
            s += a.name() + ":" + a.callSecret() + ":" + a.chain() + " ";
            sum += a.x;
        }
        System.out.println(s);
        System.out.println("sum of A.x " + sum);
    }
}
