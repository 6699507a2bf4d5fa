package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TRunnable;

/** java.util.concurrent.RejectedExecutionHandler (an interface substitute). */
public interface TRejectedExecutionHandler {
    void rejectedExecution(TRunnable r, TThreadPoolExecutor executor);
}
