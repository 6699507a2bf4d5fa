package rtgo.runtime.classlib.java.util.concurrent;

import java.util.NoSuchElementException;
import rtgo.runtime.classlib.java.util.TAbstractCollection;
import rtgo.runtime.classlib.java.util.TAbstractMap;
import rtgo.runtime.classlib.java.util.TAbstractSet;
import rtgo.runtime.classlib.java.util.TCollection;
import rtgo.runtime.classlib.java.util.TIterator;
import rtgo.runtime.classlib.java.util.TMap;
import rtgo.runtime.classlib.java.util.TSet;
import rtgo.runtime.classlib.java.util.function.TBiConsumer;
import rtgo.runtime.classlib.java.util.function.TBiFunction;
import rtgo.runtime.classlib.java.util.function.TFunction;

/*
 * TConcurrentHashMap: java.util.concurrent.ConcurrentHashMap as a whole-class substitute.
 *
 * Design note. A program sees the map's table through its iteration order (toString, keySet, for
 * loops), and ConcurrentHashMap's differs from HashMap's, so the table follows the JDK's
 * documented steps for one thread at a time: the hash spread as (h ^ (h >>> 16)) & 0x7fffffff;
 * a table of 16 made on the first insertion (or sized by the constructor as 1 + capacity / load
 * factor rounded up to a power of two); a new key appended at the tail of its bin by put, merge,
 * compute and computeIfAbsent alike; a resize as soon as the count reaches three quarters of the
 * table (after the insertion that reaches it), which moves each bin's nodes from its "last run"
 * (the longest tail that all go to the same half) on as they are and prepends the nodes before
 * it one by one, reversing them; a bin found holding 8 or more keys in front of the one looked
 * for grows a small table (under 64) through the JDK's presize loop, which may double it more
 * than once, or else becomes a tree bin. A tree bin here keeps only what iteration can see: its
 * nodes' list, in which a new key is put first; it is searched linearly, split on a resize into
 * two lists that keep their order (back to plain bins at 6 nodes or fewer), and turned back into a
 * plain bin when a removal leaves 6 or fewer nodes (the JDK decides that from the red-black tree's
 * shape, which is not kept: the one place the orders could part). With concurrent writers the
 * JDK's resize points depend on contention (its counter cells), so only single-writer histories
 * are reproducible on either side anyway.
 *
 * Concurrency on the device (green threads on one core): every update holds the map's monitor;
 * get, containsKey and iteration read without locking, which is safe because an update never
 * leaves a reachable node in an inconsistent state (a resize builds the new table aside and
 * installs it with one store, a removal unlinks with one store) and word stores are atomic.
 * Iterators are weakly consistent: they walk the table they started on. Keys and values may not
 * be null (NullPointerException), as in the JDK. The mapping functions run while the monitor is
 * held, as they run under the bin's lock in the JDK; they must not update the map.
 */
public class TConcurrentHashMap<K, V> extends TAbstractMap<K, V> implements TConcurrentMap<K, V> {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int UNTREEIFY_THRESHOLD = 6;
    private static final int MIN_TREEIFY_CAPACITY = 64;
    private static final int TREEBIN = -2;

    /** A mapping of a bin's list. */
    static class Node<K, V> implements TMap.Entry<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return val;
        }

        public final V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        public final int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public final boolean equals(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> e = (TMap.Entry<?, ?>) o;
            Object k = e.getKey();
            Object v = e.getValue();
            Object u = val;
            return k != null && v != null && (k == key || k.equals(key)) && (v == u || v.equals(u));
        }

        public final String toString() {
            return String.valueOf(key) + "=" + String.valueOf(val);
        }
    }

    /** The head of a tree bin: its nodes are the list from first, newest first. */
    static final class TreeBin<K, V> extends Node<K, V> {
        volatile Node<K, V> first;

        TreeBin(Node<K, V> first) {
            super(TREEBIN, null, null, null);
            this.first = first;
        }
    }

    private volatile Node<K, V>[] table;
    /** Before the table exists: its initial size (0: default); after: the count that resizes it. */
    private int sizeCtl;
    private int count;
    private KeySetView<K, V> keySet;
    private ValuesView<K, V> values;
    private EntrySetView<K, V> entrySet;

    public TConcurrentHashMap() {}

    public TConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f, 1);
    }

    public TConcurrentHashMap(TMap<? extends K, ? extends V> m) {
        this(m.size());
        putAll(m);
    }

    public TConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public TConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = loadFactor == 0.75f ? 1 + ((long) initialCapacity << 2) / 3 : (long) (1.0 + (long) initialCapacity / loadFactor);
        sizeCtl = size >= (long) MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    static int spread(int h) {
        return (h ^ (h >>> 16)) & 0x7fffffff;
    }

    static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }

    // ---- the table (all of this runs with the monitor held) ----

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        Node<K, V>[] tab = table;
        if (tab == null) {
            int n = sizeCtl > 0 ? sizeCtl : DEFAULT_CAPACITY;
            tab = (Node<K, V>[]) new Node<?, ?>[n];
            table = tab;
            sizeCtl = n - (n >>> 2);
        }
        return tab;
    }

    /** Counts delta mappings in; resizes while the count has reached sizeCtl (unless check < 0). */
    private void addCount(int delta, int check) {
        count += delta;
        if (check >= 0) {
            Node<K, V>[] tab;
            while (count >= sizeCtl && (tab = table) != null && tab.length < MAXIMUM_CAPACITY) {
                transfer(tab);
            }
        }
    }

    /** A plain list with the nodes of the list from first, in order. */
    private static <K, V> Node<K, V> untreeify(Node<K, V> first) {
        Node<K, V> hd = null;
        Node<K, V> tl = null;
        for (Node<K, V> q = first; q != null; q = q.next) {
            Node<K, V> p = new Node<K, V>(q.hash, q.key, q.val, null);
            if (tl == null) {
                hd = p;
            } else {
                tl.next = p;
            }
            tl = p;
        }
        return hd;
    }

    /** Doubles the table, splitting each bin as the JDK's transfer does. */
    @SuppressWarnings("unchecked")
    private void transfer(Node<K, V>[] tab) {
        int n = tab.length;
        Node<K, V>[] nt = (Node<K, V>[]) new Node<?, ?>[n << 1];
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                continue;
            }
            Node<K, V> ln;
            Node<K, V> hn;
            if (f.hash != TREEBIN) {
                int runBit = f.hash & n;
                Node<K, V> lastRun = f;
                for (Node<K, V> p = f.next; p != null; p = p.next) {
                    int b = p.hash & n;
                    if (b != runBit) {
                        runBit = b;
                        lastRun = p;
                    }
                }
                if (runBit == 0) {
                    ln = lastRun;
                    hn = null;
                } else {
                    hn = lastRun;
                    ln = null;
                }
                for (Node<K, V> p = f; p != lastRun; p = p.next) {
                    if ((p.hash & n) == 0) {
                        ln = new Node<K, V>(p.hash, p.key, p.val, ln);
                    } else {
                        hn = new Node<K, V>(p.hash, p.key, p.val, hn);
                    }
                }
            } else {
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> lo = null;
                Node<K, V> loTail = null;
                Node<K, V> hi = null;
                Node<K, V> hiTail = null;
                int lc = 0;
                int hc = 0;
                for (Node<K, V> e = t.first; e != null; e = e.next) {
                    Node<K, V> p = new Node<K, V>(e.hash, e.key, e.val, null);
                    if ((e.hash & n) == 0) {
                        if (loTail == null) {
                            lo = p;
                        } else {
                            loTail.next = p;
                        }
                        loTail = p;
                        lc++;
                    } else {
                        if (hiTail == null) {
                            hi = p;
                        } else {
                            hiTail.next = p;
                        }
                        hiTail = p;
                        hc++;
                    }
                }
                ln = lc <= UNTREEIFY_THRESHOLD ? lo : hc != 0 ? new TreeBin<K, V>(lo) : t;
                hn = hc <= UNTREEIFY_THRESHOLD ? hi : lc != 0 ? new TreeBin<K, V>(hi) : t;
            }
            nt[i] = ln;
            nt[i + n] = hn;
        }
        table = nt;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    /** The JDK's presize loop: grows the table until sizeCtl is at least the size wanted. */
    @SuppressWarnings("unchecked")
    private void tryPresize(int size) {
        int c = size >= (MAXIMUM_CAPACITY >>> 1) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        for (;;) {
            int sc = sizeCtl;
            Node<K, V>[] tab = table;
            if (tab == null) {
                int n = sc > c ? sc : c;
                table = (Node<K, V>[]) new Node<?, ?>[n];
                sizeCtl = n - (n >>> 2);
            } else if (c <= sc || tab.length >= MAXIMUM_CAPACITY) {
                return;
            } else {
                transfer(tab);
            }
        }
    }

    /** A long bin: a bigger small table, or a tree bin. */
    private void treeifyBin(Node<K, V>[] tab, int index) {
        int n = tab.length;
        if (n < MIN_TREEIFY_CAPACITY) {
            tryPresize(n << 1);
        } else {
            Node<K, V> b = tab[index];
            if (b != null && b.hash != TREEBIN) {
                tab[index] = new TreeBin<K, V>(untreeify(b));
            }
        }
    }

    /** Puts a new node first in tree bin t. */
    private static <K, V> void putTreeVal(TreeBin<K, V> t, int h, K key, V value) {
        t.first = new Node<K, V>(h, key, value, t.first);
    }

    /** Unlinks p from tree bin t at index i; back to a plain bin when few nodes remain. */
    private void removeTreeNode(Node<K, V>[] tab, int i, TreeBin<K, V> t, Node<K, V> p) {
        Node<K, V> prev = null;
        int n = 0;
        for (Node<K, V> e = t.first; e != null; e = e.next) {
            if (e == p) {
                if (prev == null) {
                    t.first = e.next;
                } else {
                    prev.next = e.next;
                }
            } else {
                prev = e;
                n++;
            }
        }
        if (n <= UNTREEIFY_THRESHOLD) {
            tab[i] = untreeify(t.first);
        }
    }

    private static boolean keyEq(Object a, Object b) {
        return a == b || a.equals(b);
    }

    /** The node of key (its spread hash h) in the bin starting at f, or null. */
    private static <K, V> Node<K, V> find(Node<K, V> f, int h, Object key) {
        Node<K, V> e = f.hash == TREEBIN ? ((TreeBin<K, V>) f).first : f;
        for (; e != null; e = e.next) {
            if (e.hash == h && keyEq(key, e.key)) {
                return e;
            }
        }
        return null;
    }

    // ---- Map ----

    public V get(Object key) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        Node<K, V> f = tab[(tab.length - 1) & h];
        if (f == null) {
            return null;
        }
        Node<K, V> e = find(f, h, key);
        return e == null ? null : e.val;
    }

    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.advance() != null;) {
            Object v = it.current.val;
            if (v == value || v != null && value.equals(v)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count <= 0;
    }

    public long mappingCount() {
        return count;
    }

    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    final V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (this) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            int binCount = 0;
            V oldVal = null;
            if (f == null) {
                tab[i] = new Node<K, V>(h, key, value, null);
            } else if (f.hash != TREEBIN) {
                binCount = 1;
                for (Node<K, V> e = f;; binCount++) {
                    if (e.hash == h && keyEq(key, e.key)) {
                        oldVal = e.val;
                        if (!onlyIfAbsent) {
                            e.val = value;
                        }
                        break;
                    }
                    Node<K, V> next = e.next;
                    if (next == null) {
                        e.next = new Node<K, V>(h, key, value, null);
                        break;
                    }
                    e = next;
                }
            } else {
                binCount = 2;
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> p = find(t, h, key);
                if (p != null) {
                    oldVal = p.val;
                    if (!onlyIfAbsent) {
                        p.val = value;
                    }
                } else {
                    putTreeVal(t, h, key, value);
                }
            }
            if (binCount >= TREEIFY_THRESHOLD) {
                treeifyBin(tab, i);
            }
            if (oldVal != null) {
                return oldVal;
            }
            addCount(1, binCount);
            return null;
        }
    }

    public void putAll(TMap<? extends K, ? extends V> m) {
        synchronized (this) {
            if (table != null) {
                tryPresize(count + m.size());
            }
        }
        for (TIterator<? extends TMap.Entry<? extends K, ? extends V>> it = m.entrySet().iterator(); it.hasNext();) {
            TMap.Entry<? extends K, ? extends V> e = it.next();
            putVal(e.getKey(), e.getValue(), false);
        }
    }

    /**
     * Removes key's mapping (when cv is null or its value equals cv) or replaces its value with
     * value (when non-null); returns the old value, null if nothing changed.
     */
    final V replaceNode(Object key, V value, Object cv) {
        int h = spread(key.hashCode());
        synchronized (this) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                return null;
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            if (f == null) {
                return null;
            }
            if (f.hash != TREEBIN) {
                for (Node<K, V> e = f, pred = null; e != null; pred = e, e = e.next) {
                    if (e.hash == h && keyEq(key, e.key)) {
                        V ev = e.val;
                        if (cv != null && cv != ev && !cv.equals(ev)) {
                            return null;
                        }
                        if (value != null) {
                            e.val = value;
                        } else {
                            if (pred == null) {
                                tab[i] = e.next;
                            } else {
                                pred.next = e.next;
                            }
                            addCount(-1, -1);
                        }
                        return ev;
                    }
                }
                return null;
            }
            TreeBin<K, V> t = (TreeBin<K, V>) f;
            Node<K, V> p = find(t, h, key);
            if (p == null) {
                return null;
            }
            V pv = p.val;
            if (cv != null && cv != pv && !cv.equals(pv)) {
                return null;
            }
            if (value != null) {
                p.val = value;
            } else {
                removeTreeNode(tab, i, t, p);
                addCount(-1, -1);
            }
            return pv;
        }
    }

    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException();
        }
        return value != null && replaceNode(key, null, value) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    public void clear() {
        synchronized (this) {
            Node<K, V>[] tab = table;
            if (tab != null) {
                for (int i = 0; i < tab.length; i++) {
                    tab[i] = null;
                }
            }
            count = 0;
        }
    }

    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    public void forEach(TBiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.advance() != null;) {
            action.accept(it.current.key, it.current.val);
        }
    }

    public void replaceAll(TBiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.advance() != null;) {
            Node<K, V> p = it.current;
            V oldValue = p.val;
            for (K key = p.key;;) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) {
                    throw new NullPointerException();
                }
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) {
                    break;
                }
            }
        }
    }

    /**
     * The common body of computeIfAbsent, computeIfPresent, compute and merge: mode 0 absent,
     * 1 present, 2 compute, 3 merge (value is merge's value).
     */
    @SuppressWarnings("unchecked")
    private V computeImpl(K key, int mode, Object fn, V value) {
        if (key == null || fn == null || (mode == 3 && value == null)) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (this) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                if (mode == 1) {
                    return null;
                }
                tab = initTable();
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            int binCount = 0;
            int delta = 0;
            V val;
            if (f == null) {
                if (mode == 1) {
                    return null;
                }
                val = mode == 3 ? value : mode == 0 ? ((TFunction<? super K, ? extends V>) fn).apply(key)
                        : ((TBiFunction<? super K, ? super V, ? extends V>) fn).apply(key, null);
                if (val != null) {
                    tab[i] = new Node<K, V>(h, key, val, null);
                    delta = 1;
                }
                binCount = mode == 3 ? 0 : 1;
            } else {
                Node<K, V> p = null;
                Node<K, V> pred = null;
                boolean tree = f.hash == TREEBIN;
                if (!tree) {
                    binCount = 1;
                    for (Node<K, V> e = f;; binCount++) {
                        if (e.hash == h && keyEq(key, e.key)) {
                            p = e;
                            break;
                        }
                        if (e.next == null) {
                            pred = e;
                            break;
                        }
                        pred = e;
                        e = e.next;
                    }
                } else {
                    binCount = 2;
                    p = find(f, h, key);
                }
                if (p != null) {
                    V old = p.val;
                    switch (mode) {
                        case 0:
                            val = old;
                            break;
                        case 3:
                            val = ((TBiFunction<? super V, ? super V, ? extends V>) fn).apply(old, value);
                            break;
                        default:
                            val = ((TBiFunction<? super K, ? super V, ? extends V>) fn).apply(key, old);
                    }
                    if (val != null) {
                        p.val = val;
                    } else {
                        delta = -1;
                        if (tree) {
                            removeTreeNode(tab, i, (TreeBin<K, V>) f, p);
                        } else if (p == f) {
                            tab[i] = p.next;
                        } else {
                            pred.next = p.next;
                        }
                    }
                } else if (mode == 1) {
                    val = null;
                } else {
                    val = mode == 3 ? value : mode == 0 ? ((TFunction<? super K, ? extends V>) fn).apply(key)
                            : ((TBiFunction<? super K, ? super V, ? extends V>) fn).apply(key, null);
                    if (val != null) {
                        delta = 1;
                        if (tree) {
                            putTreeVal((TreeBin<K, V>) f, h, key, val);
                        } else {
                            pred.next = new Node<K, V>(h, key, val, null);
                        }
                    }
                }
            }
            if (binCount >= TREEIFY_THRESHOLD) {
                treeifyBin(tab, i);
            }
            if (delta != 0) {
                addCount(delta, binCount);
            }
            return val;
        }
    }

    public V computeIfAbsent(K key, TFunction<? super K, ? extends V> mappingFunction) {
        return computeImpl(key, 0, mappingFunction, null);
    }

    public V computeIfPresent(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return computeImpl(key, 1, remappingFunction, null);
    }

    public V compute(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return computeImpl(key, 2, remappingFunction, null);
    }

    public V merge(K key, V value, TBiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        return computeImpl(key, 3, remappingFunction, value);
    }

    /** Every key's hash code XOR its value's, summed (Map's hashCode). */
    public int hashCode() {
        int h = 0;
        for (Traverser<K, V> it = new Traverser<K, V>(table); it.advance() != null;) {
            h += it.current.key.hashCode() ^ it.current.val.hashCode();
        }
        return h;
    }

    // ---- views ----

    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        if (ks == null) {
            ks = new KeySetView<K, V>(this, null);
            keySet = ks;
        }
        return ks;
    }

    /** A key set view whose add puts mappedValue for a new key. */
    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<K, V>(this, mappedValue);
    }

    public TCollection<V> values() {
        ValuesView<K, V> vs = values;
        if (vs == null) {
            vs = new ValuesView<K, V>(this);
            values = vs;
        }
        return vs;
    }

    public TSet<TMap.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySet;
        if (es == null) {
            es = new EntrySetView<K, V>(this);
            entrySet = es;
        }
        return es;
    }

    /** A Set backed by a new ConcurrentHashMap (values Boolean.TRUE). */
    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<K, Boolean>(new TConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<K, Boolean>(new TConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    /** Walks the table in index order, each bin's list in order (a tree bin's from first). */
    static final class Traverser<K, V> {
        final Node<K, V>[] tab;
        int index;
        Node<K, V> next;
        Node<K, V> current;

        Traverser(Node<K, V>[] tab) {
            this.tab = tab;
        }

        /** Moves to the next node and returns it (also in current), or null at the end. */
        Node<K, V> advance() {
            Node<K, V> e = next;
            if (e != null) {
                e = e.next;
            }
            while (e == null) {
                Node<K, V>[] t = tab;
                if (t == null || index >= t.length) {
                    current = null;
                    next = null;
                    return null;
                }
                e = t[index++];
                if (e != null && e.hash == TREEBIN) {
                    e = ((TreeBin<K, V>) e).first;
                }
            }
            next = e;
            current = e;
            return e;
        }
    }

    /** The views' iterator: keys, values or entries (kind 0, 1, 2). */
    static final class ViewIterator<K, V, E> implements TIterator<E> {
        private final TConcurrentHashMap<K, V> map;
        private final Traverser<K, V> t;
        private final int kind;
        private Node<K, V> nextNode;
        private Node<K, V> lastReturned;

        ViewIterator(TConcurrentHashMap<K, V> map, int kind) {
            this.map = map;
            this.kind = kind;
            t = new Traverser<K, V>(map.table);
            nextNode = t.advance();
        }

        public boolean hasNext() {
            return nextNode != null;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            Node<K, V> p = nextNode;
            if (p == null) {
                throw new NoSuchElementException();
            }
            lastReturned = p;
            nextNode = t.advance();
            if (kind == 0) {
                return (E) p.key;
            }
            if (kind == 1) {
                return (E) p.val;
            }
            return (E) new MapEntry<K, V>(p.key, p.val, map);
        }

        public void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) {
                throw new IllegalStateException();
            }
            lastReturned = null;
            map.replaceNode(p.key, null, null);
        }
    }

    /** An entry handed out by the entry iterator: setValue writes through with put. */
    static final class MapEntry<K, V> implements TMap.Entry<K, V> {
        final K key;
        V val;
        final TConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, TConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return val;
        }

        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }

        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public boolean equals(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> e = (TMap.Entry<?, ?>) o;
            Object k = e.getKey();
            Object v = e.getValue();
            return k != null && v != null && (k == key || k.equals(key)) && (v == val || v.equals(val));
        }

        public String toString() {
            return String.valueOf(key) + "=" + String.valueOf(val);
        }
    }

    /** java.util.concurrent.ConcurrentHashMap.KeySetView: the keys, backed by the map. */
    public static class KeySetView<K, V> extends TAbstractSet<K> {
        private final TConcurrentHashMap<K, V> map;
        private final V value;

        KeySetView(TConcurrentHashMap<K, V> map, V value) {
            this.map = map;
            this.value = value;
        }

        public TConcurrentHashMap<K, V> getMap() {
            return map;
        }

        /** The value add puts, or null when add is not supported. */
        public V getMappedValue() {
            return value;
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        public TIterator<K> iterator() {
            return new ViewIterator<K, V, K>(map, 0);
        }

        public boolean add(K e) {
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(e, v, true) == null;
        }

        public boolean addAll(TCollection<? extends K> c) {
            boolean added = false;
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            for (TIterator<? extends K> it = c.iterator(); it.hasNext();) {
                if (map.putVal(it.next(), v, true) == null) {
                    added = true;
                }
            }
            return added;
        }

        public int size() {
            return map.size();
        }

        public boolean isEmpty() {
            return map.isEmpty();
        }

        public void clear() {
            map.clear();
        }
    }

    /** The values view, backed by the map. */
    static final class ValuesView<K, V> extends TAbstractCollection<V> {
        private final TConcurrentHashMap<K, V> map;

        ValuesView(TConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        public TIterator<V> iterator() {
            return new ViewIterator<K, V, V>(map, 1);
        }

        public int size() {
            return map.size();
        }

        public boolean isEmpty() {
            return map.isEmpty();
        }

        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        public void clear() {
            map.clear();
        }

        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }
    }

    /** The entries view, backed by the map. */
    static final class EntrySetView<K, V> extends TAbstractSet<TMap.Entry<K, V>> {
        private final TConcurrentHashMap<K, V> map;

        EntrySetView(TConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        public TIterator<TMap.Entry<K, V>> iterator() {
            return new ViewIterator<K, V, TMap.Entry<K, V>>(map, 2);
        }

        public int size() {
            return map.size();
        }

        public boolean isEmpty() {
            return map.isEmpty();
        }

        public boolean contains(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> e = (TMap.Entry<?, ?>) o;
            Object k = e.getKey();
            Object v = e.getValue();
            Object r;
            return k != null && v != null && (r = map.get(k)) != null && (v == r || v.equals(r));
        }

        public boolean remove(Object o) {
            if (!(o instanceof TMap.Entry)) {
                return false;
            }
            TMap.Entry<?, ?> e = (TMap.Entry<?, ?>) o;
            Object k = e.getKey();
            Object v = e.getValue();
            return k != null && v != null && map.remove(k, v);
        }

        public void clear() {
            map.clear();
        }
    }
}
