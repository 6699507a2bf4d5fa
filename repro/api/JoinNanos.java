// Thread.join(long, int) is missing on the device (a build error).
public class JoinNanos {
    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {});
        t.start();
        t.join(1, 500);
        t.join();
        System.out.println("done");
    }
}
