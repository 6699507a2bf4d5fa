// An initialiser that triggers a second class's initialiser, which indexes out of bounds. Only
// the innermost failure is a cause: the outer initialiser sees an ExceptionInInitializerError,
// an Error, which the JVM passes on unwrapped, so the report has exactly one "Caused by" line.
public class NestedClinitFails {
    static class Outer {
        static int value = Inner.table[0] + 1;
    }

    static class Inner {
        static int[] table = build(3);

        static int[] build(int n) {
            int[] t = new int[n];
            for (int i = 0; i <= n; i++) {
                t[i] = i * 7;
            }
            return t;
        }
    }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(Outer.value);
    }
}
