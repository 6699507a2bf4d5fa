// notifyAll wakes every waiter, notify wakes exactly one: five threads wait on one monitor; a
// single notify releases one (counted), then notifyAll releases the remaining four. Each waiter
// records its name; main prints them sorted, so the wake order does not show.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class MonNotifyAll {
    static final Object lock = new Object();
    static int waiting;
    static int permits;
    static final List<String> woken = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        Thread[] ts = new Thread[5];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                synchronized (lock) {
                    waiting++;
                    lock.notifyAll();      // tell main one more is waiting
                    while (permits == 0) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    permits--;
                    woken.add(Thread.currentThread().getName());
                    lock.notifyAll();
                }
            }, "waiter" + i);
            ts[i].start();
        }
        synchronized (lock) {
            while (waiting < 5) lock.wait();
            permits = 1;
            lock.notify();
            while (woken.size() < 1) lock.wait();
            System.out.println("after one permit: " + woken.size() + " woken");
            permits = 4;
            lock.notifyAll();
        }
        for (Thread t : ts) t.join();
        Collections.sort(woken);
        System.out.println("woken: " + woken);
        synchronized (lock) {
            lock.notify();
            lock.notifyAll();
        }
        System.out.println("notify with no waiters is harmless");
    }
}
