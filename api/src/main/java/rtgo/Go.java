package rtgo;

/**
 * Go's {@code go} statement: {@code Go.go(() -> work(ch))} runs the lambda in a new thread.
 */
public final class Go {
    private Go() {}

    /**
     * Starts {@code r} in a new thread and returns it. The thread is a daemon: as in Go, the
     * program ends when main ends (and every other non-daemon thread), whatever goroutines are still
     * running or blocked. It is an ordinary Java thread, named as {@code new Thread(r)} names it
     * ({@code Thread-0}, {@code Thread-1}...); an exception it does not catch is reported as Java
     * reports it, and the other threads go on.
     */
    public static Thread go(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
