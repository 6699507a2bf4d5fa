package rtgo.runtime.classlib.java.util;

/*
 * TAbstractMap: java.util.AbstractMap as a whole-class substitute, the base of the maps.
 *
 * Design note. As in the JDK's skeleton everything is written against entrySet(): get,
 * containsKey and containsValue search it, keySet() and values() are views whose iterators
 * wrap the entry iterator (so they are as fail-fast as it is, and remove through it). The views
 * are made once and kept, so map.keySet() == map.keySet() as on the JVM. toString is "{k=v, ...}"
 * with "(this Map)" for the map itself; equals and hashCode are the Map contract (same mappings;
 * the sum of the entries' key-hash ^ value-hash).
 */
public abstract class TAbstractMap<K, V> implements TMap<K, V> {
    private transient TSet<K> keySet;
    private transient TCollection<V> values;

    protected TAbstractMap() {}

    public abstract TSet<TMap.Entry<K, V>> entrySet();

    public int size() {
        return entrySet().size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** The entry for {@code key} found by a walk of entrySet(), or null. */
    private TMap.Entry<K, V> find(Object key) {
        for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
            TMap.Entry<K, V> e = it.next();
            if (key == null ? e.getKey() == null : key.equals(e.getKey())) {
                return e;
            }
        }
        return null;
    }

    public boolean containsKey(Object key) {
        return find(key) != null;
    }

    public boolean containsValue(Object value) {
        for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
            Object v = it.next().getValue();
            if (value == null ? v == null : value.equals(v)) {
                return true;
            }
        }
        return false;
    }

    public V get(Object key) {
        TMap.Entry<K, V> e = find(key);
        return e == null ? null : e.getValue();
    }

    public V put(K key, V value) {
        throw new UnsupportedOperationException();
    }

    public V remove(Object key) {
        for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
            TMap.Entry<K, V> e = it.next();
            if (key == null ? e.getKey() == null : key.equals(e.getKey())) {
                V v = e.getValue();
                it.remove();
                return v;
            }
        }
        return null;
    }

    public void putAll(TMap<? extends K, ? extends V> m) {
        for (TIterator<? extends TMap.Entry<? extends K, ? extends V>> it = m.entrySet().iterator(); it.hasNext();) {
            TMap.Entry<? extends K, ? extends V> e = it.next();
            put(e.getKey(), e.getValue());
        }
    }

    public void clear() {
        entrySet().clear();
    }

    public TSet<K> keySet() {
        TSet<K> ks = keySet;
        if (ks == null) {
            ks = new KeyView<K, V>(this);
            keySet = ks;
        }
        return ks;
    }

    public TCollection<V> values() {
        TCollection<V> vs = values;
        if (vs == null) {
            vs = new ValueView<K, V>(this);
            values = vs;
        }
        return vs;
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof TMap)) {
            return false;
        }
        TMap<?, ?> m = (TMap<?, ?>) o;
        if (m.size() != size()) {
            return false;
        }
        try {
            for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
                TMap.Entry<K, V> e = it.next();
                K key = e.getKey();
                V value = e.getValue();
                if (value == null) {
                    if (!(m.get(key) == null && m.containsKey(key))) {
                        return false;
                    }
                } else if (!value.equals(m.get(key))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
            h += it.next().hashCode();
        }
        return h;
    }

    /** "{k1=v1, k2=v2}"; the map itself, as a key or value, is "(this Map)". */
    public String toString() {
        TIterator<TMap.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        for (;;) {
            TMap.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : String.valueOf(key));
            sb.append('=');
            sb.append(value == this ? "(this Map)" : String.valueOf(value));
            if (!it.hasNext()) {
                return sb.append('}').toString();
            }
            sb.append(',').append(' ');
        }
    }

    /** Entry equality and hash as Map.Entry specifies them. */
    static boolean entryEquals(TMap.Entry<?, ?> e, Object o) {
        if (o == e) {
            return true;
        }
        if (!(o instanceof TMap.Entry)) {
            return false;
        }
        TMap.Entry<?, ?> x = (TMap.Entry<?, ?>) o;
        return TObjects.equals(e.getKey(), x.getKey()) && TObjects.equals(e.getValue(), x.getValue());
    }

    static int entryHash(Object key, Object value) {
        return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
    }

    /** java.util.AbstractMap.SimpleEntry: a mutable key-value pair. */
    public static class SimpleEntry<K, V> implements TMap.Entry<K, V> {
        private final K key;
        private V value;

        public SimpleEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleEntry(TMap.Entry<? extends K, ? extends V> entry) {
            this.key = entry.getKey();
            this.value = entry.getValue();
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

    /** java.util.AbstractMap.SimpleImmutableEntry: a key-value pair whose setValue throws. */
    public static class SimpleImmutableEntry<K, V> implements TMap.Entry<K, V> {
        private final K key;
        private final V value;

        public SimpleImmutableEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleImmutableEntry(TMap.Entry<? extends K, ? extends V> entry) {
            this.key = entry.getKey();
            this.value = entry.getValue();
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            throw new UnsupportedOperationException();
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

    /** keySet(): the keys of the entry iterator; removal goes through it. */
    static final class KeyView<K, V> extends TAbstractSet<K> {
        private final TMap<K, V> map;

        KeyView(TMap<K, V> map) {
            this.map = map;
        }

        public TIterator<K> iterator() {
            return new Keys<K, V>(map.entrySet().iterator());
        }

        public int size() {
            return map.size();
        }

        public boolean isEmpty() {
            return map.isEmpty();
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            if (map.containsKey(o)) {
                map.remove(o);
                return true;
            }
            return false;
        }

        public void clear() {
            map.clear();
        }
    }

    /** values(): the values of the entry iterator. */
    static final class ValueView<K, V> extends TAbstractCollection<V> {
        private final TMap<K, V> map;

        ValueView(TMap<K, V> map) {
            this.map = map;
        }

        public TIterator<V> iterator() {
            return new Values<K, V>(map.entrySet().iterator());
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
    }

    static final class Keys<K, V> implements TIterator<K> {
        private final TIterator<TMap.Entry<K, V>> entries;

        Keys(TIterator<TMap.Entry<K, V>> entries) {
            this.entries = entries;
        }

        public boolean hasNext() {
            return entries.hasNext();
        }

        public K next() {
            return entries.next().getKey();
        }

        public void remove() {
            entries.remove();
        }
    }

    static final class Values<K, V> implements TIterator<V> {
        private final TIterator<TMap.Entry<K, V>> entries;

        Values(TIterator<TMap.Entry<K, V>> entries) {
            this.entries = entries;
        }

        public boolean hasNext() {
            return entries.hasNext();
        }

        public V next() {
            return entries.next().getValue();
        }

        public void remove() {
            entries.remove();
        }
    }
}
