package rtgo.runtime.classlib.java.util;

/*
 * TTreeSet: java.util.TreeSet as a whole-class substitute.
 *
 * Design note. The elements are the keys of a navigable map, as in the JDK: a TTreeMap, or a
 * range or descending view of one (TTreeMap.SubMap), so this class is also the maps' live
 * navigableKeySet() (where add is unsupported, as in the JDK's key sets). headSet, tailSet, subSet
 * and descendingSet are TreeSets over the map's range views, so they are live views too. The
 * iterators are the map's entry iterators, keys only.
 */
public class TTreeSet<E> extends TAbstractSet<E> implements TNavigableSet<E> {
    private final TNavigableMap<E, Object> m;
    /** The key set of a map the program holds: add is unsupported, as in the JDK's. */
    private final boolean keyView;

    /** A set over the keys of {@code m} (TreeMap.navigableKeySet when {@code keyView}). */
    TTreeSet(TNavigableMap<E, Object> m, boolean keyView) {
        this.m = m;
        this.keyView = keyView;
    }

    public TTreeSet() {
        m = new TTreeMap<E, Object>();
        keyView = false;
    }

    public TTreeSet(TComparator<? super E> comparator) {
        m = new TTreeMap<E, Object>(comparator);
        keyView = false;
    }

    public TTreeSet(TCollection<? extends E> c) {
        m = new TTreeMap<E, Object>();
        keyView = false;
        addAll(c);
    }

    @SuppressWarnings("unchecked")
    public TTreeSet(TSortedSet<E> s) {
        m = new TTreeMap<E, Object>((TComparator<? super E>) s.comparator());
        keyView = false;
        addAll(s);
    }

    public TIterator<E> iterator() {
        return new TAbstractMap.Keys<E, Object>(entries(false));
    }

    public TIterator<E> descendingIterator() {
        return new TAbstractMap.Keys<E, Object>(entries(true));
    }

    private TIterator<TMap.Entry<E, Object>> entries(boolean descending) {
        if (m instanceof TTreeMap) {
            return ((TTreeMap<E, Object>) m).entryIterator(descending);
        }
        return ((TTreeMap.SubMap<E, Object>) m).entryIterator(descending);
    }

    public int size() {
        return m.size();
    }

    public boolean isEmpty() {
        return m.isEmpty();
    }

    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    public boolean add(E e) {
        if (keyView) {
            throw new UnsupportedOperationException();
        }
        return m.put(e, this) == null; // any non-null value marks presence
    }

    public boolean remove(Object o) {
        int before = m.size();
        m.remove(o);
        return m.size() != before;
    }

    public void clear() {
        m.clear();
    }

    public TComparator<? super E> comparator() {
        return m.comparator();
    }

    public E first() {
        return m.firstKey();
    }

    public E last() {
        return m.lastKey();
    }

    public E lower(E e) {
        return m.lowerKey(e);
    }

    public E floor(E e) {
        return m.floorKey(e);
    }

    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    public E higher(E e) {
        return m.higherKey(e);
    }

    public E pollFirst() {
        TMap.Entry<E, ?> e = m.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    public E pollLast() {
        TMap.Entry<E, ?> e = m.pollLastEntry();
        return e == null ? null : e.getKey();
    }

    private static <E> TTreeSet<E> over(TNavigableMap<E, Object> map) {
        return new TTreeSet<E>(map, false);
    }

    public TNavigableSet<E> descendingSet() {
        return over(m.descendingMap());
    }

    public TNavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return over(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    public TNavigableSet<E> headSet(E toElement, boolean inclusive) {
        return over(m.headMap(toElement, inclusive));
    }

    public TNavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return over(m.tailMap(fromElement, inclusive));
    }

    public TSortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    public TSortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    public TSortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }
}
