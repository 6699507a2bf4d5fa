package rtgo.runtime.classlib.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.TArrayList;
import rtgo.runtime.classlib.java.util.TIterator;
import rtgo.runtime.classlib.java.util.TList;
import rtgo.runtime.classlib.java.util.concurrent.atomic.TAtomicInteger;

/** The blocking queues, FutureTask and the executors, on host threads. */
@Timeout(30)
class QueuesAndExecutorsTest {
    static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    static String contents(rtgo.runtime.classlib.java.util.TCollection<?> c) {
        StringBuilder sb = new StringBuilder();
        for (TIterator<?> it = c.iterator(); it.hasNext();) {
            sb.append(it.next()).append(' ');
        }
        return sb.toString();
    }

    void producerConsumer(TBlockingQueue<Integer> q) throws InterruptedException {
        Thread p = start(() -> {
            try {
                for (int i = 1; i <= 1000; i++) {
                    q.put(i);
                }
                q.put(-1);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        long sum = 0;
        int last = 0;
        for (int v; (v = q.take()) != -1;) {
            assertEquals(last + 1, v);
            last = v;
            sum += v;
        }
        p.join();
        assertEquals(500500, sum);
    }

    @Test
    void blockingQueuesHandOverInOrder() throws InterruptedException {
        producerConsumer(new TArrayBlockingQueue<>(4));
        producerConsumer(new TLinkedBlockingQueue<>());
        producerConsumer(new TLinkedBlockingQueue<>(2));
        producerConsumer(new TSynchronousQueue<>());
    }

    @Test
    void arrayBlockingQueueAsACollection() throws InterruptedException {
        for (TBlockingQueue<Integer> q : List.<TBlockingQueue<Integer>>of(new TArrayBlockingQueue<>(5), new TLinkedBlockingQueue<>(5))) {
            for (int i = 0; i < 3; i++) {
                q.add(i);
                q.poll();
            }
            for (int i = 1; i <= 5; i++) {
                assertTrue(q.offer(i * 10));
            }
            assertFalse(q.offer(99));
            assertEquals("Queue full", assertThrows(IllegalStateException.class, () -> q.add(99)).getMessage());
            assertFalse(q.offer(99, 5, TTimeUnit.MILLISECONDS));
            assertEquals(0, q.remainingCapacity());
            assertEquals("[10, 20, 30, 40, 50]", q.toString());
            assertTrue(q.remove((Object) 30));
            assertEquals("[10, 20, 40, 50]", q.toString());
            assertTrue(q.contains(40));
            assertEquals(Integer.valueOf(10), q.peek());
            TArrayList<Integer> out = new TArrayList<>();
            assertEquals(2, q.drainTo(out, 2));
            assertEquals("[10, 20]", out.toString());
            assertEquals("40 50 ", contents(q));
            for (TIterator<Integer> it = q.iterator(); it.hasNext();) {
                if (it.next() == 40) {
                    it.remove();
                }
            }
            assertEquals("[50]", q.toString());
            assertEquals(1, q.size());
            assertNull(q.poll(1, TTimeUnit.MILLISECONDS) == null ? null : q.poll(1, TTimeUnit.MILLISECONDS));
            assertThrows(NullPointerException.class, () -> q.offer(null));
            assertThrows(IllegalArgumentException.class, () -> q.drainTo(q));
            q.clear();
            assertTrue(q.isEmpty());
        }
        TLinkedBlockingQueue<Integer> big = new TLinkedBlockingQueue<>();
        for (int i = 0; i < 100; i++) {
            big.put(i);
            if (i % 3 == 0) {
                big.take();
            }
        }
        assertEquals(66, big.size());
        assertEquals(Integer.MAX_VALUE - 66, big.remainingCapacity());
        assertEquals(Integer.valueOf(34), big.peek());
        assertThrows(IllegalArgumentException.class, () -> new TArrayBlockingQueue<Integer>(0));
    }

    @Test
    void synchronousQueueOnlyHandsToWaitingParties() throws InterruptedException {
        TSynchronousQueue<String> q = new TSynchronousQueue<>();
        assertFalse(q.offer("x"));
        assertNull(q.poll());
        assertNull(q.poll(5, TTimeUnit.MILLISECONDS));
        assertFalse(q.offer("x", 5, TTimeUnit.MILLISECONDS));
        String[] got = new String[1];
        Thread t = start(() -> {
            try {
                got[0] = q.take();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        while (!q.offer("hello")) {
            Thread.sleep(1);
        }
        t.join();
        assertEquals("hello", got[0]);
        assertEquals("[]", q.toString());
        assertEquals(0, q.size());
        assertTrue(q.isEmpty());
        Thread putter = start(() -> {
            try {
                q.put("a");
            } catch (InterruptedException e) {
                got[0] = "interrupted";
            }
        });
        Thread.sleep(10);
        putter.interrupt();
        putter.join();
        assertEquals("interrupted", got[0]);
        assertNull(q.poll());
    }

    @Test
    void fixedPoolNamesThreadsAndRunsTasks() throws Exception {
        TExecutorService pool = TExecutors.newFixedThreadPool(3);
        List<String> names = Collections.synchronizedList(new ArrayList<>());
        TList<TCallable<Integer>> tasks = new TArrayList<>();
        for (int i = 0; i < 10; i++) {
            final int n = i;
            tasks.add(() -> {
                names.add(Thread.currentThread().getName());
                return n * n;
            });
        }
        TList<TFuture<Integer>> fs = pool.invokeAll(tasks);
        int sum = 0;
        for (int i = 0; i < fs.size(); i++) {
            assertTrue(fs.get(i).isDone());
            sum += fs.get(i).get();
        }
        assertEquals(285, sum);
        List<String> distinct = new ArrayList<>(new java.util.TreeSet<>(names));
        assertEquals(3, distinct.size());
        assertTrue(distinct.get(0).matches("pool-\\d+-thread-1"), distinct.get(0));
        assertTrue(distinct.get(2).matches("pool-\\d+-thread-3"), distinct.get(2));
        TFuture<?> f = pool.submit(() -> {
            throw new RuntimeException("boom");
        });
        ExecutionException ee = assertThrows(ExecutionException.class, f::get);
        assertEquals("java.util.concurrent.ExecutionException: java.lang.RuntimeException: boom", ee.toString());
        assertEquals(TFuture.State.FAILED, f.state());
        assertEquals("boom", f.exceptionNow().getMessage());
        TFuture<String> r = pool.submit(() -> {
        }, "done");
        assertEquals("done", r.get(5, TTimeUnit.SECONDS));
        assertEquals("done", r.resultNow());
        TCountDownLatch hold = new TCountDownLatch(1);
        TFuture<Integer> slow = pool.submit(() -> {
            hold.await();
            return 1;
        });
        assertThrows(TimeoutException.class, () -> slow.get(5, TTimeUnit.MILLISECONDS));
        hold.countDown();
        assertEquals(1, slow.get());
        assertFalse(pool.isShutdown());
        pool.shutdown();
        assertTrue(pool.isShutdown());
        assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> {
        }));
        assertTrue(pool.awaitTermination(5, TTimeUnit.SECONDS));
        assertTrue(pool.isTerminated());
        assertTrue(pool.toString().endsWith("[Terminated, pool size = 0, active threads = 0, queued tasks = 0, completed tasks = 13]"), pool.toString());
    }

    @Test
    void cancelAndShutdownNowInterruptRunningTasks() throws Exception {
        TExecutorService pool = TExecutors.newSingleThreadExecutor();
        TCountDownLatch started = new TCountDownLatch(1);
        TAtomicInteger interrupts = new TAtomicInteger();
        TFuture<?> f = pool.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(100_000);
            } catch (InterruptedException e) {
                interrupts.incrementAndGet();
            }
        });
        started.await();
        assertTrue(f.cancel(true));
        assertTrue(f.isCancelled());
        assertTrue(f.isDone());
        assertThrows(CancellationException.class, f::get);
        assertFalse(f.cancel(true));
        TCountDownLatch started2 = new TCountDownLatch(1);
        pool.execute(() -> {
            started2.countDown();
            try {
                Thread.sleep(100_000);
            } catch (InterruptedException e) {
                interrupts.incrementAndGet();
            }
        });
        started2.await();
        pool.execute(() -> {
        });
        TList<TRunnable> pending = pool.shutdownNow();
        assertEquals(1, pending.size());
        assertTrue(pool.awaitTermination(5, TTimeUnit.SECONDS));
        assertEquals(2, interrupts.get());
    }

    @Test
    void failingExecuteReplacesTheWorker() throws Exception {
        TExecutorService pool = TExecutors.newFixedThreadPool(1);
        List<String> names = Collections.synchronizedList(new ArrayList<>());
        Thread.UncaughtExceptionHandler old = Thread.getDefaultUncaughtExceptionHandler();
        // the JVM reports a dying thread's exception after its run() has returned, so possibly after
        // the pool has let it go and close() has returned: wait for the report itself
        java.util.concurrent.CountDownLatch reported = new java.util.concurrent.CountDownLatch(1);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            names.add("uncaught in " + t.getName().replaceAll("\\d+-", "N-") + ": " + e.getMessage());
            reported.countDown();
        });
        try {
            pool.execute(() -> {
                throw new IllegalStateException("bad");
            });
            TFuture<String> f = pool.submit(() -> Thread.currentThread().getName().replaceAll("\\d+-", "N-"));
            names.add(f.get());
            pool.close();
            assertTrue(reported.await(10, java.util.concurrent.TimeUnit.SECONDS), "no uncaught report: " + names);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(old);
        }
        assertTrue(pool.isTerminated());
        assertTrue(names.contains("pool-N-thread-2"), names.toString());
        assertTrue(names.contains("uncaught in pool-N-thread-1: bad"), names.toString());
    }

    @Test
    void cachedPoolReusesIdleThreads() throws Exception {
        TExecutorService pool = TExecutors.newCachedThreadPool();
        for (int i = 0; i < 5; i++) {
            pool.submit(() -> 1).get();
            Thread.sleep(2);
        }
        assertEquals(1, ((TThreadPoolExecutor) pool).getLargestPoolSize());
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TTimeUnit.SECONDS));
    }

    @Test
    void invokeAnyReturnsASuccess() throws Exception {
        TExecutorService pool = TExecutors.newFixedThreadPool(2);
        TList<TCallable<String>> tasks = new TArrayList<>();
        tasks.add(() -> {
            throw new IllegalStateException("no");
        });
        tasks.add(() -> "yes");
        assertEquals("yes", pool.invokeAny(tasks));
        TList<TCallable<String>> bad = new TArrayList<>();
        bad.add(() -> {
            throw new IllegalStateException("no");
        });
        assertThrows(ExecutionException.class, () -> pool.invokeAny(bad));
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TTimeUnit.SECONDS));
    }

    @Test
    void virtualThreadPerTaskExecutorClosesAfterItsTasks() throws Exception {
        TAtomicInteger n = new TAtomicInteger();
        TExecutorService ex = TExecutors.newVirtualThreadPerTaskExecutor();
        try {
            for (int i = 0; i < 50; i++) {
                ex.submit(() -> {
                    Thread.sleep(2);
                    return n.incrementAndGet();
                });
            }
        } finally {
            ex.close();
        }
        assertEquals(50, n.get());
        assertTrue(ex.isTerminated());
        assertThrows(RejectedExecutionException.class, () -> ex.submit(() -> 1));
    }
}
