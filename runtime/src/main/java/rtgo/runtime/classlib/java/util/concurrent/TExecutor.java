package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TRunnable;

/** java.util.concurrent.Executor (an interface substitute). */
public interface TExecutor {
    void execute(TRunnable command);
}
