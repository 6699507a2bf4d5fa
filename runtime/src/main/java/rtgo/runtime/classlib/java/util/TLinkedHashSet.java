package rtgo.runtime.classlib.java.util;

/** java.util.LinkedHashSet (whole-class substitute): a HashSet on a LinkedHashMap, iterating in insertion order. */
public class TLinkedHashSet<E> extends THashSet<E> implements TSet<E> {
    public TLinkedHashSet() {
        super(16, true);
    }

    public TLinkedHashSet(int initialCapacity) {
        super(initialCapacity, true);
    }

    public TLinkedHashSet(TCollection<? extends E> c) {
        super(THashMap.capacityFor(c.size() > 12 ? c.size() : 12), true);
        addAll(c);
    }
}
