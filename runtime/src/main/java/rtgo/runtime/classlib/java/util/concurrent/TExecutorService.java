package rtgo.runtime.classlib.java.util.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import rtgo.runtime.classlib.java.lang.TAutoCloseable;
import rtgo.runtime.classlib.java.lang.TRunnable;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TList;

/**
 * java.util.concurrent.ExecutorService (an interface substitute), with the JDK 19 default close:
 * shutdown, then wait for termination; an interrupt while waiting turns it into shutdownNow and
 * is kept for the caller.
 */
public interface TExecutorService extends TExecutor, TAutoCloseable {
    void shutdown();

    TList<TRunnable> shutdownNow();

    boolean isShutdown();

    boolean isTerminated();

    boolean awaitTermination(long timeout, TTimeUnit unit) throws InterruptedException;

    <T> TFuture<T> submit(TCallable<T> task);

    <T> TFuture<T> submit(TRunnable task, T result);

    TFuture<?> submit(TRunnable task);

    <T> TList<TFuture<T>> invokeAll(TCollection<? extends TCallable<T>> tasks) throws InterruptedException;

    <T> TList<TFuture<T>> invokeAll(TCollection<? extends TCallable<T>> tasks, long timeout, TTimeUnit unit) throws InterruptedException;

    <T> T invokeAny(TCollection<? extends TCallable<T>> tasks) throws InterruptedException, ExecutionException;

    <T> T invokeAny(TCollection<? extends TCallable<T>> tasks, long timeout, TTimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException;

    default void close() {
        if (isTerminated()) {
            return;
        }
        shutdown();
        boolean interrupted = false;
        boolean terminated = false;
        while (!terminated) {
            try {
                terminated = awaitTermination(1L, TTimeUnit.DAYS);
            } catch (InterruptedException e) {
                if (!interrupted) {
                    shutdownNow();
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
