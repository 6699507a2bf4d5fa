package rtgo.runtime.classlib.java.util.concurrent;

import java.util.concurrent.RejectedExecutionException;
import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.TArrayList;
import rtgo.runtime.classlib.java.util.TList;

/*
 * TThreadPoolExecutor: java.util.concurrent.ThreadPoolExecutor as a whole-class substitute; the
 * pools of Executors (fixed, single-thread, cached) are instances of it.
 *
 * Design note. The JDK's documented policy, which decides how many threads a program sees and so
 * what they are named: a task starts a new worker while fewer than corePoolSize run (even if
 * others are idle), else goes into the work queue, else starts a worker beyond the core up to
 * maximumPoolSize, else is rejected. Workers take tasks from the queue (with the keep-alive
 * timeout when they are above the core size, or always when core threads may time out) and exit
 * when the pool shuts down and the queue is empty. A task that throws out of execute kills its
 * worker, whose thread reports the exception as uncaught (HotSpot's "Exception in thread
 * "pool-1-thread-1" ...") and is replaced by a new worker, as on the JVM. The pool's bookkeeping
 * (state, workers, counts) is guarded by the pool's own monitor; the queue has its own and is
 * never entered while a thread waits on the pool's. shutdown interrupts the idle workers (blocked
 * in the queue) so they see the state change; a worker clears a stray interrupt before each task
 * unless the pool is stopping; shutdownNow interrupts every worker and returns the queued tasks.
 * awaitTermination waits on the pool's monitor for the TERMINATED state, reached when the last
 * worker has exited.
 */
public class TThreadPoolExecutor extends TAbstractExecutorService {
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TERMINATED = 3;

    /** One worker thread and the task it was started with. */
    private final class Worker implements Runnable {
        TRunnable firstTask;
        Thread thread;
        boolean active;
        long completedTasks;
        Worker next;

        Worker(TRunnable firstTask) {
            this.firstTask = firstTask;
        }

        public void run() {
            runWorker(this);
        }
    }

    private final TBlockingQueue<TRunnable> workQueue;
    private volatile TThreadFactory threadFactory;
    private volatile TRejectedExecutionHandler handler;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;
    private volatile long keepAliveNanos;
    private volatile boolean allowCoreThreadTimeOut;
    private int runState;
    private Worker workers;
    private int workerCount;
    private int largestPoolSize;
    private long completedTaskCount;

    public TThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TTimeUnit unit, TBlockingQueue<TRunnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, TExecutors.defaultThreadFactory(), new AbortPolicy());
    }

    public TThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TTimeUnit unit, TBlockingQueue<TRunnable> workQueue, TThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, new AbortPolicy());
    }

    public TThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TTimeUnit unit, TBlockingQueue<TRunnable> workQueue, TRejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, TExecutors.defaultThreadFactory(), handler);
    }

    public TThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TTimeUnit unit, TBlockingQueue<TRunnable> workQueue, TThreadFactory threadFactory, TRejectedExecutionHandler handler) {
        if (corePoolSize < 0) {
            throw new IllegalArgumentException("corePoolSize must be non-negative");
        } else if (maximumPoolSize <= 0) {
            throw new IllegalArgumentException("maximumPoolSize must be positive");
        } else if (maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException("maximumPoolSize must be greater than or equal to corePoolSize");
        } else if (keepAliveTime < 0) {
            throw new IllegalArgumentException("keepAliveTime must be non-negative");
        }
        if (unit == null) {
            throw new NullPointerException("unit");
        }
        if (workQueue == null) {
            throw new NullPointerException("workQueue");
        }
        if (threadFactory == null) {
            throw new NullPointerException("threadFactory");
        }
        if (handler == null) {
            throw new NullPointerException("handler");
        }
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveNanos = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    /**
     * Starts a worker with firstTask if the state and sizes allow it (monitor held); false if
     * not, or if the thread factory gave no thread.
     */
    private boolean addWorker(TRunnable firstTask, boolean core) {
        int rs = runState;
        if (rs >= STOP || (rs == SHUTDOWN && (firstTask != null || workQueue.isEmpty()))) {
            return false;
        }
        if (workerCount >= (core ? corePoolSize : maximumPoolSize)) {
            return false;
        }
        Worker w = new Worker(firstTask);
        Thread t = threadFactory.newThread(w);
        if (t == null) {
            return false;
        }
        w.thread = t;
        w.next = workers;
        workers = w;
        workerCount++;
        if (workerCount > largestPoolSize) {
            largestPoolSize = workerCount;
        }
        t.start();
        return true;
    }

    public void execute(TRunnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (runState == RUNNING && workerCount < corePoolSize && addWorker(command, true)) {
                return;
            }
        }
        if (runState == RUNNING && workQueue.offer(command)) {
            boolean reject = false;
            synchronized (this) {
                if (runState != RUNNING && workQueue.remove(command)) {
                    reject = true;
                } else if (workerCount == 0) {
                    addWorker(null, false);
                }
            }
            if (reject) {
                reject(command);
            }
            return;
        }
        boolean added;
        synchronized (this) {
            added = addWorker(command, false);
        }
        if (!added) {
            reject(command);
        }
    }

    final void reject(TRunnable command) {
        handler.rejectedExecution(command, this);
    }

    /** The next task for a worker, or null when it should exit (its count already dropped). */
    private TRunnable getTask() {
        boolean timedOut = false;
        for (;;) {
            boolean timed;
            synchronized (this) {
                int rs = runState;
                if (rs >= STOP || (rs == SHUTDOWN && workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
                int wc = workerCount;
                timed = allowCoreThreadTimeOut || wc > corePoolSize;
                if ((wc > maximumPoolSize || (timed && timedOut)) && (wc > 1 || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
            }
            try {
                TRunnable r = timed ? workQueue.poll(keepAliveNanos, TTimeUnit.NANOSECONDS) : workQueue.take();
                if (r != null) {
                    return r;
                }
                timedOut = true;
            } catch (InterruptedException retry) {
                timedOut = false;
            }
        }
    }

    final void runWorker(Worker w) {
        Thread wt = Thread.currentThread();
        TRunnable task = w.firstTask;
        w.firstTask = null;
        boolean completedAbruptly = true;
        try {
            while (task != null || (task = getTask()) != null) {
                synchronized (this) {
                    w.active = true;
                    if (runState >= STOP) {
                        wt.interrupt();
                    } else {
                        Thread.interrupted();
                    }
                }
                try {
                    beforeExecute(wt, task);
                    try {
                        task.run();
                        afterExecute(task, null);
                    } catch (Throwable ex) {
                        afterExecute(task, ex);
                        throw ex;
                    }
                } finally {
                    task = null;
                    synchronized (this) {
                        w.completedTasks++;
                        w.active = false;
                    }
                }
            }
            completedAbruptly = false;
        } finally {
            processWorkerExit(w, completedAbruptly);
        }
    }

    private void processWorkerExit(Worker w, boolean completedAbruptly) {
        synchronized (this) {
            if (completedAbruptly) {
                workerCount--;
            }
            completedTaskCount += w.completedTasks;
            Worker prev = null;
            for (Worker p = workers; p != null; prev = p, p = p.next) {
                if (p == w) {
                    if (prev == null) {
                        workers = p.next;
                    } else {
                        prev.next = p.next;
                    }
                    break;
                }
            }
        }
        tryTerminate();
        synchronized (this) {
            if (runState < STOP) {
                if (!completedAbruptly) {
                    int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
                    if (min == 0 && !workQueue.isEmpty()) {
                        min = 1;
                    }
                    if (workerCount >= min) {
                        return;
                    }
                }
                addWorker(null, false);
            }
        }
    }

    /** Interrupts the workers not running a task (monitor held). */
    private void interruptIdleWorkers() {
        for (Worker w = workers; w != null; w = w.next) {
            if (!w.active && w.thread != null) {
                w.thread.interrupt();
            }
        }
    }

    /** Moves to TERMINATED when shut down with no workers left (and no queued tasks). */
    final void tryTerminate() {
        boolean now = false;
        synchronized (this) {
            int rs = runState;
            if (rs == RUNNING || rs == TERMINATED || (rs == SHUTDOWN && !workQueue.isEmpty())) {
                return;
            }
            if (workerCount != 0) {
                interruptIdleWorkers();
                return;
            }
            if (workers != null) {
                // a worker that left getTask (and the count) is still listed: it calls this again
                // once processWorkerExit has unlisted it, so the terminated pool shows no workers
                return;
            }
            runState = TERMINATED;
            notifyAll();
            now = true;
        }
        if (now) {
            terminated();
        }
    }

    public void shutdown() {
        synchronized (this) {
            if (runState < SHUTDOWN) {
                runState = SHUTDOWN;
            }
            interruptIdleWorkers();
        }
        onShutdown();
        tryTerminate();
    }

    /** Package-private hook, as in the JDK (ScheduledThreadPoolExecutor). */
    void onShutdown() {}

    public TList<TRunnable> shutdownNow() {
        synchronized (this) {
            if (runState < STOP) {
                runState = STOP;
            }
            for (Worker w = workers; w != null; w = w.next) {
                if (w.thread != null) {
                    w.thread.interrupt();
                }
            }
        }
        TArrayList<TRunnable> tasks = new TArrayList<TRunnable>();
        workQueue.drainTo(tasks);
        tryTerminate();
        return tasks;
    }

    public boolean isShutdown() {
        return runState >= SHUTDOWN;
    }

    public boolean isTerminating() {
        int rs = runState;
        return rs >= SHUTDOWN && rs < TERMINATED;
    }

    public boolean isTerminated() {
        return runState == TERMINATED;
    }

    public boolean awaitTermination(long timeout, TTimeUnit unit) throws InterruptedException {
        long deadline = Blocking.deadline(unit.toNanos(timeout));
        synchronized (this) {
            while (runState != TERMINATED) {
                if (!Blocking.waitUntil(this, deadline)) {
                    return false;
                }
            }
            return true;
        }
    }

    public void setThreadFactory(TThreadFactory threadFactory) {
        if (threadFactory == null) {
            throw new NullPointerException();
        }
        this.threadFactory = threadFactory;
    }

    public TThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(TRejectedExecutionHandler handler) {
        if (handler == null) {
            throw new NullPointerException();
        }
        this.handler = handler;
    }

    public TRejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0) {
            throw new IllegalArgumentException("corePoolSize must be non-negative");
        }
        if (maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException("corePoolSize must be less than or equal to maximumPoolSize");
        }
        synchronized (this) {
            this.corePoolSize = corePoolSize;
            interruptIdleWorkers();
        }
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    /** Starts one idle core thread; true if it did. */
    public boolean prestartCoreThread() {
        synchronized (this) {
            return workerCount < corePoolSize && addWorker(null, true);
        }
    }

    /** Starts every core thread; the number started. */
    public int prestartAllCoreThreads() {
        int n = 0;
        synchronized (this) {
            while (addWorker(null, true)) {
                n++;
            }
        }
        return n;
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveNanos <= 0) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        synchronized (this) {
            allowCoreThreadTimeOut = value;
            if (value) {
                interruptIdleWorkers();
            }
        }
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0) {
            throw new IllegalArgumentException("maximumPoolSize must be positive");
        }
        if (maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException("maximumPoolSize must be greater than or equal to corePoolSize");
        }
        synchronized (this) {
            this.maximumPoolSize = maximumPoolSize;
            interruptIdleWorkers();
        }
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setKeepAliveTime(long time, TTimeUnit unit) {
        if (time < 0) {
            throw new IllegalArgumentException("time must be non-negative");
        }
        if (time == 0 && allowCoreThreadTimeOut) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        keepAliveNanos = unit.toNanos(time);
    }

    public long getKeepAliveTime(TTimeUnit unit) {
        return unit.convert(keepAliveNanos, TTimeUnit.NANOSECONDS);
    }

    public TBlockingQueue<TRunnable> getQueue() {
        return workQueue;
    }

    public boolean remove(TRunnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    public int getPoolSize() {
        synchronized (this) {
            return runState == TERMINATED ? 0 : workerCount;
        }
    }

    public int getActiveCount() {
        synchronized (this) {
            int n = 0;
            for (Worker w = workers; w != null; w = w.next) {
                if (w.active) {
                    n++;
                }
            }
            return n;
        }
    }

    public int getLargestPoolSize() {
        synchronized (this) {
            return largestPoolSize;
        }
    }

    public long getTaskCount() {
        synchronized (this) {
            long n = completedTaskCount;
            for (Worker w = workers; w != null; w = w.next) {
                n += w.completedTasks;
                if (w.active) {
                    n++;
                }
            }
            return n + workQueue.size();
        }
    }

    public long getCompletedTaskCount() {
        synchronized (this) {
            long n = completedTaskCount;
            for (Worker w = workers; w != null; w = w.next) {
                n += w.completedTasks;
            }
            return n;
        }
    }

    /** Object's form plus the JDK's state, pool size, active threads, queued and completed tasks. */
    public String toString() {
        long completed;
        int size;
        int active;
        String state;
        synchronized (this) {
            completed = completedTaskCount;
            size = 0;
            active = 0;
            for (Worker w = workers; w != null; w = w.next) {
                size++;
                completed += w.completedTasks;
                if (w.active) {
                    active++;
                }
            }
            state = runState == RUNNING ? "Running" : runState == TERMINATED ? "Terminated" : "Shutting down";
        }
        return super.toString() + "[" + state + ", pool size = " + size + ", active threads = " + active
                + ", queued tasks = " + workQueue.size() + ", completed tasks = " + completed + "]";
    }

    protected void beforeExecute(Thread t, TRunnable r) {}

    protected void afterExecute(TRunnable r, Throwable t) {}

    protected void terminated() {}

    /** java.util.concurrent.ThreadPoolExecutor.AbortPolicy: RejectedExecutionException. */
    public static class AbortPolicy implements TRejectedExecutionHandler {
        public AbortPolicy() {}

        public void rejectedExecution(TRunnable r, TThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    /** java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy: the caller runs the task. */
    public static class CallerRunsPolicy implements TRejectedExecutionHandler {
        public CallerRunsPolicy() {}

        public void rejectedExecution(TRunnable r, TThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                r.run();
            }
        }
    }

    /** java.util.concurrent.ThreadPoolExecutor.DiscardPolicy: drops the task. */
    public static class DiscardPolicy implements TRejectedExecutionHandler {
        public DiscardPolicy() {}

        public void rejectedExecution(TRunnable r, TThreadPoolExecutor e) {}
    }

    /** java.util.concurrent.ThreadPoolExecutor.DiscardOldestPolicy: drops the oldest queued task. */
    public static class DiscardOldestPolicy implements TRejectedExecutionHandler {
        public DiscardOldestPolicy() {}

        public void rejectedExecution(TRunnable r, TThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
