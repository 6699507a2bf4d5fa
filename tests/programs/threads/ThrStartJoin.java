// Thread basics: main's name, isAlive before start / while blocked / after join, run() on the
// thread object, join on a finished thread returning at once, and results read after join.
public class ThrStartJoin {
    static final Object gate = new Object();
    static boolean open;
    static int result;

    public static void main(String[] args) throws InterruptedException {
        System.out.println("main thread: " + Thread.currentThread().getName());
        Thread t = new Thread(() -> {
            synchronized (gate) {
                while (!open) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                }
            }
            int s = 0;
            for (int i = 1; i <= 100; i++) s += i;
            result = s;
            System.out.println("worker ran as " + Thread.currentThread().getName());
        });
        System.out.println("alive before start: " + t.isAlive());
        t.start();
        System.out.println("alive while blocked: " + t.isAlive());
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
        t.join();
        System.out.println("alive after join: " + t.isAlive());
        System.out.println("result " + result);
        t.join();
        t.join(10);
        System.out.println("second join returned");
        Thread self = Thread.currentThread();
        System.out.println("main alive: " + self.isAlive() + ", same object: " + (self == Thread.currentThread()));
    }
}
