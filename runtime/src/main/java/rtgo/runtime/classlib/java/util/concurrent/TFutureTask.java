package rtgo.runtime.classlib.java.util.concurrent;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import rtgo.runtime.classlib.java.lang.TRunnable;

/*
 * TFutureTask: java.util.concurrent.FutureTask as a whole-class substitute, the Future that the
 * executors hand out.
 *
 * Design note. A state word (NEW, then exactly one of NORMAL, EXCEPTIONAL, CANCELLED,
 * INTERRUPTED) and the outcome (the result or the exception) are guarded by the task's own
 * monitor; get waits on it and the completion does one notifyAll. A Runnable task is kept as it
 * is with its fixed result instead of being wrapped in an adapter Callable (one object less per
 * submit). The thread running the task is remembered so that cancel(true) can interrupt it. get
 * reports a failure as ExecutionException with the task's exception as the cause (its message is
 * the cause's toString, so HotSpot's "java.util.concurrent.ExecutionException:
 * java.lang.RuntimeException: boom" comes out), a cancelled task as CancellationException, a
 * timed get that runs out as TimeoutException; toString appends the JDK's status text.
 */
public class TFutureTask<V> implements TRunnableFuture<V> {
    private static final int NEW = 0;
    private static final int NORMAL = 1;
    private static final int EXCEPTIONAL = 2;
    private static final int CANCELLED = 3;
    private static final int INTERRUPTED = 4;

    private TCallable<V> callable;
    private TRunnable runnable;
    private V result;
    private Throwable exception;
    private int state;
    private Thread runner;

    public TFutureTask(TCallable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    /** A task that runs runnable and then yields result. */
    public TFutureTask(TRunnable runnable, V result) {
        if (runnable == null) {
            throw new NullPointerException();
        }
        this.runnable = runnable;
        this.result = result;
    }

    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    public boolean isDone() {
        return state != NEW;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread t;
        synchronized (this) {
            if (state != NEW) {
                return false;
            }
            state = mayInterruptIfRunning ? INTERRUPTED : CANCELLED;
            t = runner;
            notifyAll();
        }
        if (mayInterruptIfRunning && t != null) {
            t.interrupt();
        }
        finishCompletion();
        return true;
    }

    /** Completes with v unless already complete (cancelled). */
    protected void set(V v) {
        synchronized (this) {
            if (state != NEW) {
                return;
            }
            result = v;
            state = NORMAL;
            notifyAll();
        }
        finishCompletion();
    }

    /** Completes with t as the failure unless already complete (cancelled). */
    protected void setException(Throwable t) {
        synchronized (this) {
            if (state != NEW) {
                return;
            }
            exception = t;
            state = EXCEPTIONAL;
            notifyAll();
        }
        finishCompletion();
    }

    private void finishCompletion() {
        callable = null;
        runnable = null;
        done();
    }

    /** Called once the task is complete (normally, exceptionally or cancelled); nothing here. */
    protected void done() {}

    public void run() {
        TCallable<V> c;
        TRunnable r;
        synchronized (this) {
            if (state != NEW || runner != null) {
                return;
            }
            runner = Thread.currentThread();
            c = callable;
            r = runnable;
        }
        try {
            V v;
            if (c != null) {
                v = c.call();
            } else {
                r.run();
                v = result;
            }
            set(v);
        } catch (Throwable t) {
            setException(t);
        } finally {
            synchronized (this) {
                runner = null;
            }
        }
    }

    /** Runs the task without completing it (for periodic tasks); true if it may run again. */
    protected boolean runAndReset() {
        TCallable<V> c;
        TRunnable r;
        synchronized (this) {
            if (state != NEW || runner != null) {
                return false;
            }
            runner = Thread.currentThread();
            c = callable;
            r = runnable;
        }
        boolean ran = false;
        try {
            if (c != null) {
                c.call();
            } else {
                r.run();
            }
            ran = true;
        } catch (Throwable t) {
            setException(t);
        } finally {
            synchronized (this) {
                runner = null;
            }
        }
        return ran && state == NEW;
    }

    @SuppressWarnings("unchecked")
    private V report() throws ExecutionException {
        int s = state;
        if (s == NORMAL) {
            return result;
        }
        if (s >= CANCELLED) {
            throw new CancellationException();
        }
        throw new ExecutionException(exception);
    }

    public V get() throws InterruptedException, ExecutionException {
        if (state == NEW) {
            synchronized (this) {
                while (state == NEW) {
                    wait();
                }
            }
        }
        return report();
    }

    public V get(long timeout, TTimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (state == NEW) {
            long deadline = Blocking.deadline(unit.toNanos(timeout));
            synchronized (this) {
                while (state == NEW) {
                    if (!Blocking.waitUntil(this, deadline)) {
                        throw new TimeoutException();
                    }
                }
            }
        }
        return report();
    }

    public V resultNow() {
        switch (state) {
            case NORMAL:
                return result;
            case EXCEPTIONAL:
                throw new IllegalStateException("Task completed with exception");
            case CANCELLED:
            case INTERRUPTED:
                throw new IllegalStateException("Task was cancelled");
            default:
                throw new IllegalStateException("Task has not completed");
        }
    }

    public Throwable exceptionNow() {
        switch (state) {
            case NORMAL:
                throw new IllegalStateException("Task completed with a result");
            case EXCEPTIONAL:
                return exception;
            case CANCELLED:
            case INTERRUPTED:
                throw new IllegalStateException("Task was cancelled");
            default:
                throw new IllegalStateException("Task has not completed");
        }
    }

    public TFuture.State state() {
        switch (state) {
            case NORMAL:
                return TFuture.State.SUCCESS;
            case EXCEPTIONAL:
                return TFuture.State.FAILED;
            case CANCELLED:
            case INTERRUPTED:
                return TFuture.State.CANCELLED;
            default:
                return TFuture.State.RUNNING;
        }
    }

    /** Object's form plus the JDK's status: "[Completed normally]", "[Cancelled]"... */
    public String toString() {
        String status;
        switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + exception + "]";
                break;
            case CANCELLED:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                Object task = callable != null ? callable : runnable;
                status = task == null ? "[Not completed]" : "[Not completed, task = " + task + "]";
        }
        return super.toString() + status;
    }
}
