// java.lang.ThreadLocal is missing on the device (a build error).
public class ThreadLocalUse {
    static final ThreadLocal<Integer> id = ThreadLocal.withInitial(() -> 7);

    public static void main(String[] args) throws InterruptedException {
        id.set(1);
        Thread t = new Thread(() -> System.out.println("in thread " + id.get()));
        t.start();
        t.join();
        System.out.println("in main " + id.get());
    }
}
