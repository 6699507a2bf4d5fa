package rtgo.runtime.classlib.java.util.concurrent;

import java.util.concurrent.RejectedExecutionException;
import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.TArrayList;
import rtgo.runtime.classlib.java.util.TList;

/*
 * PerTaskExecutor: what Executors.newVirtualThreadPerTaskExecutor and newThreadPerTaskExecutor
 * return (not a public JDK type; the JDK's is the package-private ThreadPerTaskExecutor).
 *
 * Design note. Each task runs in a thread of its own, a virtual thread (Thread.ofVirtual():
 * on the device the same green threads as platform threads) or one from the given factory. The
 * executor's monitor guards the state and the list of live task threads: execute refuses tasks
 * after shutdown (RejectedExecutionException), shutdownNow interrupts every live thread, and the
 * executor is terminated once it is shut down and the last task thread has finished, which wakes
 * awaitTermination (and so close(), which try-with-resources calls).
 */
final class PerTaskExecutor extends TAbstractExecutorService {
    /** A task's thread body: registers itself, runs the task, deregisters. */
    private final class TaskRunner implements Runnable {
        private final TRunnable task;
        Thread thread;
        TaskRunner next;

        TaskRunner(TRunnable task) {
            this.task = task;
        }

        public void run() {
            try {
                task.run();
            } finally {
                finished(this);
            }
        }
    }

    private final TThreadFactory factory;
    private TaskRunner live;
    private boolean shutdown;
    private boolean terminated;

    PerTaskExecutor(TThreadFactory factory) {
        this.factory = factory;
    }

    private void finished(TaskRunner r) {
        synchronized (this) {
            TaskRunner prev = null;
            for (TaskRunner p = live; p != null; prev = p, p = p.next) {
                if (p == r) {
                    if (prev == null) {
                        live = p.next;
                    } else {
                        prev.next = p.next;
                    }
                    break;
                }
            }
            tryTerminate();
        }
    }

    /** Terminates when shut down with no live task thread (monitor held). */
    private void tryTerminate() {
        if (shutdown && live == null && !terminated) {
            terminated = true;
            notifyAll();
        }
    }

    public void execute(TRunnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        TaskRunner r = new TaskRunner(command);
        synchronized (this) {
            if (shutdown) {
                throw new RejectedExecutionException();
            }
            r.next = live;
            live = r;
            Thread t = factory == null ? Thread.ofVirtual().unstarted(r) : factory.newThread(r);
            if (t == null) {
                live = r.next;
                throw new RejectedExecutionException();
            }
            r.thread = t;
            t.start();
        }
    }

    public void shutdown() {
        synchronized (this) {
            shutdown = true;
            tryTerminate();
        }
    }

    public TList<TRunnable> shutdownNow() {
        synchronized (this) {
            shutdown = true;
            for (TaskRunner p = live; p != null; p = p.next) {
                if (p.thread != null) {
                    p.thread.interrupt();
                }
            }
            tryTerminate();
        }
        return new TArrayList<TRunnable>();
    }

    public boolean isShutdown() {
        return shutdown;
    }

    public boolean isTerminated() {
        return terminated;
    }

    public boolean awaitTermination(long timeout, TTimeUnit unit) throws InterruptedException {
        long deadline = Blocking.deadline(unit.toNanos(timeout));
        synchronized (this) {
            while (!terminated) {
                if (!Blocking.waitUntil(this, deadline)) {
                    return false;
                }
            }
            return true;
        }
    }
}
