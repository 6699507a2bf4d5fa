// Static members reached through a subclass: getstatic Sub.base and invokestatic Sub.twice resolve
// to Base's members, and the JVM initialises only the declaring class (JVMS 5.5), so Sub's failing
// initialiser must not run until Sub's own field is read. Then the report is Sub's
// ExceptionInInitializerError with the division by zero as its cause.
public class Stress3InheritedStatic {
    static int zero;

    static int log(String s, int v) {
        System.out.println("init " + s);
        return v;
    }

    static class Base {
        static int base = log("Base", 5);

        static int twice(int v) {
            return v * 2;
        }
    }

    static class Sub extends Base {
        static int own = log("Sub", 100 / zero);
    }

    static class SubSub extends Sub {
        static int deeper = 7;
    }

    public static void main(String[] args) {
        System.out.println("base " + Sub.base);
        System.out.println("twice " + Sub.twice(4) + " " + SubSub.twice(5));
        System.out.println("base again " + SubSub.base);
        System.out.println("deeper " + SubSub.deeper);
    }
}
