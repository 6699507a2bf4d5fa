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
 * views. The range and reversed maps (headMap, tailMap, subMap, descendingMap) are live views too
 * (SubMap: bounds, each inclusive or not or absent, and a direction), as in the JDK: reads and
 * writes go to this map, a put outside the range throws IllegalArgumentException ("key out of
 * range"), a narrower range of a view checks that its bounds lie inside ("toKey out of range"),
 * and their iterators stop at the first entry past the range. firstEntry and the other
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
    int modCount;
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

    static <K> K key(Entry<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    static <K> K keyOrNull(Entry<K, ?> e) {
        return e == null ? null : e.key;
    }

    static <K, V> TMap.Entry<K, V> export(Entry<K, V> e) {
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
            TNavigableMap<K, Object> self = (TNavigableMap<K, Object>) (TNavigableMap<K, ?>) this;
            ks = new TTreeSet<K>(self, true);
            navigableKeySet = ks;
        }
        return ks;
    }

    public TNavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    /** The entry iterator a TreeSet over this map uses. */
    final TIterator<TMap.Entry<K, V>> entryIterator(boolean descending) {
        return new EntryIterator(descending ? lastNode() : firstNode(), descending);
    }

    public TSet<TMap.Entry<K, V>> entrySet() {
        TSet<TMap.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new EntrySet();
            entrySet = es;
        }
        return es;
    }

    public TNavigableMap<K, V> descendingMap() {
        return new SubMap<K, V>(this, true, null, true, true, null, true, true);
    }

    public TNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new SubMap<K, V>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public TNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new SubMap<K, V>(this, true, null, true, false, toKey, inclusive, false);
    }

    public TNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new SubMap<K, V>(this, false, fromKey, inclusive, true, null, true, false);
    }

    public TSortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public TSortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public TSortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    /**
     * A range of the map as a live view: from lo (unless fromStart) to hi (unless toEnd), each
     * bound inclusive or not, ascending or descending. The abs* methods find entries in key order
     * within the range; the navigation methods pick between them by direction.
     */
    static final class SubMap<K, V> extends TAbstractMap<K, V> implements TNavigableMap<K, V> {
        final TTreeMap<K, V> m;
        final boolean fromStart;
        final K lo;
        final boolean loInclusive;
        final boolean toEnd;
        final K hi;
        final boolean hiInclusive;
        final boolean descending;
        private TSet<TMap.Entry<K, V>> entrySetView;
        private TTreeSet<K> keySetView;

        SubMap(TTreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi, boolean hiInclusive,
                boolean descending) {
            if (!fromStart && !toEnd) {
                if (m.compare(lo, hi) > 0) {
                    throw new IllegalArgumentException("fromKey > toKey");
                }
            } else {
                if (!fromStart) {
                    m.compare(lo, lo); // type and null check
                }
                if (!toEnd) {
                    m.compare(hi, hi);
                }
            }
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        final boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                return c < 0 || (c == 0 && !loInclusive);
            }
            return false;
        }

        final boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                return c > 0 || (c == 0 && !hiInclusive);
            }
            return false;
        }

        final boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        private boolean inClosedRange(Object key) {
            return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
        }

        private boolean inRange(Object key, boolean inclusive) {
            return inclusive ? inRange(key) : inClosedRange(key);
        }

        final TTreeMap.Entry<K, V> absLowest() {
            TTreeMap.Entry<K, V> e = fromStart ? m.firstNode() : loInclusive ? m.ceilingEntryOf(lo) : m.higherEntryOf(lo);
            return e == null || tooHigh(e.key) ? null : e;
        }

        final TTreeMap.Entry<K, V> absHighest() {
            TTreeMap.Entry<K, V> e = toEnd ? m.lastNode() : hiInclusive ? m.floorEntryOf(hi) : m.lowerEntryOf(hi);
            return e == null || tooLow(e.key) ? null : e;
        }

        private TTreeMap.Entry<K, V> absCeiling(Object key) {
            if (tooLow(key)) {
                return absLowest();
            }
            TTreeMap.Entry<K, V> e = m.ceilingEntryOf(key);
            return e == null || tooHigh(e.key) ? null : e;
        }

        private TTreeMap.Entry<K, V> absHigher(Object key) {
            if (tooLow(key)) {
                return absLowest();
            }
            TTreeMap.Entry<K, V> e = m.higherEntryOf(key);
            return e == null || tooHigh(e.key) ? null : e;
        }

        private TTreeMap.Entry<K, V> absFloor(Object key) {
            if (tooHigh(key)) {
                return absHighest();
            }
            TTreeMap.Entry<K, V> e = m.floorEntryOf(key);
            return e == null || tooLow(e.key) ? null : e;
        }

        private TTreeMap.Entry<K, V> absLower(Object key) {
            if (tooHigh(key)) {
                return absHighest();
            }
            TTreeMap.Entry<K, V> e = m.lowerEntryOf(key);
            return e == null || tooLow(e.key) ? null : e;
        }

        /** The first entry above the range (where an ascending walk stops), or null. */
        private TTreeMap.Entry<K, V> absHighFence() {
            return toEnd ? null : hiInclusive ? m.higherEntryOf(hi) : m.ceilingEntryOf(hi);
        }

        /** The first entry below the range (where a descending walk stops), or null. */
        private TTreeMap.Entry<K, V> absLowFence() {
            return fromStart ? null : loInclusive ? m.lowerEntryOf(lo) : m.floorEntryOf(lo);
        }

        private TTreeMap.Entry<K, V> subLowest() {
            return descending ? absHighest() : absLowest();
        }

        private TTreeMap.Entry<K, V> subHighest() {
            return descending ? absLowest() : absHighest();
        }

        final TIterator<TMap.Entry<K, V>> entryIterator(boolean reverse) {
            boolean down = descending != reverse;
            return down ? m.new EntryIterator(absHighest(), true, absLowFence())
                    : m.new EntryIterator(absLowest(), false, absHighFence());
        }

        // ---- Map -----------------------------------------------------------------------------------

        public boolean containsKey(Object key) {
            return inRange(key) && m.containsKey(key);
        }

        public V get(Object key) {
            return !inRange(key) ? null : m.get(key);
        }

        public V put(K key, V value) {
            if (!inRange(key)) {
                throw new IllegalArgumentException("key out of range");
            }
            return m.put(key, value);
        }

        public V remove(Object key) {
            return !inRange(key) ? null : m.remove(key);
        }

        public int size() {
            if (fromStart && toEnd) {
                return m.size();
            }
            int n = 0;
            for (TIterator<TMap.Entry<K, V>> it = entryIterator(false); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        }

        public boolean isEmpty() {
            return fromStart && toEnd ? m.isEmpty() : absLowest() == null;
        }

        public TSet<TMap.Entry<K, V>> entrySet() {
            TSet<TMap.Entry<K, V>> es = entrySetView;
            if (es == null) {
                es = new EntrySetView();
                entrySetView = es;
            }
            return es;
        }

        public TSet<K> keySet() {
            return navigableKeySet();
        }

        @SuppressWarnings("unchecked")
        public TNavigableSet<K> navigableKeySet() {
            TTreeSet<K> ks = keySetView;
            if (ks == null) {
                ks = new TTreeSet<K>((TNavigableMap<K, Object>) (TNavigableMap<K, ?>) this, true);
                keySetView = ks;
            }
            return ks;
        }

        public TNavigableSet<K> descendingKeySet() {
            return descendingMap().navigableKeySet();
        }

        @SuppressWarnings("unchecked")
        public TComparator<? super K> comparator() {
            TComparator<K> c = (TComparator<K>) m.comparator();
            return descending ? TCollections.reverseOrder(c) : c;
        }

        public K firstKey() {
            return key(subLowest());
        }

        public K lastKey() {
            return key(subHighest());
        }

        public TMap.Entry<K, V> firstEntry() {
            return export(subLowest());
        }

        public TMap.Entry<K, V> lastEntry() {
            return export(subHighest());
        }

        public TMap.Entry<K, V> pollFirstEntry() {
            TTreeMap.Entry<K, V> e = subLowest();
            TMap.Entry<K, V> result = export(e);
            if (e != null) {
                m.deleteEntry(e);
            }
            return result;
        }

        public TMap.Entry<K, V> pollLastEntry() {
            TTreeMap.Entry<K, V> e = subHighest();
            TMap.Entry<K, V> result = export(e);
            if (e != null) {
                m.deleteEntry(e);
            }
            return result;
        }

        public TMap.Entry<K, V> ceilingEntry(K key) {
            return export(descending ? absFloor(key) : absCeiling(key));
        }

        public K ceilingKey(K key) {
            return keyOrNull(descending ? absFloor(key) : absCeiling(key));
        }

        public TMap.Entry<K, V> higherEntry(K key) {
            return export(descending ? absLower(key) : absHigher(key));
        }

        public K higherKey(K key) {
            return keyOrNull(descending ? absLower(key) : absHigher(key));
        }

        public TMap.Entry<K, V> floorEntry(K key) {
            return export(descending ? absCeiling(key) : absFloor(key));
        }

        public K floorKey(K key) {
            return keyOrNull(descending ? absCeiling(key) : absFloor(key));
        }

        public TMap.Entry<K, V> lowerEntry(K key) {
            return export(descending ? absHigher(key) : absLower(key));
        }

        public K lowerKey(K key) {
            return keyOrNull(descending ? absHigher(key) : absLower(key));
        }

        public TNavigableMap<K, V> descendingMap() {
            return new SubMap<K, V>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        public TNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (!inRange(fromKey, fromInclusive)) {
                throw new IllegalArgumentException("fromKey out of range");
            }
            if (!inRange(toKey, toInclusive)) {
                throw new IllegalArgumentException("toKey out of range");
            }
            return descending ? new SubMap<K, V>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true)
                    : new SubMap<K, V>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
        }

        public TNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            if (!inRange(toKey, inclusive)) {
                throw new IllegalArgumentException("toKey out of range");
            }
            return descending ? new SubMap<K, V>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true)
                    : new SubMap<K, V>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
        }

        public TNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            if (!inRange(fromKey, inclusive)) {
                throw new IllegalArgumentException("fromKey out of range");
            }
            return descending ? new SubMap<K, V>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true)
                    : new SubMap<K, V>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
        }

        public TSortedMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        public TSortedMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        public TSortedMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }

        final class EntrySetView extends TAbstractSet<TMap.Entry<K, V>> {
            public TIterator<TMap.Entry<K, V>> iterator() {
                return entryIterator(false);
            }

            public int size() {
                return SubMap.this.size();
            }

            public boolean isEmpty() {
                return SubMap.this.isEmpty();
            }

            public boolean contains(Object o) {
                if (!(o instanceof TMap.Entry)) {
                    return false;
                }
                TMap.Entry<?, ?> entry = (TMap.Entry<?, ?>) o;
                Object key = entry.getKey();
                if (!inRange(key)) {
                    return false;
                }
                TTreeMap.Entry<K, V> p = m.getEntry(key);
                return p != null && TObjects.equals(p.value, entry.getValue());
            }

            public boolean remove(Object o) {
                if (!(o instanceof TMap.Entry)) {
                    return false;
                }
                TMap.Entry<?, ?> entry = (TMap.Entry<?, ?>) o;
                Object key = entry.getKey();
                if (!inRange(key)) {
                    return false;
                }
                TTreeMap.Entry<K, V> p = m.getEntry(key);
                if (p != null && TObjects.equals(p.value, entry.getValue())) {
                    m.deleteEntry(p);
                    return true;
                }
                return false;
            }
        }
    }

    // ---- iteration --------------------------------------------------------------------------------

    /** The fail-fast in-order walk (or reverse-order, {@code descending}) over the entries. */
    class EntryIterator implements TIterator<TMap.Entry<K, V>> {
        Entry<K, V> next;
        Entry<K, V> lastReturned;
        int expectedModCount = modCount;
        final boolean descending;
        /** The key of the first entry past a view's range (compared by identity); the map: none. */
        final Object fenceKey;

        EntryIterator(Entry<K, V> first, boolean descending) {
            this(first, descending, null);
        }

        EntryIterator(Entry<K, V> first, boolean descending, Entry<K, V> fence) {
            next = first;
            this.descending = descending;
            fenceKey = fence == null ? TTreeMap.this : fence.key;
        }

        public final boolean hasNext() {
            return next != null && next.key != fenceKey;
        }

        final Entry<K, V> nextEntry() {
            Entry<K, V> e = next;
            if (e == null || e.key == fenceKey) {
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
