package rtgo.runtime.classlib.java.util.concurrent;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import rtgo.runtime.classlib.java.lang.TEnum;

/**
 * java.util.concurrent.Future (an interface substitute), with the JDK 19 defaults resultNow,
 * exceptionNow and state written against isDone, isCancelled and get, and their reports.
 */
public interface TFuture<V> {
    boolean cancel(boolean mayInterruptIfRunning);

    boolean isCancelled();

    boolean isDone();

    V get() throws InterruptedException, ExecutionException;

    V get(long timeout, TTimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException;

    /** The result of a task that completed normally; IllegalStateException otherwise. */
    default V resultNow() {
        if (!isDone()) {
            throw new IllegalStateException("Task has not completed");
        }
        boolean interrupted = false;
        try {
            for (;;) {
                try {
                    return get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Task completed with exception");
                } catch (CancellationException e) {
                    throw new IllegalStateException("Task was cancelled");
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The exception of a task that failed; IllegalStateException otherwise. */
    default Throwable exceptionNow() {
        if (!isDone()) {
            throw new IllegalStateException("Task has not completed");
        }
        if (isCancelled()) {
            throw new IllegalStateException("Task was cancelled");
        }
        boolean interrupted = false;
        try {
            for (;;) {
                try {
                    get();
                    throw new IllegalStateException("Task completed with a result");
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** RUNNING, SUCCESS, FAILED or CANCELLED. */
    default State state() {
        if (!isDone()) {
            return State.RUNNING;
        }
        if (isCancelled()) {
            return State.CANCELLED;
        }
        boolean interrupted = false;
        try {
            for (;;) {
                try {
                    get();
                    return State.SUCCESS;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return State.FAILED;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * java.util.concurrent.Future.State: the enum written out as a class over TEnum, with a
     * non-private constructor so that it is a whole-class substitute (see TTimeUnit).
     */
    final class State extends TEnum<State> {
        public static final State RUNNING = new State("RUNNING", 0);
        public static final State SUCCESS = new State("SUCCESS", 1);
        public static final State FAILED = new State("FAILED", 2);
        public static final State CANCELLED = new State("CANCELLED", 3);
        private static final State[] VALUES = {RUNNING, SUCCESS, FAILED, CANCELLED};

        State(String name, int ordinal) {
            super(name, ordinal);
        }

        public static State[] values() {
            return VALUES.clone();
        }

        public static State valueOf(String name) {
            if (name == null) {
                throw new NullPointerException("Name is null");
            }
            for (State s : VALUES) {
                if (s.name().equals(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("No enum constant java.util.concurrent.Future.State." + name);
        }
    }
}
