// An uncaught exception handler that throws: HotSpot prints a blank line and
// 'Exception: java.lang.IllegalStateException thrown from the UncaughtExceptionHandler in thread "four"'
// on stderr; the device prints nothing.
public class HandlerThrows {
    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            throw new RuntimeException("fourth");
        }, "four");
        t.setUncaughtExceptionHandler((th, e) -> {
            throw new IllegalStateException("from the handler");
        });
        t.start();
        t.join();
        System.out.println("main ends");
    }
}
