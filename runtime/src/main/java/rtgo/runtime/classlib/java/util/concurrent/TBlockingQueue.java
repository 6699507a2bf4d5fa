package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TQueue;

/** java.util.concurrent.BlockingQueue (an interface substitute). */
public interface TBlockingQueue<E> extends TQueue<E> {
    void put(E e) throws InterruptedException;

    boolean offer(E e, long timeout, TTimeUnit unit) throws InterruptedException;

    E take() throws InterruptedException;

    E poll(long timeout, TTimeUnit unit) throws InterruptedException;

    int remainingCapacity();

    int drainTo(TCollection<? super E> c);

    int drainTo(TCollection<? super E> c, int maxElements);
}
