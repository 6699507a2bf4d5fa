// A synchronized method that calls wait() and is later left normally: the monitor must be free
// afterwards. Here a producer's last put() leaves the monitor owned by a finished thread.
public class SyncMethodWait {
    static final class Slot {
        private int value;
        private boolean full;

        synchronized void put(int v) throws InterruptedException {
            while (full) wait();
            value = v;
            full = true;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (!full) wait();
            full = false;
            notifyAll();
            return value;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Slot slot = new Slot();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 3; i++) slot.put(i);
            } catch (InterruptedException e) {
                return;
            }
        }, "producer");
        producer.start();
        int sum = 0;
        for (int i = 0; i < 3; i++) sum += slot.take();
        producer.join();
        System.out.println("sum " + sum + ", free: " + !Thread.holdsLock(slot));
        synchronized (slot) {
            System.out.println("main can lock the slot");
        }
    }
}
