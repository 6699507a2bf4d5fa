// ReentrantReadWriteLock guarding a cache: four reader threads look values up under the read
// lock while a writer fills missing ones under the write lock (reads always see a complete
// entry); then the lock's rules: reentrant write holds, a read lock taken by the writer
// (downgrade), tryLock from another thread, hold counts, the read lock's missing conditions and
// unlocking what is not held.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class JucReadWriteCache {
    static final ReentrantReadWriteLock RW = new ReentrantReadWriteLock();
    static final Map<Integer, Long> CACHE = new HashMap<>();
    static final AtomicInteger HITS = new AtomicInteger();
    static final AtomicInteger MISSES = new AtomicInteger();

    static long slowSquare(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += n;
        }
        return s;
    }

    static long lookup(int key) {
        RW.readLock().lock();
        try {
            Long v = CACHE.get(key);
            if (v != null) {
                HITS.incrementAndGet();
                return v;
            }
        } finally {
            RW.readLock().unlock();
        }
        RW.writeLock().lock();
        try {
            Long v = CACHE.get(key);
            if (v == null) {
                MISSES.incrementAndGet();
                v = slowSquare(key);
                CACHE.put(key, v);
            } else {
                HITS.incrementAndGet();
            }
            return v;
        } finally {
            RW.writeLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long[] sums = new long[4];
        List<Thread> ts = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            final int id = r;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    sums[id] += lookup((i * 7 + id) & 31);
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        long check = 0;
        for (int id = 0; id < 4; id++) {
            for (int i = 0; i < 200; i++) {
                int k = (i * 7 + id) & 31;
                check += (long) k * k;
            }
        }
        System.out.println("sums " + (sums[0] + sums[1] + sums[2] + sums[3]) + " expected " + check + ", lookups " + (HITS.get() + MISSES.get()) + ", misses " + MISSES.get() + ", cached " + CACHE.size());

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.writeLock().lock();
        rw.writeLock().lock();
        rw.readLock().lock();
        System.out.println("write holds " + rw.getWriteHoldCount() + ", read holds " + rw.getReadHoldCount() + ", write locked by me " + rw.isWriteLockedByCurrentThread());
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        System.out.println("downgraded: write locked " + rw.isWriteLocked() + ", read locks " + rw.getReadLockCount());
        boolean[] other = new boolean[2];
        Thread t = new Thread(() -> {
            other[0] = rw.readLock().tryLock();
            if (other[0]) {
                rw.readLock().unlock();
            }
            other[1] = rw.writeLock().tryLock();
        });
        t.start();
        t.join();
        System.out.println("other thread: read tryLock " + other[0] + ", write tryLock " + other[1]);
        rw.readLock().unlock();
        try {
            rw.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            rw.readLock().newCondition();
        } catch (UnsupportedOperationException e) {
            System.out.println("read lock condition: UnsupportedOperationException");
        }
        System.out.println("fair " + rw.isFair() + " / " + new ReentrantReadWriteLock(true).isFair() + ", write held by me " + rw.writeLock().isHeldByCurrentThread());
    }
}
