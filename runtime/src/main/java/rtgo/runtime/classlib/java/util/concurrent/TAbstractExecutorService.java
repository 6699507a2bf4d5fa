package rtgo.runtime.classlib.java.util.concurrent;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.TArrayList;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TIterator;
import rtgo.runtime.classlib.java.util.TList;

/*
 * TAbstractExecutorService: java.util.concurrent.AbstractExecutorService as a whole-class
 * substitute, the base of the thread pools.
 *
 * Design note. submit wraps the task in a FutureTask (newTaskFor) and hands it to execute.
 * invokeAll starts every task, then waits for each in order (a failed or cancelled task is left in
 * its Future), and cancels whatever is unfinished if the wait is interrupted or times out.
 * invokeAny starts every task with a FutureTask whose done hook counts completions on a shared
 * monitor, waits until one succeeded (its result is returned and the rest are cancelled) or all
 * failed (the last failure is reported as ExecutionException).
 */
public abstract class TAbstractExecutorService implements TExecutorService {
    public TAbstractExecutorService() {}

    protected <T> TRunnableFuture<T> newTaskFor(TRunnable runnable, T value) {
        return new TFutureTask<T>(runnable, value);
    }

    protected <T> TRunnableFuture<T> newTaskFor(TCallable<T> callable) {
        return new TFutureTask<T>(callable);
    }

    public TFuture<?> submit(TRunnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        TRunnableFuture<Object> f = newTaskFor(task, null);
        execute(f);
        return f;
    }

    public <T> TFuture<T> submit(TRunnable task, T result) {
        if (task == null) {
            throw new NullPointerException();
        }
        TRunnableFuture<T> f = newTaskFor(task, result);
        execute(f);
        return f;
    }

    public <T> TFuture<T> submit(TCallable<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        TRunnableFuture<T> f = newTaskFor(task);
        execute(f);
        return f;
    }

    private static <T> void cancelAll(TList<TFuture<T>> futures, int from) {
        for (int i = from, n = futures.size(); i < n; i++) {
            futures.get(i).cancel(true);
        }
    }

    public <T> TList<TFuture<T>> invokeAll(TCollection<? extends TCallable<T>> tasks) throws InterruptedException {
        if (tasks == null) {
            throw new NullPointerException();
        }
        TArrayList<TFuture<T>> futures = new TArrayList<TFuture<T>>(tasks.size());
        try {
            for (TIterator<? extends TCallable<T>> it = tasks.iterator(); it.hasNext();) {
                TRunnableFuture<T> f = newTaskFor(it.next());
                futures.add(f);
                execute(f);
            }
            for (int i = 0, n = futures.size(); i < n; i++) {
                TFuture<T> f = futures.get(i);
                if (!f.isDone()) {
                    try {
                        f.get();
                    } catch (CancellationException | ExecutionException ignore) {
                    } catch (InterruptedException e) {
                        cancelAll(futures, 0);
                        throw e;
                    }
                }
            }
            return futures;
        } catch (RuntimeException | Error e) {
            cancelAll(futures, 0);
            throw e;
        }
    }

    public <T> TList<TFuture<T>> invokeAll(TCollection<? extends TCallable<T>> tasks, long timeout, TTimeUnit unit) throws InterruptedException {
        if (tasks == null || unit == null) {
            throw new NullPointerException();
        }
        long deadline = Blocking.deadline(unit.toNanos(timeout));
        TArrayList<TFuture<T>> futures = new TArrayList<TFuture<T>>(tasks.size());
        for (TIterator<? extends TCallable<T>> it = tasks.iterator(); it.hasNext();) {
            futures.add(newTaskFor(it.next()));
        }
        int n = futures.size();
        for (int i = 0; i < n; i++) {
            if (deadline - System.nanoTime() <= 0) {
                cancelAll(futures, i);
                return futures;
            }
            execute((TRunnable) futures.get(i));
        }
        for (int i = 0; i < n; i++) {
            TFuture<T> f = futures.get(i);
            if (!f.isDone()) {
                try {
                    f.get(deadline - System.nanoTime(), TTimeUnit.NANOSECONDS);
                } catch (CancellationException | ExecutionException ignore) {
                } catch (TimeoutException e) {
                    cancelAll(futures, i);
                    return futures;
                } catch (InterruptedException e) {
                    cancelAll(futures, 0);
                    throw e;
                }
            }
        }
        return futures;
    }

    /** The shared state of one invokeAny: how many tasks have completed. */
    private static final class AnyState {
        int completed;
    }

    /** A FutureTask that counts its completion on the invokeAny's state and wakes the caller. */
    private static final class AnyTask<T> extends TFutureTask<T> {
        private final AnyState shared;

        AnyTask(TCallable<T> c, AnyState shared) {
            super(c);
            this.shared = shared;
        }

        protected void done() {
            synchronized (shared) {
                shared.completed++;
                shared.notifyAll();
            }
        }
    }

    private <T> T doInvokeAny(TCollection<? extends TCallable<T>> tasks, boolean timed, long deadline) throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks == null) {
            throw new NullPointerException();
        }
        int n = tasks.size();
        if (n == 0) {
            throw new IllegalArgumentException();
        }
        AnyState shared = new AnyState();
        TArrayList<AnyTask<T>> futures = new TArrayList<AnyTask<T>>(n);
        try {
            for (TIterator<? extends TCallable<T>> it = tasks.iterator(); it.hasNext();) {
                AnyTask<T> f = new AnyTask<T>(it.next(), shared);
                futures.add(f);
                execute(f);
            }
            ExecutionException last = null;
            int seen = 0;
            for (;;) {
                synchronized (shared) {
                    while (shared.completed == seen) {
                        if (!timed) {
                            shared.wait();
                        } else if (!Blocking.waitUntil(shared, deadline)) {
                            throw new TimeoutException();
                        }
                    }
                    seen = shared.completed;
                }
                for (int i = 0; i < n; i++) {
                    AnyTask<T> f = futures.get(i);
                    if (f.isDone() && !f.isCancelled()) {
                        try {
                            return f.get();
                        } catch (ExecutionException e) {
                            last = e;
                        }
                    }
                }
                if (seen >= n) {
                    throw last != null ? last : new ExecutionException((Throwable) null);
                }
            }
        } finally {
            for (int i = 0, m = futures.size(); i < m; i++) {
                futures.get(i).cancel(true);
            }
        }
    }

    public <T> T invokeAny(TCollection<? extends TCallable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return doInvokeAny(tasks, false, 0);
        } catch (TimeoutException cannotHappen) {
            return null;
        }
    }

    public <T> T invokeAny(TCollection<? extends TCallable<T>> tasks, long timeout, TTimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return doInvokeAny(tasks, true, Blocking.deadline(unit.toNanos(timeout)));
    }
}
