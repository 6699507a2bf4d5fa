// An uncaught exception in a thread other than main: the default report on the console
// (Exception in thread "Thread-0" java.lang.RuntimeException: boom and its stack), the thread
// dies, the other threads go on and the program exits with status 0.
public class ThrUncaught {
    static void fail(String what) {
        throw new RuntimeException(what);
    }

    public static void main(String[] args) throws InterruptedException {
        Thread bad = new Thread(() -> fail("boom"));
        bad.start();
        bad.join();
        System.out.println("bad alive: " + bad.isAlive());
        Thread good = new Thread(() -> System.out.println("another thread still runs"));
        good.start();
        good.join();
        Thread named = new Thread(() -> {
            int[] a = new int[2];
            int i = 2;
            a[i] = 1;
        }, "indexer");
        named.start();
        named.join();
        Thread npe = new Thread(() -> {
            String s = null;
            System.out.println(s.length());
        }, "nuller");
        npe.start();
        npe.join();
        Thread err = new Thread(() -> {
            throw new Error("an error, not an exception");
        });
        err.start();
        err.join();
        System.out.println("main ends normally");
    }
}
