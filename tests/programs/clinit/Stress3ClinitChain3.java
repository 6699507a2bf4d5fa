// Three initialisers in a chain, reached from the third frame of main's call chain: A's <clinit>
// calls a helper that touches B, B's <clinit> touches C, and C's <clinit> fails in a helper that
// divides by zero. The ExceptionInInitializerError is created in B's <clinit>, so its trace is
// B.<clinit>, A.helper, A.<clinit>, then the callers; the cause shares those frames ("... n more").
public class Stress3ClinitChain3 {
    static int zero;

    static class A {
        static int a = helper(2);

        static int helper(int k) {
            return k + B.b;
        }
    }

    static class B {
        static int b = 10 + C.c;
    }

    static class C {
        static int c = ratio(7);

        static int ratio(int n) {
            System.out.println("C.ratio " + n);
            return n / zero;
        }
    }

    static int second(int d) {
        return d + A.a;
    }

    static int first(int d) {
        return second(d + 1) * 2;
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(first(1));
    }
}
