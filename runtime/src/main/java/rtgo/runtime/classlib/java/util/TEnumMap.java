package rtgo.runtime.classlib.java.util;

import rtgo.runtime.Types;
import rtgo.runtime.classlib.java.lang.TEnum;

/*
 * TEnumMap: java.util.EnumMap on the device, an array of values indexed by the key's ordinal.
 *
 * Design note. As the JDK's: a value array the size of the enum's universe (Types.enumConstants,
 * see TEnumSet), a marker for "no mapping" so that null values are allowed, iteration in ordinal
 * order; null keys are refused. The entry set's entries are live (setValue writes through);
 * toString, equals and hashCode are AbstractMap's. The iterators are not fail-fast, like the
 * JDK's EnumMap iterators, which read the live array too.
 */
public class TEnumMap<K extends TEnum<K>, V> extends TAbstractMap<K, V> implements Cloneable {
    /** The marker of an ordinal without a mapping (null is a value a mapping may have). */
    private static final class Absent {
    }

    private static final Object ABSENT = new Absent();

    private final Class<K> keyType;
    private final Object[] universe;
    private Object[] vals;
    private int size;

    public TEnumMap(Class<K> keyType) {
        if (keyType == null) {
            throw new NullPointerException();
        }
        Object[] u = Types.enumConstants(keyType);
        if (u == null) {
            throw new ClassCastException("class " + keyType.getName() + " not an enum");
        }
        this.keyType = keyType;
        this.universe = u;
        this.vals = new Object[u.length];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = ABSENT;
        }
    }

    public TEnumMap(TEnumMap<K, ? extends V> m) {
        this.keyType = m.keyType;
        this.universe = m.universe;
        this.vals = m.vals.clone();
        this.size = m.size;
    }

    @SuppressWarnings("unchecked")
    public TEnumMap(TMap<K, ? extends V> m) {
        this(keyTypeOf(m));
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    private static <K extends TEnum<K>> Class<K> keyTypeOf(TMap<K, ?> m) {
        if (m instanceof TEnumMap<K, ?> em) {
            return em.keyType;
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException("Specified map is empty");
        }
        return m.keySet().iterator().next().getDeclaringClass();
    }

    private int index(Object key) {
        if (key instanceof TEnum<?> e) {
            int i = e.ordinal();
            if (i < universe.length && universe[i] == e) {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return size;
    }

    public boolean containsKey(Object key) {
        int i = index(key);
        return i >= 0 && vals[i] != ABSENT;
    }

    public boolean containsValue(Object value) {
        for (Object v : vals) {
            if (v != ABSENT && java.util.Objects.equals(v, value)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = index(key);
        return i >= 0 && vals[i] != ABSENT ? (V) vals[i] : null;
    }

    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        int i = index(key);
        if (i < 0) {
            if (key == null) {
                throw new NullPointerException();
            }
            throw new ClassCastException("class " + key.getClass().getName() + " != class " + keyType.getName());
        }
        Object old = vals[i];
        vals[i] = value;
        if (old == ABSENT) {
            size++;
            return null;
        }
        return (V) old;
    }

    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = index(key);
        if (i < 0 || vals[i] == ABSENT) {
            return null;
        }
        Object old = vals[i];
        vals[i] = ABSENT;
        size--;
        return (V) old;
    }

    public void clear() {
        for (int i = 0; i < vals.length; i++) {
            vals[i] = ABSENT;
        }
        size = 0;
    }

    public TEnumMap<K, V> clone() {
        return new TEnumMap<>(this);
    }

    public TSet<TMap.Entry<K, V>> entrySet() {
        return new TAbstractSet<TMap.Entry<K, V>>() {
            public int size() {
                return size;
            }

            public TIterator<TMap.Entry<K, V>> iterator() {
                return new TIterator<TMap.Entry<K, V>>() {
                    private int next = advance(0);
                    private int last = -1;

                    private int advance(int from) {
                        int i = from;
                        while (i < vals.length && vals[i] == ABSENT) {
                            i++;
                        }
                        return i;
                    }

                    public boolean hasNext() {
                        return next < vals.length;
                    }

                    public TMap.Entry<K, V> next() {
                        if (next >= vals.length) {
                            throw new java.util.NoSuchElementException();
                        }
                        last = next;
                        next = advance(next + 1);
                        return new Slot(last);
                    }

                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        if (vals[last] != ABSENT) {
                            vals[last] = ABSENT;
                            size--;
                        }
                        last = -1;
                    }
                };
            }
        };
    }

    /** A live entry: the mapping of one ordinal. */
    private final class Slot implements TMap.Entry<K, V> {
        private final int i;

        Slot(int i) {
            this.i = i;
        }

        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) universe[i];
        }

        @SuppressWarnings("unchecked")
        public V getValue() {
            return vals[i] == ABSENT ? null : (V) vals[i];
        }

        @SuppressWarnings("unchecked")
        public V setValue(V value) {
            Object old = vals[i];
            vals[i] = value;
            return (V) old;
        }

        public boolean equals(Object o) {
            return o instanceof TMap.Entry<?, ?> e && java.util.Objects.equals(getKey(), e.getKey())
                    && java.util.Objects.equals(getValue(), e.getValue());
        }

        public int hashCode() {
            return java.util.Objects.hashCode(getKey()) ^ java.util.Objects.hashCode(getValue());
        }

        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
