// Rejected in milestone 1: Thread.sleep (no threads and no substitute; the HAL has its own delays).
public class ThreadSleep {
    public static void main(String[] a) throws InterruptedException {
        System.out.println("before");
        Thread.sleep(10); // ERROR: sleep
        System.out.println("after");
    }
}
