package rtgo.runtime.classlib.java.util;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;

/*
 * TTreeMap: java.util.TreeMap as a whole-class substitute.
 *
 * Design note. A red-black tree (Guibas and Sedgewick; the insertion and deletion fix-ups as in
 * Cormen, Leiserson, Rivest and Stein, "Introduction to Algorithms", ch. 13), ordered by the
 * comparator or by natural order (TCollections.compareNatural). A tree's shape is invisible to a
 * program, only the key order shows, so any balanced tree would do; the red-black tree keeps each
 * operation O(log n) with two links and a colour bit per entry. Deleting an entry with two children
 * moves its successor's key and value into it, as the JDK's does, and the iterators allow for it.
 * The iterators are fail-fast with the JDK's order of checks (NoSuchElementException before
 * ConcurrentModificationException in next, IllegalStateException before it in remove).
 *
 * keySet()/navigableKeySet() is a live TreeSet over this map and values()/entrySet() are live
 * views. The range and reversed maps (headMap, tailMap, subMap, descendingMap, descendingKeySet)
 * are COPIES made when called, not views: reading them is what the JDK's views give, but changes
 * made through them do not reach this map, nor changes of this map them. firstEntry and the other
 * navigation methods return immutable snapshots of the entry, as the JDK's do.
 */
public class TTreeMap<K, V> extends TAbstractMap<K, V> implements TNavigableMap<K, V> {
    private static final boolean RED = false;
    private static final boolean BLACK = true;

    static final class Entry<K, V> implements TMap.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean color = BLACK;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        public boolean equals(Object o) {
            return entryEquals(this, o);
        }

        public int hashCode() {
            return entryHash(key, value);
        }

        public String toString() {
            return String.valueOf(key) + "=" + String.valueOf(value);
        }
    }

    private final TComparator<? super K> comparator;
    private Entry<K, V> root;
    private int size;
    private int modCount;
    private TSet<TMap.Entry<K, V>> entrySet;
    private TTreeSet<K> navigableKeySet;

    public TTreeMap() {
        comparator = null;
    }

    public TTreeMap(TComparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public TTreeMap(TMap<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    public TTreeMap(TSortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    final int compare(Object a, Object b) {
        return comparator == null ? TCollections.compareNatural(a, b) : ((TComparator<Object>) comparator).compare(a, b);
    }

    // ---- lookup ---------------------------------------------------------------------------------

    final Entry<K, V> getEntry(Object key) {
        if (comparator == null && key == null) {
            throw new NullPointerException();
        }
        Entry<K, V> p = root;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    final Entry<K, V> ceilingEntryOf(Object key) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                best = p;
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return best;
    }

    final Entry<K, V> floorEntryOf(Object key) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c > 0) {
                best = p;
                p = p.right;
            } else if (c < 0) {
                p = p.left;
            } else {
                return p;
            }
        }
        return best;
    }

    final Entry<K, V> higherEntryOf(Object key) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            if (compare(key, p.key) < 0) {
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    final Entry<K, V> lowerEntryOf(Object key) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            if (compare(key, p.key) > 0) {
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Entry<K, V> firstNode() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Entry<K, V> lastNode() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    static <K, V> Entry<K, V> successor(Entry<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    // ---- insertion and deletion ---------------------------------------------------------------------

    public V put(K key, V value) {
        Entry<K, V> t = root;
        if (t == null) {
            compare(key, key); // type and null check, as the JDK's
            root = new Entry<K, V>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        if (comparator == null && key == null) {
            throw new NullPointerException();
        }
        Entry<K, V> parent;
        int c;
        do {
            parent = t;
            c = compare(key, t.key);
            if (c < 0) {
                t = t.left;
            } else if (c > 0) {
                t = t.right;
            } else {
                return t.setValue(value);
            }
        } while (t != null);
        Entry<K, V> e = new Entry<K, V>(key, value, parent);
        if (c < 0) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    private static <K, V> boolean colorOf(Entry<K, V> p) {
        return p == null ? BLACK : p.color;
    }

    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
        return p == null ? null : p.parent;
    }

    private static <K, V> void setColor(Entry<K, V> p, boolean c) {
        if (p != null) {
            p.color = c;
        }
    }

    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
        return p == null ? null : p.left;
    }

    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
        return p == null ? null : p.right;
    }

    private void rotateLeft(Entry<K, V> p) {
        if (p == null) {
            return;
        }
        Entry<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) {
            r.left.parent = p;
        }
        r.parent = p.parent;
        if (p.parent == null) {
            root = r;
        } else if (p.parent.left == p) {
            p.parent.left = r;
        } else {
            p.parent.right = r;
        }
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Entry<K, V> p) {
        if (p == null) {
            return;
        }
        Entry<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) {
            l.right.parent = p;
        }
        l.parent = p.parent;
        if (p.parent == null) {
            root = l;
        } else if (p.parent.right == p) {
            p.parent.right = l;
        } else {
            p.parent.left = l;
        }
        l.right = p;
        p.parent = l;
    }

    private void fixAfterInsertion(Entry<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            Entry<K, V> grand = parentOf(parentOf(x));
            if (parentOf(x) == leftOf(grand)) {
                Entry<K, V> uncle = rightOf(grand);
                if (colorOf(uncle) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(uncle, BLACK);
                    setColor(grand, RED);
                    x = grand;
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateLeft(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> uncle = leftOf(grand);
                if (colorOf(uncle) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(uncle, BLACK);
                    setColor(grand, RED);
                    x = grand;
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateRight(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.color = BLACK;
    }

    /** Unlinks p; with two children, its successor's key and value move into p first. */
    final void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = p.left != null ? p.left : p.right;
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) {
                root = replacement;
            } else if (p == p.parent.left) {
                p.parent.left = replacement;
            } else {
                p.parent.right = replacement;
            }
            p.left = null;
            p.right = null;
            p.parent = null;
            if (p.color == BLACK) {
                fixAfterDeletion(replacement);
            }
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.color == BLACK) {
                fixAfterDeletion(p);
            }
            if (p.parent != null) {
                if (p == p.parent.left) {
                    p.parent.left = null;
                } else if (p == p.parent.right) {
                    p.parent.right = null;
                }
                p.parent = null;
            }
        }
    }

    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
    }

    // ---- Map ------------------------------------------------------------------------------------

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e = firstNode(); e != null; e = successor(e)) {
            if (value == null ? e.value == null : value.equals(e.value)) {
                return true;
            }
        }
        return false;
    }

    public V get(Object key) {
        Entry<K, V> p = getEntry(key);
        return p == null ? null : p.value;
    }

    public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        deleteEntry(p);
        return old;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    public TComparator<? super K> comparator() {
        return comparator;
    }

    public K firstKey() {
        return key(firstNode());
    }

    public K lastKey() {
        return key(lastNode());
    }

    private static <K> K key(Entry<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    private static <K> K keyOrNull(Entry<K, ?> e) {
        return e == null ? null : e.key;
    }

    private static <K, V> TMap.Entry<K, V> export(Entry<K, V> e) {
        return e == null ? null : new TAbstractMap.SimpleImmutableEntry<K, V>(e.key, e.value);
    }

    public TMap.Entry<K, V> firstEntry() {
        return export(firstNode());
    }

    public TMap.Entry<K, V> lastEntry() {
        return export(lastNode());
    }

    public TMap.Entry<K, V> pollFirstEntry() {
        Entry<K, V> p = firstNode();
        TMap.Entry<K, V> result = export(p);
        if (p != null) {
            deleteEntry(p);
        }
        return result;
    }

    public TMap.Entry<K, V> pollLastEntry() {
        Entry<K, V> p = lastNode();
        TMap.Entry<K, V> result = export(p);
        if (p != null) {
            deleteEntry(p);
        }
        return result;
    }

    public TMap.Entry<K, V> lowerEntry(K key) {
        return export(lowerEntryOf(key));
    }

    public K lowerKey(K key) {
        return keyOrNull(lowerEntryOf(key));
    }

    public TMap.Entry<K, V> floorEntry(K key) {
        return export(floorEntryOf(key));
    }

    public K floorKey(K key) {
        return keyOrNull(floorEntryOf(key));
    }

    public TMap.Entry<K, V> ceilingEntry(K key) {
        return export(ceilingEntryOf(key));
    }

    public K ceilingKey(K key) {
        return keyOrNull(ceilingEntryOf(key));
    }

    public TMap.Entry<K, V> higherEntry(K key) {
        return export(higherEntryOf(key));
    }

    public K higherKey(K key) {
        return keyOrNull(higherEntryOf(key));
    }

    // ---- views and copies -------------------------------------------------------------------------

    public TSet<K> keySet() {
        return navigableKeySet();
    }

    public TNavigableSet<K> navigableKeySet() {
        TTreeSet<K> ks = navigableKeySet;
        if (ks == null) {
            @SuppressWarnings("unchecked")
            TTreeMap<K, Object> self = (TTreeMap<K, Object>) (TTreeMap<K, ?>) this;
            ks = new TTreeSet<K>(self, true);
            navigableKeySet = ks;
        }
        return ks;
    }

    public TNavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public TSet<TMap.Entry<K, V>> entrySet() {
        TSet<TMap.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new EntrySet();
            entrySet = es;
        }
        return es;
    }

    /** A copy of this map in reverse order. */
    public TNavigableMap<K, V> descendingMap() {
        @SuppressWarnings("unchecked")
        TComparator<K> forward = (TComparator<K>) comparator;
        TTreeMap<K, V> m = new TTreeMap<K, V>(TCollections.reverseOrder(forward));
        for (Entry<K, V> e = firstNode(); e != null; e = successor(e)) {
            m.put(e.key, e.value);
        }
        return m;
    }

    /** A copy of the entries from fromKey (when not fromStart) to toKey (when not toEnd). */
    private TTreeMap<K, V> range(boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi, boolean hiInclusive) {
        if (!fromStart && !toEnd) {
            if (compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else if (!fromStart) {
            compare(lo, lo);
        } else if (!toEnd) {
            compare(hi, hi);
        }
        TTreeMap<K, V> m = new TTreeMap<K, V>(comparator);
        Entry<K, V> e = fromStart ? firstNode() : loInclusive ? ceilingEntryOf(lo) : higherEntryOf(lo);
        for (; e != null; e = successor(e)) {
            if (!toEnd) {
                int c = compare(e.key, hi);
                if (c > 0 || (c == 0 && !hiInclusive)) {
                    break;
                }
            }
            m.put(e.key, e.value);
        }
        return m;
    }

    public TNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return range(false, fromKey, fromInclusive, false, toKey, toInclusive);
    }

    public TNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return range(true, null, false, false, toKey, inclusive);
    }

    public TNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return range(false, fromKey, inclusive, true, null, false);
    }

    public TSortedMap<K, V> subMap(K fromKey, K toKey) {
        return range(false, fromKey, true, false, toKey, false);
    }

    public TSortedMap<K, V> headMap(K toKey) {
        return range(true, null, false, false, toKey, false);
    }

    public TSortedMap<K, V> tailMap(K fromKey) {
        return range(false, fromKey, true, true, null, false);
    }

    // ---- iteration --------------------------------------------------------------------------------

    /** The fail-fast in-order walk (or reverse-order, {@code descending}) over the entries. */
    class EntryIterator implements TIterator<TMap.Entry<K, V>> {
        Entry<K, V> next;
        Entry<K, V> lastReturned;
        int expectedModCount = modCount;
        final boolean descending;

        EntryIterator(Entry<K, V> first, boolean descending) {
            next = first;
            this.descending = descending;
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Entry<K, V> nextEntry() {
            Entry<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = descending ? predecessor(e) : successor(e);
            lastReturned = e;
            return e;
        }

        public TMap.Entry<K, V> next() {
            return nextEntry();
        }

        public final void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!descending && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned; // its successor's key and value move into it
            }
            deleteEntry(lastReturned);
            expectedModCount = modCount;
            lastReturned = null;
        }
    }

    /** The keys in order (ascending or descending), for TreeSet. */
    final class KeyIterator implements TIterator<K> {
        private final EntryIterator entries;

        KeyIterator(boolean descending) {
            entries = new EntryIterator(descending ? lastNode() : firstNode(), descending);
        }

        public boolean hasNext() {
            return entries.hasNext();
        }

        public K next() {
            return entries.nextEntry().key;
        }

        public void remove() {
            entries.remove();
        }
    }

    final class EntrySet extends TAbstractSet<TMap.Entry<K, V>> {
        public TIterator<TMap.Entry<K, V>> iterator() {
            return new EntryIterator(firstNode(), false);
        }

        public int size() {
            return size;
        }

        public void clear() {
            TTreeMap.this.clear();
        }

        public boolean contains(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> entry = (TMap.Entry<?, ?>) o;
            Entry<K, V> p = getEntry(entry.getKey());
            return p != null && TObjects.equals(p.value, entry.getValue());
        }

        public boolean remove(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> entry = (TMap.Entry<?, ?>) o;
            Entry<K, V> p = getEntry(entry.getKey());
            if (p != null && TObjects.equals(p.value, entry.getValue())) {
                deleteEntry(p);
                return true;
            }
            return false;
        }
    }
}
