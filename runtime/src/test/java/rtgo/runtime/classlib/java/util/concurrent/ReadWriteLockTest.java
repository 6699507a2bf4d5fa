package rtgo.runtime.classlib.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import rtgo.runtime.classlib.java.util.concurrent.atomic.TAtomicInteger;
import rtgo.runtime.classlib.java.util.concurrent.locks.TCondition;
import rtgo.runtime.classlib.java.util.concurrent.locks.TReentrantReadWriteLock;

/** ReentrantReadWriteLock: shared readers, exclusive writers, reentrancy, downgrade, conditions. */
@Timeout(30)
class ReadWriteLockTest {
    @Test
    void readersShareWritersExclude() throws InterruptedException {
        TReentrantReadWriteLock rw = new TReentrantReadWriteLock();
        TAtomicInteger readersInside = new TAtomicInteger();
        TAtomicInteger mostReaders = new TAtomicInteger();
        TAtomicInteger badWrites = new TAtomicInteger();
        int[] data = new int[2];
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            final boolean writer = k < 2;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    if (writer) {
                        rw.writeLock().lock();
                        try {
                            if (readersInside.get() != 0) {
                                badWrites.incrementAndGet();
                            }
                            data[0]++;
                            Thread.yield();
                            data[1]++;
                        } finally {
                            rw.writeLock().unlock();
                        }
                    } else {
                        rw.readLock().lock();
                        try {
                            mostReaders.accumulateAndGet(readersInside.incrementAndGet(), Math::max);
                            if (data[0] != data[1]) {
                                badWrites.incrementAndGet();
                            }
                            Thread.yield();
                            readersInside.decrementAndGet();
                        } finally {
                            rw.readLock().unlock();
                        }
                    }
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(0, badWrites.get());
        assertEquals(600, data[0]);
        assertTrue(mostReaders.get() >= 1);
        assertEquals(0, rw.getReadLockCount());
        assertFalse(rw.isWriteLocked());
    }

    @Test
    void reentrancyDowngradeAndErrors() throws InterruptedException {
        TReentrantReadWriteLock rw = new TReentrantReadWriteLock();
        rw.writeLock().lock();
        rw.writeLock().lock();
        assertEquals(2, rw.getWriteHoldCount());
        rw.readLock().lock();
        assertEquals(1, rw.getReadHoldCount());
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        assertFalse(rw.isWriteLocked());
        assertTrue(rw.toString().endsWith("[Write locks = 0, Read locks = 1]"));
        boolean[] got = new boolean[3];
        Thread other = new Thread(() -> {
            got[0] = rw.readLock().tryLock();
            rw.readLock().unlock();
            got[1] = rw.writeLock().tryLock();
            try {
                got[2] = rw.writeLock().tryLock(10, TTimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        other.start();
        other.join();
        assertTrue(got[0]);
        assertFalse(got[1]);
        assertFalse(got[2]);
        rw.readLock().unlock();
        assertEquals("attempt to unlock read lock, not locked by current thread",
                assertThrows(IllegalMonitorStateException.class, () -> rw.readLock().unlock()).getMessage());
        assertThrows(IllegalMonitorStateException.class, () -> rw.writeLock().unlock());
        assertThrows(UnsupportedOperationException.class, () -> rw.readLock().newCondition());
        assertTrue(rw.writeLock().tryLock());
        assertTrue(rw.writeLock().isHeldByCurrentThread());
        assertTrue(rw.writeLock().toString().endsWith("[Locked by thread " + Thread.currentThread().getName() + "]"));
        rw.writeLock().unlock();
    }

    @Test
    void writeLockConditionsWork() throws InterruptedException {
        TReentrantReadWriteLock rw = new TReentrantReadWriteLock();
        TCondition c = rw.writeLock().newCondition();
        boolean[] flag = new boolean[1];
        Thread waiter = new Thread(() -> {
            rw.writeLock().lock();
            try {
                while (!flag[0]) {
                    c.await();
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            } finally {
                rw.writeLock().unlock();
            }
        });
        waiter.start();
        Thread.sleep(10);
        rw.writeLock().lock();
        flag[0] = true;
        c.signalAll();
        rw.writeLock().unlock();
        waiter.join();
        assertFalse(rw.isWriteLocked());
    }
}
