package rtgo.runtime.classlib.rtgo;

/*
 * TGo: rtgo.Go on the device (a static substitute).
 *
 * Design note. A goroutine is a green thread, named and numbered as new Thread(r) is on HotSpot
 * (Thread-0, Thread-1...), so programs print the same names on both. It is a daemon, as Go's
 * goroutines are: the program ends when main (and every non-daemon thread) has ended.
 */
/** rtgo.Go: starts goroutines. */
public final class TGo {
    private TGo() {}

    /** Starts r in a new daemon thread and returns the thread. */
    public static Thread go(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
