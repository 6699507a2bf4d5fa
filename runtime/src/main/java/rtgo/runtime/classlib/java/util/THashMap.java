package rtgo.runtime.classlib.java.util;

import java.util.NoSuchElementException;

import java.util.ConcurrentModificationException;

import rtgo.runtime.classlib.java.util.function.TBiConsumer;
import rtgo.runtime.classlib.java.util.function.TBiFunction;
import rtgo.runtime.classlib.java.util.function.TFunction;

/*
 * THashMap: java.util.HashMap as a whole-class substitute.
 *
 * Design note. A program sees a HashMap's internals through its iteration order (toString,
 * keySet, for loops), so the table follows the JDK's documented structure step by step: the key's
 * hashCode spread as h ^ (h >>> 16); a power-of-two table made on the first insertion (16 buckets,
 * or the initial capacity rounded up to a power of two); the resize threshold three quarters of
 * the capacity (only the default load factor 0.75 exists here: float is not compiled); a new key
 * appended at the tail of its bucket by put, but at the head by computeIfAbsent, compute and merge,
 * which also resize before looking when size > threshold instead of after inserting; a resize
 * splitting each bucket into the entries that stay and those that move up by the old capacity,
 * each keeping its order; and where the JDK would turn a long bucket into a tree while the table is
 * smaller than 64, the resize it does instead. The JDK turns a bucket of 8+ entries (9 with put)
 * into a red-black tree once the table has 64 buckets or more, which reorders that bucket's
 * iteration; that needs more than eight keys whose spread hashes agree in the low six or more bits
 * and a table of 64+ buckets. Here such a bucket stays a list in insertion order: the one place the
 * iteration order can differ from HotSpot's (it is not reached by ordinary keys).
 *
 * Iteration goes through first() and successor(e), which LinkedHashMap redefines to follow its
 * insertion/access list; the hooks newNode, afterNodeAccess, afterNodeInsertion and
 * afterNodeRemoval are where it keeps that list, as in the JDK. The iterators are fail-fast on
 * modCount, checking as the JDK's do (ConcurrentModificationException before
 * NoSuchElementException, IllegalStateException for a second remove).
 */
public class THashMap<K, V> extends TAbstractMap<K, V> implements TMap<K, V> {
    static final int DEFAULT_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final int TREEIFY_THRESHOLD = 8;
    static final int MIN_TREEIFY_CAPACITY = 64;

    /** An entry: the spread hash, key, value and the next entry of its bucket. */
    static class Node<K, V> implements TMap.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return value;
        }

        public final V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        public final boolean equals(Object o) {
            return entryEquals(this, o);
        }

        public final int hashCode() {
            return entryHash(key, value);
        }

        public final String toString() {
            return String.valueOf(key) + "=" + String.valueOf(value);
        }
    }

    Node<K, V>[] table;
    int size;
    transient int modCount;
    /** The size that triggers a resize; before the table exists, its initial capacity (0: default). */
    int threshold;
    private TSet<TMap.Entry<K, V>> entrySet;

    public THashMap() {}

    public THashMap(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        threshold = tableSizeFor(initialCapacity);
    }

    public THashMap(TMap<? extends K, ? extends V> m) {
        putMapEntries(m, false);
    }

    /** HashMap.newHashMap: a map sized for {@code numMappings} without a resize. */
    public static <K, V> THashMap<K, V> newHashMap(int numMappings) {
        if (numMappings < 0) {
            throw new IllegalArgumentException("Negative number of mappings: " + numMappings);
        }
        return new THashMap<K, V>(capacityFor(numMappings));
    }

    /** ceil(n / 0.75) in int arithmetic: n + ceil(n / 3). */
    static int capacityFor(int numMappings) {
        return numMappings + (numMappings + 2) / 3;
    }

    static int hash(Object key) {
        if (key == null) {
            return 0;
        }
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    /** The least power of two >= cap (1 for 0), capped at 2^30. */
    static int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }

    final void putMapEntries(TMap<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s > 0) {
            if (table == null) {
                int t = capacityFor(s);
                if (t > threshold) {
                    threshold = tableSizeFor(t);
                }
            } else {
                while (s > threshold && table.length < MAXIMUM_CAPACITY) {
                    resize();
                }
            }
            for (TIterator<? extends TMap.Entry<? extends K, ? extends V>> it = m.entrySet().iterator(); it.hasNext();) {
                TMap.Entry<? extends K, ? extends V> e = it.next();
                K key = e.getKey();
                putVal(hash(key), key, e.getValue(), false, evict);
            }
        }
    }

    /** Makes the table, or doubles it, splitting each bucket in order into a low and a high half. */
    @SuppressWarnings("unchecked")
    final Node<K, V>[] resize() {
        Node<K, V>[] oldTab = table;
        int oldCap = oldTab == null ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_CAPACITY;
            newThr = 12;
        }
        if (newThr == 0) {
            newThr = newCap < MAXIMUM_CAPACITY ? (newCap >> 1) + (newCap >> 2) : Integer.MAX_VALUE;
        }
        threshold = newThr;
        Node<K, V>[] newTab = (Node<K, V>[]) new Node[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; j++) {
                Node<K, V> e = oldTab[j];
                if (e == null) {
                    continue;
                }
                oldTab[j] = null;
                Node<K, V> loHead = null;
                Node<K, V> loTail = null;
                Node<K, V> hiHead = null;
                Node<K, V> hiTail = null;
                while (e != null) {
                    Node<K, V> next = e.next;
                    if ((e.hash & oldCap) == 0) {
                        if (loTail == null) {
                            loHead = e;
                        } else {
                            loTail.next = e;
                        }
                        loTail = e;
                    } else {
                        if (hiTail == null) {
                            hiHead = e;
                        } else {
                            hiTail.next = e;
                        }
                        hiTail = e;
                    }
                    e = next;
                }
                if (loTail != null) {
                    loTail.next = null;
                    newTab[j] = loHead;
                }
                if (hiTail != null) {
                    hiTail.next = null;
                    newTab[j + oldCap] = hiHead;
                }
            }
        }
        return newTab;
    }

    /** Where the JDK makes a long bucket a tree: while the table is under 64 buckets, a resize. */
    private void treeifyBin() {
        if (table == null || table.length < MIN_TREEIFY_CAPACITY) {
            resize();
        }
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int h = hash(key);
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            Object k = e.key;
            if (e.hash == h && (k == key || (key != null && key.equals(k)))) {
                return e;
            }
        }
        return null;
    }

    final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            tab = resize();
        }
        int i = (tab.length - 1) & hash;
        Node<K, V> p = tab[i];
        Node<K, V> e = null;
        if (p == null) {
            tab[i] = newNode(hash, key, value, null);
        } else {
            Object k = p.key;
            if (p.hash == hash && (k == key || (key != null && key.equals(k)))) {
                e = p;
            } else {
                for (int binCount = 0;; binCount++) {
                    e = p.next;
                    if (e == null) {
                        p.next = newNode(hash, key, value, null);
                        if (binCount >= TREEIFY_THRESHOLD - 1) {
                            treeifyBin();
                        }
                        break;
                    }
                    k = e.key;
                    if (e.hash == hash && (k == key || (key != null && key.equals(k)))) {
                        break;
                    }
                    p = e;
                }
            }
        }
        if (e != null) {
            V old = e.value;
            if (!onlyIfAbsent || old == null) {
                e.value = value;
            }
            afterNodeAccess(e);
            return old;
        }
        modCount++;
        if (++size > threshold) {
            resize();
        }
        afterNodeInsertion(evict);
        return null;
    }

    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int i = (tab.length - 1) & hash;
        Node<K, V> prev = null;
        for (Node<K, V> e = tab[i]; e != null; prev = e, e = e.next) {
            Object k = e.key;
            if (e.hash == hash && (k == key || (key != null && key.equals(k)))) {
                Object v = e.value;
                if (matchValue && !(v == value || (value != null && value.equals(v)))) {
                    return null;
                }
                if (prev == null) {
                    tab[i] = e.next;
                } else {
                    prev.next = e.next;
                }
                modCount++;
                size--;
                afterNodeRemoval(e);
                return e;
            }
        }
        return null;
    }

    // ---- hooks for LinkedHashMap --------------------------------------------------------------

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<K, V>(hash, key, value, next);
    }

    void afterNodeAccess(Node<K, V> p) {}

    void afterNodeInsertion(boolean evict) {}

    void afterNodeRemoval(Node<K, V> p) {}

    /** The first entry in iteration order, or null. */
    Node<K, V> first() {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (int i = 0; i < tab.length; i++) {
                if (tab[i] != null) {
                    return tab[i];
                }
            }
        }
        return null;
    }

    /** The entry after {@code e} in iteration order, or null: down its bucket, then the next bucket. */
    Node<K, V> successor(Node<K, V> e) {
        if (e.next != null) {
            return e.next;
        }
        Node<K, V>[] tab = table;
        for (int i = ((tab.length - 1) & e.hash) + 1; i < tab.length; i++) {
            if (tab[i] != null) {
                return tab[i];
            }
        }
        return null;
    }

    // ---- Map ------------------------------------------------------------------------------------

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    public V put(K key, V value) {
        return putVal(hash(key), key, value, false, true);
    }

    public void putAll(TMap<? extends K, ? extends V> m) {
        putMapEntries(m, true);
    }

    public V remove(Object key) {
        Node<K, V> e = removeNode(hash(key), key, null, false);
        return e == null ? null : e.value;
    }

    public void clear() {
        modCount++;
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            size = 0;
            for (int i = 0; i < tab.length; i++) {
                tab[i] = null;
            }
        }
    }

    public boolean containsValue(Object value) {
        for (Node<K, V> e = first(); e != null; e = successor(e)) {
            Object v = e.value;
            if (v == value || (value != null && value.equals(v))) {
                return true;
            }
        }
        return false;
    }

    public TSet<TMap.Entry<K, V>> entrySet() {
        TSet<TMap.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new EntrySet();
            entrySet = es;
        }
        return es;
    }

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        return e == null ? defaultValue : e.value;
    }

    public V putIfAbsent(K key, V value) {
        return putVal(hash(key), key, value, true, true);
    }

    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = getNode(key);
        if (e != null) {
            Object v = e.value;
            if (v == oldValue || (v != null && v.equals(oldValue))) {
                e.value = newValue;
                afterNodeAccess(e);
                return true;
            }
        }
        return false;
    }

    public V replace(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            afterNodeAccess(e);
            return old;
        }
        return null;
    }

    /**
     * The bucket search of computeIfAbsent, compute and merge: resizes first when size > threshold
     * (or there is no table), then finds the key's entry; {@code binCount} gets the bucket's length
     * when the key is absent (the JDK's treeify test).
     */
    private Node<K, V> lookupForCompute(int hash, Object key, int[] binCount) {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) {
            tab = resize();
        }
        int n = 0;
        for (Node<K, V> e = tab[(tab.length - 1) & hash]; e != null; e = e.next) {
            Object k = e.key;
            if (e.hash == hash && (k == key || (key != null && key.equals(k)))) {
                return e;
            }
            n++;
        }
        binCount[0] = n;
        return null;
    }

    /** Inserts a new entry at the head of its bucket (compute/merge's way) and counts it. */
    private void insertHead(int hash, K key, V value, int binCount) {
        Node<K, V>[] tab = table;
        int i = (tab.length - 1) & hash;
        tab[i] = newNode(hash, key, value, tab[i]);
        if (binCount >= TREEIFY_THRESHOLD - 1) {
            treeifyBin();
        }
    }

    public V computeIfAbsent(K key, TFunction<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        int[] bins = new int[1];
        Node<K, V> old = lookupForCompute(hash, key, bins);
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            return null;
        }
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        insertHead(hash, key, v, bins[0]);
        modCount = mc + 1;
        size++;
        afterNodeInsertion(true);
        return v;
    }

    public V computeIfPresent(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = getNode(key);
        if (e != null && e.value != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, e.value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
            if (v != null) {
                e.value = v;
                afterNodeAccess(e);
                return v;
            }
            removeNode(hash(key), key, null, false);
        }
        return null;
    }

    public V compute(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        int[] bins = new int[1];
        Node<K, V> old = lookupForCompute(hash, key, bins);
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (old != null) {
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false);
            }
        } else if (v != null) {
            insertHead(hash, key, v, bins[0]);
            modCount = mc + 1;
            size++;
            afterNodeInsertion(true);
        }
        return v;
    }

    public V merge(K key, V value, TBiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        int[] bins = new int[1];
        Node<K, V> old = lookupForCompute(hash, key, bins);
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) {
                    throw new ConcurrentModificationException();
                }
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false);
            }
            return v;
        }
        insertHead(hash, key, value, bins[0]);
        modCount++;
        size++;
        afterNodeInsertion(true);
        return value;
    }

    public void forEach(TBiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (size > 0 && table != null) {
            int mc = modCount;
            for (Node<K, V> e = first(); e != null && mc == modCount; e = successor(e)) {
                action.accept(e.key, e.value);
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    public void replaceAll(TBiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        if (size > 0 && table != null) {
            int mc = modCount;
            for (Node<K, V> e = first(); e != null && mc == modCount; e = successor(e)) {
                e.value = function.apply(e.key, e.value);
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    // ---- iteration --------------------------------------------------------------------------------

    /** The fail-fast walk of first()/successor(), with the JDK's order of checks. */
    class EntryIterator implements TIterator<TMap.Entry<K, V>> {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount;

        EntryIterator() {
            expectedModCount = modCount;
            next = first();
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = successor(e);
            return e;
        }

        public TMap.Entry<K, V> next() {
            return nextNode();
        }

        public final void remove() {
            Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false);
            expectedModCount = modCount;
        }
    }

    final class EntrySet extends TAbstractSet<TMap.Entry<K, V>> {
        public int size() {
            return size;
        }

        public void clear() {
            THashMap.this.clear();
        }

        public TIterator<TMap.Entry<K, V>> iterator() {
            return new EntryIterator();
        }

        public boolean contains(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> e = (TMap.Entry<?, ?>) o;
            Node<K, V> candidate = getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        public boolean remove(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> e = (TMap.Entry<?, ?>) o;
            Object key = e.getKey();
            return removeNode(hash(key), key, e.getValue(), true) != null;
        }
    }
}
