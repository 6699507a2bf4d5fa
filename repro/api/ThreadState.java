// Thread.getState and the Thread.State enum are missing on the device (a build error).
public class ThreadState {
    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {});
        System.out.println(t.getState());
        t.start();
        t.join();
        System.out.println(t.getState() + " " + Thread.State.values().length);
    }
}
