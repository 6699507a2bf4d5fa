// Rejected in milestone 1: synchronized blocks (monitorenter/monitorexit; there is one thread and
// no object headers with locks yet).
public class SynchronizedBlock {
    static int[] lock = { 0 };
    static int count;

    public static void main(String[] a) {
        System.out.println("start");
        synchronized (lock) { count++; } // ERROR: synchronized
        System.out.println(count);
    }
}
