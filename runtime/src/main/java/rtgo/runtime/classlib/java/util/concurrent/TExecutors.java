package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.concurrent.atomic.TAtomicInteger;

/*
 * TExecutors: java.util.concurrent.Executors as a static substitute (factories only).
 *
 * Design note. The pools are the JDK's configurations of ThreadPoolExecutor: fixed (n core = n
 * max threads, an unbounded LinkedBlockingQueue), single-thread (the same with one thread) and
 * cached (no core threads, unbounded maximum, a SynchronousQueue and a 60 s keep-alive). The
 * default thread factory numbers pools from 1 in the order their factories are made (each pool
 * made by these methods makes one) and threads from 1 within a pool, giving HotSpot's names
 * "pool-1-thread-1"; its threads are non-daemon with normal priority, so a pool that is never
 * shut down keeps the program alive, as on the JVM. newVirtualThreadPerTaskExecutor starts one
 * virtual thread per task (PerTaskExecutor).
 */
public final class TExecutors {
    private TExecutors() {}

    /** java.util.concurrent.Executors.DefaultThreadFactory: "pool-N-thread-M", non-daemon. */
    static final class DefaultThreadFactory implements TThreadFactory {
        private static final TAtomicInteger poolNumber = new TAtomicInteger(1);
        private final TAtomicInteger threadNumber = new TAtomicInteger(1);
        private final String namePrefix;

        DefaultThreadFactory() {
            namePrefix = "pool-" + poolNumber.getAndIncrement() + "-thread-";
        }

        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, namePrefix + threadNumber.getAndIncrement());
            if (t.isDaemon()) {
                t.setDaemon(false);
            }
            if (t.getPriority() != Thread.NORM_PRIORITY) {
                t.setPriority(Thread.NORM_PRIORITY);
            }
            return t;
        }
    }

    /** Executors.callable's adapter: runs the task, returns the fixed result. */
    static final class RunnableAdapter<T> implements TCallable<T> {
        private final TRunnable task;
        private final T result;

        RunnableAdapter(TRunnable task, T result) {
            this.task = task;
            this.result = result;
        }

        public T call() {
            task.run();
            return result;
        }

        public String toString() {
            return super.toString() + "[Wrapped task = " + task + "]";
        }
    }

    public static TThreadFactory defaultThreadFactory() {
        return new DefaultThreadFactory();
    }

    public static TExecutorService newFixedThreadPool(int nThreads) {
        return new TThreadPoolExecutor(nThreads, nThreads, 0L, TTimeUnit.MILLISECONDS, new TLinkedBlockingQueue<TRunnable>());
    }

    public static TExecutorService newFixedThreadPool(int nThreads, TThreadFactory threadFactory) {
        return new TThreadPoolExecutor(nThreads, nThreads, 0L, TTimeUnit.MILLISECONDS, new TLinkedBlockingQueue<TRunnable>(), threadFactory);
    }

    public static TExecutorService newSingleThreadExecutor() {
        return new TThreadPoolExecutor(1, 1, 0L, TTimeUnit.MILLISECONDS, new TLinkedBlockingQueue<TRunnable>());
    }

    public static TExecutorService newSingleThreadExecutor(TThreadFactory threadFactory) {
        return new TThreadPoolExecutor(1, 1, 0L, TTimeUnit.MILLISECONDS, new TLinkedBlockingQueue<TRunnable>(), threadFactory);
    }

    public static TExecutorService newCachedThreadPool() {
        return new TThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TTimeUnit.SECONDS, new TSynchronousQueue<TRunnable>());
    }

    public static TExecutorService newCachedThreadPool(TThreadFactory threadFactory) {
        return new TThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TTimeUnit.SECONDS, new TSynchronousQueue<TRunnable>(), threadFactory);
    }

    /** One new virtual thread per task. */
    public static TExecutorService newVirtualThreadPerTaskExecutor() {
        return new PerTaskExecutor(null);
    }

    /** One new thread from threadFactory per task. */
    public static TExecutorService newThreadPerTaskExecutor(TThreadFactory threadFactory) {
        if (threadFactory == null) {
            throw new NullPointerException();
        }
        return new PerTaskExecutor(threadFactory);
    }

    public static <T> TCallable<T> callable(TRunnable task, T result) {
        if (task == null) {
            throw new NullPointerException();
        }
        return new RunnableAdapter<T>(task, result);
    }

    public static TCallable<Object> callable(TRunnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        return new RunnableAdapter<Object>(task, null);
    }
}
