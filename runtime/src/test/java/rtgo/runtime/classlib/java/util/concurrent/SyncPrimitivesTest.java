package rtgo.runtime.classlib.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import rtgo.runtime.classlib.java.util.concurrent.atomic.TAtomicBoolean;
import rtgo.runtime.classlib.java.util.concurrent.atomic.TAtomicInteger;
import rtgo.runtime.classlib.java.util.concurrent.atomic.TAtomicIntegerArray;
import rtgo.runtime.classlib.java.util.concurrent.atomic.TAtomicLong;
import rtgo.runtime.classlib.java.util.concurrent.atomic.TAtomicReference;
import rtgo.runtime.classlib.java.util.concurrent.locks.TCondition;
import rtgo.runtime.classlib.java.util.concurrent.locks.TReentrantLock;

/** TimeUnit, the atomics, latches, semaphores, barriers and locks, on host threads. */
@Timeout(30)
class SyncPrimitivesTest {
    static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    @Test
    void timeUnitMatchesTheJdk() {
        long[] samples = {0, 1, -1, 999, 1000, 1001, -1999, 59, 60, 3599, 86_400_123, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MAX_VALUE / 1000 + 1, -(Long.MAX_VALUE / 60), 9_223_372_036L};
        for (TTimeUnit a : TTimeUnit.values()) {
            TimeUnit ja = TimeUnit.valueOf(a.name());
            assertEquals(ja.ordinal(), a.ordinal());
            for (long d : samples) {
                for (TTimeUnit b : TTimeUnit.values()) {
                    assertEquals(ja.convert(d, TimeUnit.valueOf(b.name())), a.convert(d, b), a + " " + b + " " + d);
                }
                assertEquals(ja.toNanos(d), a.toNanos(d));
                assertEquals(ja.toMicros(d), a.toMicros(d));
                assertEquals(ja.toMillis(d), a.toMillis(d));
                assertEquals(ja.toSeconds(d), a.toSeconds(d));
                assertEquals(ja.toMinutes(d), a.toMinutes(d));
                assertEquals(ja.toHours(d), a.toHours(d));
                assertEquals(ja.toDays(d), a.toDays(d));
            }
        }
        assertEquals(2, TTimeUnit.MICROSECONDS.ceilMillis(1500));
        assertEquals(5000, TTimeUnit.SECONDS.ceilMillis(5));
    }

    @Test
    void timeUnitSleepWaitsAtLeastTheTime() throws InterruptedException {
        long t0 = System.nanoTime();
        TTimeUnit.MICROSECONDS.sleep(2500);
        assertTrue(System.nanoTime() - t0 >= 2_500_000);
        TTimeUnit.SECONDS.sleep(0);
    }

    @Test
    void atomicsCountAcrossThreads() throws InterruptedException {
        TAtomicInteger ai = new TAtomicInteger();
        TAtomicLong al = new TAtomicLong(1L << 40);
        TAtomicIntegerArray arr = new TAtomicIntegerArray(4);
        TAtomicReference<String> ref = new TAtomicReference<>("");
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            final int id = k;
            ts.add(start(() -> {
                for (int i = 0; i < 5000; i++) {
                    ai.incrementAndGet();
                    al.addAndGet(2);
                    arr.getAndIncrement(i & 3);
                    ai.updateAndGet(x -> x + 1);
                }
                ref.accumulateAndGet("" + id, (a, b) -> a + b);
            }));
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(40000, ai.get());
        assertEquals((1L << 40) + 40000, al.get());
        assertEquals("[5000, 5000, 5000, 5000]", arr.toString());
        assertEquals(4, ref.get().length());
        assertTrue(ai.compareAndSet(40000, 7));
        assertFalse(ai.compareAndSet(40000, 8));
        assertEquals(7, ai.getAndAdd(3));
        assertEquals(10, ai.intValue());
        assertEquals("10", ai.toString());
        assertEquals(100, ai.accumulateAndGet(10, (x, y) -> x * y));
        assertEquals(100, ai.getAndUpdate(x -> -x));
        assertEquals(-100, ai.compareAndExchange(5, 6));
        TAtomicBoolean ab = new TAtomicBoolean();
        assertTrue(ab.compareAndSet(false, true));
        assertTrue(ab.getAndSet(false));
        assertEquals("false", ab.toString());
        assertEquals("null", new TAtomicReference<Object>().toString());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> arr.get(4));
        assertEquals("[]", new TAtomicIntegerArray(0).toString());
        assertEquals("[1, 2]", new TAtomicIntegerArray(new int[] {1, 2}).toString());
        assertEquals(-5L, new TAtomicLong(-5).longValue());
        assertEquals((int) (1L << 40 | 3), new TAtomicLong(1L << 40 | 3).intValue());
    }

    @Test
    void countDownLatchOpensOnce() throws InterruptedException {
        TCountDownLatch gate = new TCountDownLatch(1);
        TCountDownLatch done = new TCountDownLatch(3);
        TAtomicInteger passed = new TAtomicInteger();
        for (int i = 0; i < 3; i++) {
            start(() -> {
                try {
                    gate.await();
                    passed.incrementAndGet();
                    done.countDown();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        Thread.sleep(20);
        assertEquals(0, passed.get());
        assertEquals(3, done.getCount());
        gate.countDown();
        done.await();
        assertEquals(3, passed.get());
        assertEquals(0, done.getCount());
        done.countDown();
        assertEquals(0, done.getCount());
        assertFalse(new TCountDownLatch(1).await(10, TTimeUnit.MILLISECONDS));
        assertThrows(IllegalArgumentException.class, () -> new TCountDownLatch(-1));
        assertTrue(done.toString().endsWith("[Count = 0]"));
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, done::await);
    }

    @Test
    void semaphoreLimitsConcurrency() throws InterruptedException {
        TSemaphore sem = new TSemaphore(2);
        TAtomicInteger inside = new TAtomicInteger();
        TAtomicInteger most = new TAtomicInteger();
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            ts.add(start(() -> {
                try {
                    for (int i = 0; i < 20; i++) {
                        sem.acquire();
                        int now = inside.incrementAndGet();
                        most.accumulateAndGet(now, Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                        sem.release();
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : ts) {
            t.join();
        }
        assertTrue(most.get() <= 2);
        assertEquals(2, sem.availablePermits());
        assertTrue(sem.tryAcquire(2));
        assertFalse(sem.tryAcquire());
        assertFalse(sem.tryAcquire(5, TTimeUnit.MILLISECONDS));
        sem.release(3);
        assertEquals(3, sem.drainPermits());
        assertThrows(IllegalArgumentException.class, () -> sem.acquire(-1));
        TSemaphore neg = new TSemaphore(-2);
        assertEquals(-2, neg.drainPermits());
        assertTrue(neg.toString().endsWith("[Permits = 0]"));
    }

    @Test
    void cyclicBarrierTripsAndRunsItsAction() throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        TAtomicInteger phase = new TAtomicInteger();
        TCyclicBarrier b = new TCyclicBarrier(3, () -> log.add("trip " + phase.getAndIncrement()));
        List<Integer> indexes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            ts.add(start(() -> {
                try {
                    for (int p = 0; p < 4; p++) {
                        indexes.add(b.await());
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(List.of("trip 0", "trip 1", "trip 2", "trip 3"), log);
        Collections.sort(indexes);
        assertEquals(List.of(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2), indexes);
        assertEquals(3, b.getParties());
        assertEquals(0, b.getNumberWaiting());

        TCyclicBarrier two = new TCyclicBarrier(2);
        List<Throwable> seen = Collections.synchronizedList(new ArrayList<>());
        Thread w = start(() -> {
            try {
                two.await();
            } catch (Exception e) {
                seen.add(e);
            }
        });
        while (two.getNumberWaiting() == 0) {
            Thread.sleep(1);
        }
        assertThrows(TimeoutException.class, () -> new TCyclicBarrier(2).await(5, TTimeUnit.MILLISECONDS));
        two.reset();
        w.join();
        assertTrue(seen.get(0) instanceof BrokenBarrierException);
        assertFalse(two.isBroken());

        TCyclicBarrier bad = new TCyclicBarrier(1, () -> {
            throw new IllegalStateException("action");
        });
        assertThrows(IllegalStateException.class, bad::await);
        assertTrue(bad.isBroken());
        assertThrows(BrokenBarrierException.class, bad::await);
        assertThrows(IllegalArgumentException.class, () -> new TCyclicBarrier(0));
    }

    @Test
    void reentrantLockExcludesAndReenters() throws InterruptedException {
        TReentrantLock lock = new TReentrantLock();
        int[] counter = new int[1];
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            ts.add(start(() -> {
                for (int i = 0; i < 2000; i++) {
                    lock.lock();
                    try {
                        lock.lock();
                        counter[0]++;
                        lock.unlock();
                    } finally {
                        lock.unlock();
                    }
                }
            }));
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(8000, counter[0]);
        assertThrows(IllegalMonitorStateException.class, lock::unlock);
        assertFalse(lock.isLocked());
        lock.lock();
        lock.lock();
        assertEquals(2, lock.getHoldCount());
        assertTrue(lock.isHeldByCurrentThread());
        assertTrue(lock.toString().endsWith("[Locked by thread " + Thread.currentThread().getName() + "]"));
        boolean[] got = new boolean[2];
        Thread other = start(() -> {
            got[0] = lock.tryLock();
            try {
                got[1] = lock.tryLock(10, TTimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            try {
                lock.unlock();
            } catch (IllegalMonitorStateException e) {
                got[0] = true;
            }
        });
        other.join();
        assertTrue(got[0]);
        assertFalse(got[1]);
        lock.unlock();
        lock.unlock();
        assertTrue(lock.toString().endsWith("[Unlocked]"));
        assertEquals(0, lock.getHoldCount());
    }

    @Test
    void lockInterruptiblyGivesUpOnInterrupt() throws InterruptedException {
        TReentrantLock lock = new TReentrantLock(true);
        assertTrue(lock.isFair());
        lock.lock();
        boolean[] interrupted = new boolean[1];
        Thread t = start(() -> {
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                interrupted[0] = true;
            }
        });
        while (!lock.hasQueuedThreads()) {
            Thread.sleep(1);
        }
        t.interrupt();
        t.join();
        assertTrue(interrupted[0]);
        lock.unlock();
    }

    @Test
    void conditionsMakeABoundedBuffer() throws InterruptedException {
        TReentrantLock lock = new TReentrantLock();
        TCondition notFull = lock.newCondition();
        TCondition notEmpty = lock.newCondition();
        int[] buf = new int[3];
        int[] state = new int[3]; // head, count, sum
        Thread producer = start(() -> {
            try {
                for (int i = 1; i <= 500; i++) {
                    lock.lock();
                    try {
                        while (state[1] == buf.length) {
                            notFull.await();
                        }
                        buf[(state[0] + state[1]) % buf.length] = i;
                        state[1]++;
                        notEmpty.signal();
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        for (int i = 0; i < 500; i++) {
            lock.lock();
            try {
                while (state[1] == 0) {
                    notEmpty.await();
                }
                state[2] += buf[state[0]];
                state[0] = (state[0] + 1) % buf.length;
                state[1]--;
                notFull.signalAll();
            } finally {
                lock.unlock();
            }
        }
        producer.join();
        assertEquals(125250, state[2]);
        lock.lock();
        long t0 = System.nanoTime();
        assertFalse(notEmpty.await(5, TTimeUnit.MILLISECONDS));
        assertTrue(System.nanoTime() - t0 >= 5_000_000);
        assertTrue(notEmpty.awaitNanos(1000) <= 0);
        assertEquals(1, lock.getHoldCount());
        assertEquals(0, lock.getWaitQueueLength(notEmpty));
        assertEquals("not owner", assertThrows(IllegalArgumentException.class,
                () -> lock.getWaitQueueLength(new TReentrantLock().newCondition())).getMessage());
        lock.unlock();
        assertThrows(IllegalMonitorStateException.class, notEmpty::await);
        assertThrows(IllegalMonitorStateException.class, notEmpty::signal);
    }

    @Test
    void awaitKeepsHoldCountAndThrowsOnInterrupt() throws InterruptedException {
        TReentrantLock lock = new TReentrantLock();
        TCondition c = lock.newCondition();
        int[] holds = new int[1];
        boolean[] interrupted = new boolean[1];
        Thread t = start(() -> {
            lock.lock();
            lock.lock();
            try {
                c.await();
            } catch (InterruptedException e) {
                interrupted[0] = true;
                holds[0] = lock.getHoldCount();
            } finally {
                lock.unlock();
                lock.unlock();
            }
        });
        for (;;) {
            lock.lock();
            try {
                if (lock.hasWaiters(c)) {
                    break;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        t.interrupt();
        t.join();
        assertTrue(interrupted[0]);
        assertEquals(2, holds[0]);
    }
}
