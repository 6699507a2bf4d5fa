// Static calls to tiny methods of classes whose initialisers print: inlining the call must keep the
// class initialisation where the call was, so the output order matches HotSpot's, including a
// call inside a loop (initialised at the first iteration only) and an initialiser that throws.
public class InlineClinitOrder {
    static class A {
        static int base;

        static {
            System.out.println("A initialised");
            base = 10;
        }

        static int plus(int x) {
            return base + x;
        }
    }

    static class B {
        static {
            System.out.println("B initialised");
        }

        static int twice(int x) {
            return 2 * x;
        }
    }

    static class Bad {
        static int v = compute();

        static int compute() {
            System.out.println("Bad initialising");
            throw new IllegalStateException("no");
        }

        static int id(int x) {
            return x;
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        int s = 0;
        for (int i = 0; i < 3; i++) {
            System.out.println("iteration " + i);
            s += B.twice(i);
            if (i == 1) {
                s += A.plus(i);
            }
        }
        System.out.println("s " + s);
        try {
            System.out.println(Bad.id(3));
        } catch (ExceptionInInitializerError e) {
            System.out.println("caught " + e.getCause());
            e.printStackTrace();
        }
        try {
            System.out.println(Bad.id(4));
        } catch (NoClassDefFoundError e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
