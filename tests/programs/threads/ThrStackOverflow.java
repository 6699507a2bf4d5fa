// Per-thread stack overflow: a thread recursing without end gets a StackOverflowError in that
// thread, which it catches ("caught"), and can still call methods afterwards; main and a second
// thread are untouched. (An uncaught overflow in a thread is left out: HotSpot's report lists
// 1024 frames, which the corpus comparison drops only for main's report.)
public class ThrStackOverflow {
    static int down(int n) {
        return down(n + 1) + 1;
    }

    static int depthReached;

    static int measure(int n) {
        depthReached = n;
        return measure(n + 1) + n;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                down(0);
                System.out.println("returned?");
            } catch (StackOverflowError e) {
                System.out.println("caught");
            }
            System.out.println("after the overflow the thread still works: " + fib(15));
        });
        t.start();
        t.join();
        Thread m = new Thread(() -> {
            try {
                measure(0);
            } catch (StackOverflowError e) {
                System.out.println("deep enough: " + (depthReached > 50));
            }
        });
        m.start();
        m.join();
        System.out.println("main still fine: " + fib(10));
        System.out.println("main ends");
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }
}
