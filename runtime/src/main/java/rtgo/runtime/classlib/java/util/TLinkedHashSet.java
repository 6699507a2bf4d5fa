package rtgo.runtime.classlib.java.util;

/*
 * TLinkedHashSet: java.util.LinkedHashSet as a whole-class substitute.
 *
 * Design note. A HashSet over a TLinkedHashMap: insertion order, which re-adding an element does
 * not change. The table size does not show in a linked order, so the capacity is only a hint.
 */
public class TLinkedHashSet<E> extends THashSet<E> implements TSet<E> {
    public TLinkedHashSet() {
        super(16, true);
    }

    public TLinkedHashSet(int initialCapacity) {
        super(initialCapacity, true);
    }

    public TLinkedHashSet(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor, true);
    }

    public TLinkedHashSet(TCollection<? extends E> c) {
        super(THashMap.capacityFor(c.size() > 12 ? c.size() : 12), true);
        addAll(c);
    }
}
