// Unbounded recursion inside a static initialiser: StackOverflowError is an Error, so the JVM does
// not wrap it in ExceptionInInitializerError (JLS 12.4.2) and the first line names it directly.
// The initialiser is first reached from the third iteration of a loop in main.
public class StressClinitOverflow {
    static class Runaway {
        static int value = spin(1);

        static int spin(int n) {
            return spin(n + 1) + n;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("iteration " + i);
            if (i == 2) System.out.println(Runaway.value);
        }
    }
}
