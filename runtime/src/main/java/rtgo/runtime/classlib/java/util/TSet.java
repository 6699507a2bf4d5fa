package rtgo.runtime.classlib.java.util;

/** java.util.Set (an interface substitute): the Collection methods, with a set's contract. */
public interface TSet<E> extends TCollection<E> {
}
