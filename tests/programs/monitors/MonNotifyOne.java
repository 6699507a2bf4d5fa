// notify() wakes exactly one waiter at a time: six threads wait on one monitor for a permit;
// main hands out one permit per notify and waits until that single waiter has reported before
// the next, so each notify is seen to release one thread and the rest stay parked.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class MonNotifyOne {
    static final Object lock = new Object();
    static int waiting, permits;
    static final List<String> served = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                synchronized (lock) {
                    waiting++;
                    lock.notifyAll();
                    while (permits == 0) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    permits--;
                    waiting--;
                    served.add(Thread.currentThread().getName());
                    lock.notifyAll();
                }
            }, "w" + i);
            ts[i].start();
        }
        StringBuilder trace = new StringBuilder();
        synchronized (lock) {
            while (waiting < 6) lock.wait();
            for (int round = 1; round <= 6; round++) {
                permits = 1;
                lock.notify();
                while (served.size() < round) lock.wait();
                trace.append(served.size()).append('/').append(waiting).append(' ');
            }
        }
        for (Thread t : ts) t.join();
        Collections.sort(served);
        System.out.println("served/still waiting after each notify: " + trace.toString().trim());
        System.out.println("served " + served);
    }
}
