// Uncaught exception handlers: a thread's own handler is called with the thread and the
// exception (no default report), the default handler catches the others, a thread's own handler
// wins over the default, the handler runs on the dying thread, and an exception thrown by a
// handler itself is ignored.
public class ThrUncaughtHandler {
    public static void main(String[] args) throws InterruptedException {
        System.out.println("default handler initially: " + Thread.getDefaultUncaughtExceptionHandler());
        Thread t1 = new Thread(() -> {
            throw new IllegalArgumentException("first");
        }, "one");
        System.out.println("a thread without its own handler answers its group: " + (t1.getUncaughtExceptionHandler() != null));
        t1.setUncaughtExceptionHandler((t, e) -> System.out.println("own handler: " + t.getName() + " threw "
                + e.getClass().getSimpleName() + " (" + e.getMessage() + "), running on "
                + Thread.currentThread().getName() + ", same thread " + (t == Thread.currentThread())));
        t1.start();
        t1.join();

        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default handler: " + t.getName()
                + " threw " + e.getMessage()));
        Thread t2 = new Thread(() -> {
            throw new UnsupportedOperationException("second");
        });
        t2.start();
        t2.join();

        Thread t3 = new Thread(() -> {
            throw new RuntimeException("third");
        }, "three");
        t3.setUncaughtExceptionHandler((t, e) -> System.out.println("own handler wins for " + t.getName()));
        t3.start();
        t3.join();

        Thread t4 = new Thread(() -> {
            throw new RuntimeException("fourth");
        }, "four");
        t4.setUncaughtExceptionHandler((t, e) -> {
            System.out.println("handler about to throw");
            throw new IllegalStateException("from the handler");
        });
        t4.start();
        t4.join();
        System.out.println("four alive: " + t4.isAlive());

        Thread.setDefaultUncaughtExceptionHandler(null);
        System.out.println("default handler reset: " + (Thread.getDefaultUncaughtExceptionHandler() == null));
        System.out.println("main ends");
    }
}
