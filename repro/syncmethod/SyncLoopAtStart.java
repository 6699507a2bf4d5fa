// A synchronized method whose body starts with a loop: the loop's back edge jumps to the method's
// first label, which the front end's rewrite (SynchronizedMethods) places before the inserted
// monitorenter, so every iteration enters the monitor again and the method returns still owning
// it. HotSpot: "held after return: false"; the device: true (and any other thread that locks it
// then blocks for ever).
public class SyncLoopAtStart {
    static synchronized int countDown(int n) {
        while (n > 0) n--;
        return n;
    }

    synchronized void instanceLoop(int n) {
        for (; n > 0; n--) {
        }
    }

    public static void main(String[] args) throws InterruptedException {
        countDown(3);
        System.out.println("held after return: " + Thread.holdsLock(SyncLoopAtStart.class));
        SyncLoopAtStart o = new SyncLoopAtStart();
        o.instanceLoop(2);
        System.out.println("instance held after return: " + Thread.holdsLock(o));
        Thread t = new Thread(() -> {
            synchronized (o) {
                System.out.println("other thread locked it");
            }
        });
        t.start();
        t.join();
    }
}
