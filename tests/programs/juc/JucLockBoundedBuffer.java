// ReentrantLock and two Conditions as a bounded buffer shared by two producers and two consumers;
// then the lock's own rules: reentrancy (getHoldCount), tryLock from another thread, tryLock with
// a timeout, isHeldByCurrentThread, unlock by a thread that does not hold it
// (IllegalMonitorStateException), a timed Condition.await that times out, and await without the lock.
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

public class JucLockBoundedBuffer {
    static final class Buffer {
        private final int[] items = new int[3];
        private int head;
        private int count;
        private final Lock lock = new ReentrantLock();
        private final Condition notFull = lock.newCondition();
        private final Condition notEmpty = lock.newCondition();

        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) {
                    notFull.await();
                }
                items[(head + count) % items.length] = x;
                count++;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) {
                    notEmpty.await();
                }
                int x = items[head];
                head = (head + 1) % items.length;
                count--;
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Buffer buf = new Buffer();
        long[] sums = new long[2];
        int[] counts = new int[2];
        Thread[] threads = new Thread[4];
        for (int p = 0; p < 2; p++) {
            final int base = p * 1000;
            threads[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= 100; i++) {
                        buf.put(base + i);
                    }
                    buf.put(-1);
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                }
            });
        }
        for (int c = 0; c < 2; c++) {
            final int id = c;
            threads[2 + c] = new Thread(() -> {
                try {
                    for (int x; (x = buf.take()) != -1;) {
                        sums[id] += x;
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    System.out.println("interrupted");
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("items " + (counts[0] + counts[1]) + ", sum " + (sums[0] + sums[1]));

        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println("holds " + lock.getHoldCount() + ", held by me " + lock.isHeldByCurrentThread() + ", locked " + lock.isLocked());
        boolean[] other = new boolean[3];
        Thread t = new Thread(() -> {
            other[0] = lock.tryLock();
            try {
                other[1] = lock.tryLock(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
            try {
                lock.unlock();
            } catch (IllegalMonitorStateException e) {
                other[2] = true;
            }
        });
        t.start();
        t.join();
        System.out.println("other thread: tryLock " + other[0] + ", tryLock(20 ms) " + other[1] + ", unlock threw IllegalMonitorStateException " + other[2]);
        lock.unlock();
        System.out.println("holds after one unlock " + lock.getHoldCount());
        Condition c = lock.newCondition();
        long t0 = System.nanoTime();
        boolean signalled = c.await(15, TimeUnit.MILLISECONDS);
        System.out.println("await(15 ms): " + signalled + ", at least 15 ms " + ((System.nanoTime() - t0) >= 15_000_000L) + ", holds " + lock.getHoldCount());
        lock.unlock();
        System.out.println("held by me " + lock.isHeldByCurrentThread() + ", locked " + lock.isLocked());
        try {
            c.await();
        } catch (IllegalMonitorStateException e) {
            System.out.println("await without the lock: " + e);
        }
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock when free: " + e);
        }
    }
}
