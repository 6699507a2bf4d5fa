package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TRunnable;

/** java.util.concurrent.RunnableFuture (an interface substitute). */
public interface TRunnableFuture<V> extends TRunnable, TFuture<V> {
    void run();
}
