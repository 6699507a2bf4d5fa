package rtgo.runtime.classlib.java.util;

/*
 * TLinkedHashMap: java.util.LinkedHashMap as a whole-class substitute.
 *
 * Design note. A HashMap whose entries are also on a doubly linked list, in insertion order or,
 * with accessOrder, in order of last access (get, getOrDefault, put of an existing key, compute and
 * merge move the entry to the end, and count as a structural change, as in the JDK, so iterating
 * while calling get throws ConcurrentModificationException). Iteration follows the list. After
 * each insertion removeEldestEntry(eldest) is asked whether to drop the head: a program overrides
 * it for an LRU cache (made with the constructor that takes accessOrder).
 */
public class TLinkedHashMap<K, V> extends THashMap<K, V> implements TMap<K, V> {
    static final class LEntry<K, V> extends THashMap.Node<K, V> {
        LEntry<K, V> before;
        LEntry<K, V> after;

        LEntry(int hash, K key, V value, THashMap.Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    transient LEntry<K, V> head;
    transient LEntry<K, V> tail;
    final boolean accessOrder;

    public TLinkedHashMap() {
        accessOrder = false;
    }

    public TLinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }

    public TLinkedHashMap(TMap<? extends K, ? extends V> m) {
        accessOrder = false;
        putMapEntries(m, false);
    }

    public TLinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
        accessOrder = false;
    }

    /** The access-ordered map of an LRU cache is made with this constructor. */
    public TLinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }

    /** Whether to remove the eldest entry after an insertion; never, unless a subclass says so. */
    protected boolean removeEldestEntry(TMap.Entry<K, V> eldest) {
        return false;
    }

    THashMap.Node<K, V> newNode(int hash, K key, V value, THashMap.Node<K, V> next) {
        LEntry<K, V> p = new LEntry<K, V>(hash, key, value, next);
        LEntry<K, V> last = tail;
        tail = p;
        if (last == null) {
            head = p;
        } else {
            p.before = last;
            last.after = p;
        }
        return p;
    }

    void afterNodeRemoval(THashMap.Node<K, V> e) {
        LEntry<K, V> p = (LEntry<K, V>) e;
        LEntry<K, V> b = p.before;
        LEntry<K, V> a = p.after;
        p.before = null;
        p.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a == null) {
            tail = b;
        } else {
            a.before = b;
        }
    }

    void afterNodeInsertion(boolean evict) {
        LEntry<K, V> first = head;
        if (evict && first != null && removeEldestEntry(first)) {
            K key = first.key;
            removeNode(hash(key), key, null, false, true);
        }
    }

    void afterNodeAccess(THashMap.Node<K, V> e) {
        LEntry<K, V> last = tail;
        if (accessOrder && last != e) {
            LEntry<K, V> p = (LEntry<K, V>) e;
            LEntry<K, V> b = p.before;
            LEntry<K, V> a = p.after;
            p.after = null;
            if (b == null) {
                head = a;
            } else {
                b.after = a;
            }
            if (a != null) {
                a.before = b;
            } else {
                last = b;
            }
            if (last == null) {
                head = p;
            } else {
                p.before = last;
                last.after = p;
            }
            tail = p;
            modCount++;
        }
    }

    boolean treeBins() {
        return false;
    }

    THashMap.Node<K, V> first() {
        return head;
    }

    THashMap.Node<K, V> successor(THashMap.Node<K, V> e) {
        return ((LEntry<K, V>) e).after;
    }

    public V get(Object key) {
        THashMap.Node<K, V> e = getNode(key);
        if (e == null) {
            return null;
        }
        if (accessOrder) {
            afterNodeAccess(e);
        }
        return e.value;
    }

    public V getOrDefault(Object key, V defaultValue) {
        THashMap.Node<K, V> e = getNode(key);
        if (e == null) {
            return defaultValue;
        }
        if (accessOrder) {
            afterNodeAccess(e);
        }
        return e.value;
    }

    public void clear() {
        super.clear();
        head = null;
        tail = null;
    }
}
