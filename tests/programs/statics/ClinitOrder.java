// Class initialisation exactly as the JVM specifies (JVMS 5.5): lazily, on the first getstatic,
// putstatic or invokestatic of a class, once; the main class before main; compile-time constants
// do not trigger it; a class that is never used is never initialised; <clinit> runs field
// initialisers and static blocks in source order.
public class ClinitOrder {
    static int mainField = trace("ClinitOrder.<clinit> field", 1);

    static {
        System.out.println("ClinitOrder static block, mainField=" + mainField);
    }

    static int trace(String what, int v) {
        System.out.println("  " + what + " -> " + v);
        return v;
    }

    static class ByMethod {
        static int calls = trace("ByMethod.calls", 100);
        static { System.out.println("ByMethod static block"); }
        static int call() { return ++calls; }
    }

    static class ByRead {
        static final int CONSTANT = 7;
        static int value = trace("ByRead.value", 200);
        static { System.out.println("ByRead static block"); }
    }

    static class ByWrite {
        static int value = trace("ByWrite.value", 300);
        static { System.out.println("ByWrite static block, value=" + value); }
    }

    static class Never {
        static int value = trace("Never.value", 400);
        static final int CONSTANT = 8;
    }

    static class Chain1 {
        static int v = trace("Chain1.v (needs Chain2)", Chain2.v + 1);
    }

    static class Chain2 {
        static int v = trace("Chain2.v (needs Chain3)", Chain3.v + 1);
    }

    static class Chain3 {
        static int v = trace("Chain3.v", 10);
    }

    static class Order {
        static int a = trace("Order.a", 1);
        static { System.out.println("Order block 1, a=" + a + " b=" + Order.b); }
        static int b = trace("Order.b", 2);
        static { System.out.println("Order block 2, a=" + a + " b=" + b); }
        static final int FINAL_COMPUTED = trace("Order.FINAL_COMPUTED", a + b);
    }

    static class InLoop {
        static int counter = trace("InLoop.counter", 0);
        static int next() { return counter++; }
    }

    public static void main(String[] a) {
        System.out.println("main starts");
        System.out.println("constants: " + ByRead.CONSTANT + " " + Never.CONSTANT);
        System.out.println("before ByMethod");
        System.out.println("ByMethod.call() = " + ByMethod.call());
        System.out.println("ByMethod.call() = " + ByMethod.call());
        System.out.println("before ByRead");
        int r = ByRead.value;
        System.out.println("ByRead.value = " + r);
        System.out.println("before ByWrite");
        ByWrite.value = 5;
        System.out.println("ByWrite.value = " + ByWrite.value);
        System.out.println("before Chain1");
        System.out.println("Chain1.v = " + Chain1.v + ", Chain2.v = " + Chain2.v + ", Chain3.v = " + Chain3.v);
        System.out.println("before Order");
        System.out.println("Order.FINAL_COMPUTED = " + Order.FINAL_COMPUTED);
        System.out.println("before InLoop");
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            System.out.println("iteration " + i);
            sum += InLoop.next();
        }
        System.out.println("sum " + sum + ", mainField " + mainField);
        boolean skip = a.length > 100;
        if (skip) System.out.println(Never.value);
        System.out.println("main ends");
    }
}
