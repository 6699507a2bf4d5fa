package rtgo.runtime.classlib.java.util;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
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
 * the capacity (the load factor 0.75, in int arithmetic; another load factor given to a
 * constructor is used in float arithmetic as the JDK does); a new key
 * appended at the tail of its bucket by put, but at the head by computeIfAbsent, compute and merge,
 * which also resize before looking when size > threshold instead of after inserting; a resize
 * splitting each bucket into the entries that stay and those that move up by the old capacity,
 * each keeping its order; and where the JDK would turn a long bucket into a tree while the table is
 * smaller than 64, the resize it does instead. Once the table has 64 buckets, the JDK turns a
 * bucket that reaches 8 entries (9 with put) into a red-black tree, and that changes the bucket's
 * iteration order: the tree's root is moved to the front of the bucket's list, and a key added
 * later is linked in right after its parent in the tree. So such buckets are trees here too
 * (TreeNode), built, searched, balanced and split exactly as the JDK's documented algorithm does
 * (ordered by hash, then compareTo when both keys are of one Comparable class, then class name and
 * identity hash; insertion and deletion fix-ups as in Cormen et al., deletion swapping a node with
 * its successor rather than moving keys; back to a list at 6 entries or fewer on a split, or when
 * a removal finds the tree too small). A bucket only orders its keys by identity hash when
 * non-Comparable keys of one class share a full hash, where HotSpot's own order changes from run
 * to run. A key class counts as Comparable when it is String, Integer, Long, Double, Float,
 * Character, Boolean or implements Comparable (the JDK also requires the class itself to declare Comparable<itself>,
 * which needs reflection to see). LinkedHashMap keeps lists: its order is its own linked list,
 * which buckets do not affect.
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

    /** An entry of a bucket that is a red-black tree: tree links, and prev for the bucket's list. */
    static final class TreeNode<K, V> extends Node<K, V> {
        TreeNode<K, V> parent;
        TreeNode<K, V> left;
        TreeNode<K, V> right;
        TreeNode<K, V> prev;
        boolean red;

        TreeNode(int hash, K key, V value, Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    Node<K, V>[] table;
    int size;
    transient int modCount;
    /** The size that triggers a resize; before the table exists, its initial capacity (0: default). */
    int threshold;
    /** The load factor given to a constructor; 0 for the default 0.75, kept in int arithmetic. */
    final float loadFactor;
    private TSet<TMap.Entry<K, V>> entrySet;
    /**
     * The second result of lookupForCompute (the bucket's length when the key is absent, -1 for a
     * tree bucket), kept here rather than in a one-element array that every merge would allocate;
     * callers read it right after the lookup, before any function they call can search again.
     */
    private int lookupBins;

    public THashMap() {
        loadFactor = 0;
    }

    public THashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        this.loadFactor = loadFactor == 0.75f ? 0 : loadFactor;
        threshold = tableSizeFor(initialCapacity);
    }

    public THashMap(int initialCapacity) {
        loadFactor = 0;
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        threshold = tableSizeFor(initialCapacity);
    }

    public THashMap(TMap<? extends K, ? extends V> m) {
        loadFactor = 0;
        putMapEntries(m, false);
    }

    /** HashMap.newHashMap: a map sized for {@code numMappings} without a resize. */
    public static <K, V> THashMap<K, V> newHashMap(int numMappings) {
        if (numMappings < 0) {
            throw new IllegalArgumentException("Negative number of mappings: " + numMappings);
        }
        return new THashMap<K, V>(capacityFor(numMappings));
    }

    /** ceil(n / loadFactor), capped at 2^30, as the JDK computes it in double. */
    private static int ceilDiv(int n, float loadFactor) {
        double dt = Math.ceil(n / (double) loadFactor);
        return dt < (double) MAXIMUM_CAPACITY ? (int) dt : MAXIMUM_CAPACITY;
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
                int t = loadFactor == 0 ? capacityFor(s) : ceilDiv(s, loadFactor);
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
            if (loadFactor == 0) {
                newThr = newCap < MAXIMUM_CAPACITY ? (newCap >> 1) + (newCap >> 2) : Integer.MAX_VALUE;
            } else {
                float ft = (float) newCap * loadFactor;
                newThr = newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE;
            }
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
                if (e.next == null) {
                    newTab[e.hash & (newCap - 1)] = e; // a lone entry moves as it is, even a TreeNode
                    continue;
                }
                if (e instanceof TreeNode) {
                    splitTree(newTab, j, oldCap, (TreeNode<K, V>) e);
                    continue;
                }
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

    /**
     * A bucket grew long: while the table has fewer than 64 buckets, a resize; after that the
     * bucket becomes a tree (its entries replaced by TreeNodes in the same order).
     */
    final void treeifyBin(Node<K, V>[] tab, int hash) {
        if (tab == null || tab.length < MIN_TREEIFY_CAPACITY) {
            resize();
            return;
        }
        if (!treeBins()) {
            return;
        }
        int index = (tab.length - 1) & hash;
        TreeNode<K, V> hd = null;
        TreeNode<K, V> tl = null;
        for (Node<K, V> e = tab[index]; e != null; e = e.next) {
            TreeNode<K, V> p = new TreeNode<K, V>(e.hash, e.key, e.value, null);
            if (tl == null) {
                hd = p;
            } else {
                p.prev = tl;
                tl.next = p;
            }
            tl = p;
        }
        tab[index] = hd;
        if (hd != null) {
            treeify(tab, hd);
        }
    }

    /** Whether long buckets become trees (not in LinkedHashMap, whose order is its own list). */
    boolean treeBins() {
        return true;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int h = hash(key);
        Node<K, V> first = tab[(tab.length - 1) & h];
        if (first instanceof TreeNode) {
            Object k = first.key;
            if (first.hash == h && (k == key || (key != null && key.equals(k)))) {
                return first;
            }
            return findInTree(rootOf((TreeNode<K, V>) first), h, key);
        }
        for (Node<K, V> e = first; e != null; e = e.next) {
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
            } else if (p instanceof TreeNode) {
                e = putTreeVal(tab, (TreeNode<K, V>) p, hash, key, value);
            } else {
                for (int binCount = 0;; binCount++) {
                    e = p.next;
                    if (e == null) {
                        p.next = newNode(hash, key, value, null);
                        if (binCount >= TREEIFY_THRESHOLD - 1) {
                            treeifyBin(tab, hash);
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

    /**
     * Removes the entry of {@code key} (when {@code matchValue}, only if its value equals
     * {@code value}); {@code movable} false (an iterator's removal) leaves a tree bucket's root
     * where it is and never turns the tree back into a list, as in the JDK.
     */
    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue, boolean movable) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int i = (tab.length - 1) & hash;
        Node<K, V> p = tab[i];
        if (p == null) {
            return null;
        }
        Node<K, V> node = null;
        Object k = p.key;
        if (p.hash == hash && (k == key || (key != null && key.equals(k)))) {
            node = p;
        } else if (p instanceof TreeNode) {
            node = findInTree(rootOf((TreeNode<K, V>) p), hash, key);
        } else {
            for (Node<K, V> e = p.next; e != null; p = e, e = e.next) {
                k = e.key;
                if (e.hash == hash && (k == key || (key != null && key.equals(k)))) {
                    node = e;
                    break;
                }
            }
        }
        if (node == null) {
            return null;
        }
        Object v = node.value;
        if (matchValue && !(v == value || (value != null && value.equals(v)))) {
            return null;
        }
        if (node instanceof TreeNode) {
            removeTreeNode(tab, (TreeNode<K, V>) node, movable);
        } else if (node == p) {
            tab[i] = node.next;
        } else {
            p.next = node.next;
        }
        modCount++;
        size--;
        afterNodeRemoval(node);
        return node;
    }

    // ---- tree buckets ---------------------------------------------------------------------------

    static <K, V> TreeNode<K, V> rootOf(TreeNode<K, V> t) {
        while (t.parent != null) {
            t = t.parent;
        }
        return t;
    }

    /** 1 when k's class is one whose instances compare with each other by compareTo, else 0. */
    static int comparableKind(Object k) {
        if (k instanceof String || k instanceof Integer || k instanceof Character || k instanceof Boolean
                || k instanceof Long || k instanceof Double || k instanceof Float
                || k instanceof rtgo.runtime.classlib.java.lang.TComparable) {
            return 1;
        }
        return 0;
    }

    /** k.compareTo(x) when x is of k's class, else 0. */
    static int compareComparables(Object k, Object x) {
        if (x == null || x.getClass() != k.getClass()) {
            return 0;
        }
        return TCollections.compareNatural(k, x);
    }

    /** The last resort for equal hashes: class names, then identity hashes; never 0. */
    static int tieBreakOrder(Object a, Object b) {
        int d = 0;
        if (a != null && b != null) {
            d = a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (d == 0) {
            d = System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
        }
        return d;
    }

    /**
     * The entry of key k (hash h) in the tree under p: by hash, then equality, then compareTo when
     * it decides, else both subtrees.
     */
    static <K, V> TreeNode<K, V> findInTree(TreeNode<K, V> p, int h, Object k) {
        int kc = -1;
        while (p != null) {
            int ph = p.hash;
            TreeNode<K, V> pl = p.left;
            TreeNode<K, V> pr = p.right;
            Object pk = p.key;
            if (ph > h) {
                p = pl;
            } else if (ph < h) {
                p = pr;
            } else if (pk == k || (k != null && k.equals(pk))) {
                return p;
            } else if (pl == null) {
                p = pr;
            } else if (pr == null) {
                p = pl;
            } else {
                if (kc < 0) {
                    kc = comparableKind(k);
                }
                int dir = kc != 0 ? compareComparables(k, pk) : 0;
                if (dir != 0) {
                    p = dir < 0 ? pl : pr;
                } else {
                    TreeNode<K, V> q = findInTree(pr, h, k);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
        }
        return null;
    }

    /** Makes the list from hd (linked by next and prev) a balanced tree; its root goes first. */
    final void treeify(Node<K, V>[] tab, TreeNode<K, V> hd) {
        TreeNode<K, V> root = null;
        TreeNode<K, V> next;
        for (TreeNode<K, V> x = hd; x != null; x = next) {
            next = (TreeNode<K, V>) x.next;
            x.left = null;
            x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
                continue;
            }
            Object k = x.key;
            int h = x.hash;
            int kc = -1;
            for (TreeNode<K, V> p = root;;) {
                int dir;
                int ph = p.hash;
                if (ph > h) {
                    dir = -1;
                } else if (ph < h) {
                    dir = 1;
                } else {
                    if (kc < 0) {
                        kc = comparableKind(k);
                    }
                    dir = kc != 0 ? compareComparables(k, p.key) : 0;
                    if (dir == 0) {
                        dir = tieBreakOrder(k, p.key);
                    }
                }
                TreeNode<K, V> xp = p;
                p = dir <= 0 ? p.left : p.right;
                if (p == null) {
                    x.parent = xp;
                    if (dir <= 0) {
                        xp.left = x;
                    } else {
                        xp.right = x;
                    }
                    root = balanceInsertion(root, x);
                    break;
                }
            }
        }
        moveRootToFront(tab, root);
    }

    /** Puts the tree's root first in its bucket's list. */
    static <K, V> void moveRootToFront(Node<K, V>[] tab, TreeNode<K, V> root) {
        if (root == null || tab == null) {
            return;
        }
        int index = (tab.length - 1) & root.hash;
        TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
        if (root == first) {
            return;
        }
        tab[index] = root;
        TreeNode<K, V> rp = root.prev;
        Node<K, V> rn = root.next;
        if (rn != null) {
            ((TreeNode<K, V>) rn).prev = rp;
        }
        if (rp != null) {
            rp.next = rn;
        }
        if (first != null) {
            first.prev = root;
        }
        root.next = first;
        root.prev = null;
    }

    /**
     * putVal in a tree bucket: the existing entry of k, or null after linking a new one into the
     * tree and into the bucket's list right after its tree parent.
     */
    final TreeNode<K, V> putTreeVal(Node<K, V>[] tab, TreeNode<K, V> first, int h, K k, V v) {
        int kc = -1;
        boolean searched = false;
        TreeNode<K, V> root = rootOf(first);
        for (TreeNode<K, V> p = root;;) {
            int dir;
            int ph = p.hash;
            Object pk = p.key;
            if (ph > h) {
                dir = -1;
            } else if (ph < h) {
                dir = 1;
            } else if (pk == k || (k != null && k.equals(pk))) {
                return p;
            } else {
                if (kc < 0) {
                    kc = comparableKind(k);
                }
                dir = kc != 0 ? compareComparables(k, pk) : 0;
                if (dir == 0) {
                    if (!searched) {
                        searched = true;
                        TreeNode<K, V> q = p.left == null ? null : findInTree(p.left, h, k);
                        if (q == null && p.right != null) {
                            q = findInTree(p.right, h, k);
                        }
                        if (q != null) {
                            return q;
                        }
                    }
                    dir = tieBreakOrder(k, pk);
                }
            }
            TreeNode<K, V> xp = p;
            p = dir <= 0 ? p.left : p.right;
            if (p == null) {
                Node<K, V> xpn = xp.next;
                TreeNode<K, V> x = new TreeNode<K, V>(h, k, v, xpn);
                if (dir <= 0) {
                    xp.left = x;
                } else {
                    xp.right = x;
                }
                xp.next = x;
                x.parent = xp;
                x.prev = xp;
                if (xpn != null) {
                    ((TreeNode<K, V>) xpn).prev = x;
                }
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
        }
    }

    /** Plain entries for the TreeNodes from q on, in list order. */
    static <K, V> Node<K, V> untreeify(Node<K, V> q) {
        Node<K, V> hd = null;
        Node<K, V> tl = null;
        for (; q != null; q = q.next) {
            Node<K, V> p = new Node<K, V>(q.hash, q.key, q.value, null);
            if (tl == null) {
                hd = p;
            } else {
                tl.next = p;
            }
            tl = p;
        }
        return hd;
    }

    /**
     * Removes p from its tree bucket: out of the list first; a tree found too small (when
     * {@code movable}) becomes a list; otherwise p is swapped with its successor when it has two
     * children, unlinked, and the tree rebalanced.
     */
    final void removeTreeNode(Node<K, V>[] tab, TreeNode<K, V> p, boolean movable) {
        int index = (tab.length - 1) & p.hash;
        TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
        TreeNode<K, V> succ = (TreeNode<K, V>) p.next;
        TreeNode<K, V> pred = p.prev;
        if (pred == null) {
            first = succ;
            tab[index] = succ;
        } else {
            pred.next = succ;
        }
        if (succ != null) {
            succ.prev = pred;
        }
        if (first == null) {
            return;
        }
        TreeNode<K, V> root = rootOf(first);
        if (movable && (root.right == null || root.left == null || root.left.left == null)) {
            tab[index] = untreeify(first);
            return;
        }
        TreeNode<K, V> pl = p.left;
        TreeNode<K, V> pr = p.right;
        TreeNode<K, V> replacement;
        if (pl != null && pr != null) {
            TreeNode<K, V> s = pr;
            while (s.left != null) {
                s = s.left;
            }
            boolean c = s.red;
            s.red = p.red;
            p.red = c;
            TreeNode<K, V> sr = s.right;
            TreeNode<K, V> pp = p.parent;
            if (s == pr) {
                p.parent = s;
                s.right = p;
            } else {
                TreeNode<K, V> sp = s.parent;
                p.parent = sp;
                if (sp != null) {
                    if (s == sp.left) {
                        sp.left = p;
                    } else {
                        sp.right = p;
                    }
                }
                s.right = pr;
                pr.parent = s;
            }
            p.left = null;
            p.right = sr;
            if (sr != null) {
                sr.parent = p;
            }
            s.left = pl;
            pl.parent = s;
            s.parent = pp;
            if (pp == null) {
                root = s;
            } else if (p == pp.left) {
                pp.left = s;
            } else {
                pp.right = s;
            }
            replacement = sr != null ? sr : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            TreeNode<K, V> pp = p.parent;
            replacement.parent = pp;
            if (pp == null) {
                root = replacement;
                replacement.red = false;
            } else if (p == pp.left) {
                pp.left = replacement;
            } else {
                pp.right = replacement;
            }
            p.left = null;
            p.right = null;
            p.parent = null;
        }
        TreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            TreeNode<K, V> pp = p.parent;
            p.parent = null;
            if (pp != null) {
                if (p == pp.left) {
                    pp.left = null;
                } else if (p == pp.right) {
                    pp.right = null;
                }
            }
        }
        if (movable) {
            moveRootToFront(tab, r);
        }
    }

    /**
     * A resize's split of tree bucket b (at index) into the entries that stay and those that move
     * up by {@code bit}, in list order: a part of 6 or fewer becomes a list; a part that is not
     * the whole bucket is made a tree again.
     */
    final void splitTree(Node<K, V>[] tab, int index, int bit, TreeNode<K, V> b) {
        TreeNode<K, V> loHead = null;
        TreeNode<K, V> loTail = null;
        TreeNode<K, V> hiHead = null;
        TreeNode<K, V> hiTail = null;
        int lc = 0;
        int hc = 0;
        TreeNode<K, V> next;
        for (TreeNode<K, V> e = b; e != null; e = next) {
            next = (TreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                e.prev = loTail;
                if (loTail == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
                lc++;
            } else {
                e.prev = hiTail;
                if (hiTail == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
                hc++;
            }
        }
        if (loHead != null) {
            if (lc <= 6) {
                tab[index] = untreeify(loHead);
            } else {
                tab[index] = loHead;
                if (hiHead != null) {
                    treeify(tab, loHead);
                }
            }
        }
        if (hiHead != null) {
            if (hc <= 6) {
                tab[index + bit] = untreeify(hiHead);
            } else {
                tab[index + bit] = hiHead;
                if (loHead != null) {
                    treeify(tab, hiHead);
                }
            }
        }
    }

    static <K, V> TreeNode<K, V> rotateLeft(TreeNode<K, V> root, TreeNode<K, V> p) {
        TreeNode<K, V> r = p == null ? null : p.right;
        if (r == null) {
            return root;
        }
        TreeNode<K, V> rl = r.left;
        p.right = rl;
        if (rl != null) {
            rl.parent = p;
        }
        TreeNode<K, V> pp = p.parent;
        r.parent = pp;
        if (pp == null) {
            root = r;
            r.red = false;
        } else if (pp.left == p) {
            pp.left = r;
        } else {
            pp.right = r;
        }
        r.left = p;
        p.parent = r;
        return root;
    }

    static <K, V> TreeNode<K, V> rotateRight(TreeNode<K, V> root, TreeNode<K, V> p) {
        TreeNode<K, V> l = p == null ? null : p.left;
        if (l == null) {
            return root;
        }
        TreeNode<K, V> lr = l.right;
        p.left = lr;
        if (lr != null) {
            lr.parent = p;
        }
        TreeNode<K, V> pp = p.parent;
        l.parent = pp;
        if (pp == null) {
            root = l;
            l.red = false;
        } else if (pp.right == p) {
            pp.right = l;
        } else {
            pp.left = l;
        }
        l.right = p;
        p.parent = l;
        return root;
    }

    /** The red-black insertion fix-up for x; returns the (possibly new) root. */
    static <K, V> TreeNode<K, V> balanceInsertion(TreeNode<K, V> root, TreeNode<K, V> x) {
        x.red = true;
        for (;;) {
            TreeNode<K, V> xp = x.parent;
            if (xp == null) {
                x.red = false;
                return x;
            }
            TreeNode<K, V> xpp = xp.parent;
            if (!xp.red || xpp == null) {
                return root;
            }
            if (xp == xpp.left) {
                TreeNode<K, V> uncle = xpp.right;
                if (uncle != null && uncle.red) {
                    uncle.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.right) {
                        x = xp;
                        root = rotateLeft(root, x);
                        xp = x.parent;
                        xpp = xp == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                TreeNode<K, V> uncle = xpp.left;
                if (uncle != null && uncle.red) {
                    uncle.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.left) {
                        x = xp;
                        root = rotateRight(root, x);
                        xp = x.parent;
                        xpp = xp == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }

    /** The red-black deletion fix-up from x; returns the (possibly new) root. */
    static <K, V> TreeNode<K, V> balanceDeletion(TreeNode<K, V> root, TreeNode<K, V> x) {
        for (;;) {
            if (x == null || x == root) {
                return root;
            }
            TreeNode<K, V> xp = x.parent;
            if (xp == null) {
                x.red = false;
                return x;
            }
            if (x.red) {
                x.red = false;
                return root;
            }
            if (xp.left == x) {
                TreeNode<K, V> sib = xp.right;
                if (sib != null && sib.red) {
                    sib.red = false;
                    xp.red = true;
                    root = rotateLeft(root, xp);
                    xp = x.parent;
                    sib = xp == null ? null : xp.right;
                }
                if (sib == null) {
                    x = xp;
                } else {
                    TreeNode<K, V> sl = sib.left;
                    TreeNode<K, V> sr = sib.right;
                    if ((sr == null || !sr.red) && (sl == null || !sl.red)) {
                        sib.red = true;
                        x = xp;
                    } else {
                        if (sr == null || !sr.red) {
                            if (sl != null) {
                                sl.red = false;
                            }
                            sib.red = true;
                            root = rotateRight(root, sib);
                            xp = x.parent;
                            sib = xp == null ? null : xp.right;
                        }
                        if (sib != null) {
                            sib.red = xp != null && xp.red;
                            if (sib.right != null) {
                                sib.right.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateLeft(root, xp);
                        }
                        x = root;
                    }
                }
            } else {
                TreeNode<K, V> sib = xp.left;
                if (sib != null && sib.red) {
                    sib.red = false;
                    xp.red = true;
                    root = rotateRight(root, xp);
                    xp = x.parent;
                    sib = xp == null ? null : xp.left;
                }
                if (sib == null) {
                    x = xp;
                } else {
                    TreeNode<K, V> sl = sib.left;
                    TreeNode<K, V> sr = sib.right;
                    if ((sl == null || !sl.red) && (sr == null || !sr.red)) {
                        sib.red = true;
                        x = xp;
                    } else {
                        if (sl == null || !sl.red) {
                            if (sr != null) {
                                sr.red = false;
                            }
                            sib.red = true;
                            root = rotateLeft(root, sib);
                            xp = x.parent;
                            sib = xp == null ? null : xp.left;
                        }
                        if (sib != null) {
                            sib.red = xp != null && xp.red;
                            if (sib.left != null) {
                                sib.left.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateRight(root, xp);
                        }
                        x = root;
                    }
                }
            }
        }
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
        Node<K, V> e = removeNode(hash(key), key, null, false, true);
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
        return removeNode(hash(key), key, value, true, true) != null;
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
     * (or there is no table), then finds the key's entry; {@link #lookupBins} gets the bucket's
     * length when the key is absent (the JDK's treeify test).
     */
    private Node<K, V> lookupForCompute(int hash, Object key) {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) {
            tab = resize();
        }
        Node<K, V> first = tab[(tab.length - 1) & hash];
        if (first instanceof TreeNode) {
            lookupBins = -1; // a tree bucket: insert with putTreeVal
            return findInTree(rootOf((TreeNode<K, V>) first), hash, key);
        }
        int n = 0;
        for (Node<K, V> e = first; e != null; e = e.next) {
            Object k = e.key;
            if (e.hash == hash && (k == key || (key != null && key.equals(k)))) {
                return e;
            }
            n++;
        }
        lookupBins = n;
        return null;
    }

    /** Inserts a new entry at the head of its bucket (compute/merge's way) and counts it. */
    private void insertHead(int hash, K key, V value, int binCount) {
        Node<K, V>[] tab = table;
        int i = (tab.length - 1) & hash;
        if (binCount < 0) {
            putTreeVal(tab, (TreeNode<K, V>) tab[i], hash, key, value);
            return;
        }
        tab[i] = newNode(hash, key, value, tab[i]);
        if (binCount >= TREEIFY_THRESHOLD - 1) {
            treeifyBin(tab, hash);
        }
    }

    public V computeIfAbsent(K key, TFunction<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V> old = lookupForCompute(hash, key);
        int bins = lookupBins;
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
        insertHead(hash, key, v, bins);
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
            removeNode(hash(key), key, null, false, true);
        }
        return null;
    }

    public V compute(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V> old = lookupForCompute(hash, key);
        int bins = lookupBins;
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
                removeNode(hash, key, null, false, true);
            }
        } else if (v != null) {
            insertHead(hash, key, v, bins);
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
        Node<K, V> old = lookupForCompute(hash, key);
        int bins = lookupBins;
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
                removeNode(hash, key, null, false, true);
            }
            return v;
        }
        insertHead(hash, key, value, bins);
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
            removeNode(p.hash, p.key, null, false, false);
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
            return removeNode(hash(key), key, e.getValue(), true, true) != null;
        }
    }
}
