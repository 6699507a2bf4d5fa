// getUncaughtExceptionHandler of a thread without its own handler: HotSpot returns the thread's
// ThreadGroup (never null while the thread is alive or new); the device returns null.
public class HandlerGroup {
    public static void main(String[] args) {
        Thread t = new Thread(() -> {});
        System.out.println(t.getUncaughtExceptionHandler() != null);
        System.out.println(Thread.currentThread().getUncaughtExceptionHandler() != null);
    }
}
