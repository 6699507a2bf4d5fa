package rtgo.runtime.classlib.java.util;

/*
 * THashSet: java.util.HashSet as a whole-class substitute.
 *
 * Design note. The elements are the keys of a THashMap (a TLinkedHashMap for LinkedHashSet), as
 * in the JDK, so the iteration order is exactly the HashMap's; the value of every key is the set
 * itself (any non-null object marks presence, and it needs no static initialiser). The collection
 * constructor sizes the map for max(n, 12) elements as the JDK's does, since the table size shows
 * in the order.
 */
public class THashSet<E> extends TAbstractSet<E> implements TSet<E> {
    final THashMap<E, Object> map;

    public THashSet() {
        map = new THashMap<E, Object>();
    }

    public THashSet(int initialCapacity) {
        map = new THashMap<E, Object>(initialCapacity);
    }

    public THashSet(int initialCapacity, float loadFactor) {
        map = new THashMap<E, Object>(initialCapacity, loadFactor);
    }

    public THashSet(TCollection<? extends E> c) {
        map = new THashMap<E, Object>(THashMap.capacityFor(c.size() > 12 ? c.size() : 12));
        addAll(c);
    }

    /** For LinkedHashSet: the linked map. */
    THashSet(int initialCapacity, boolean linked) {
        map = new TLinkedHashMap<E, Object>(initialCapacity);
    }

    THashSet(int initialCapacity, float loadFactor, boolean linked) {
        map = new TLinkedHashMap<E, Object>(initialCapacity, loadFactor);
    }

    /** HashSet.newHashSet: a set sized for {@code numElements} without a resize. */
    public static <T> THashSet<T> newHashSet(int numElements) {
        if (numElements < 0) {
            throw new IllegalArgumentException("Negative number of elements: " + numElements);
        }
        return new THashSet<T>(THashMap.capacityFor(numElements));
    }

    public TIterator<E> iterator() {
        return map.keySet().iterator();
    }

    public int size() {
        return map.size;
    }

    public boolean isEmpty() {
        return map.size == 0;
    }

    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    public boolean add(E e) {
        return map.put(e, this) == null; // any non-null value marks presence
    }

    public boolean remove(Object o) {
        return map.remove(o) != null;
    }

    public void clear() {
        map.clear();
    }
}
