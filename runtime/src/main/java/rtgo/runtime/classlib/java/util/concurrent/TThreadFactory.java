package rtgo.runtime.classlib.java.util.concurrent;

/** java.util.concurrent.ThreadFactory (an interface substitute). */
public interface TThreadFactory {
    Thread newThread(Runnable r);
}
