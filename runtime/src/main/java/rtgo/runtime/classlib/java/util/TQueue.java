package rtgo.runtime.classlib.java.util;

/** java.util.Queue (an interface substitute). */
public interface TQueue<E> extends TCollection<E> {
    boolean offer(E e);

    E remove();

    E poll();

    E element();

    E peek();
}
