package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.util.function.TBiConsumer;
import rtgo.runtime.classlib.java.util.function.TBiFunction;
import rtgo.runtime.classlib.java.util.function.TFunction;

/**
 * java.util.Map (an interface substitute) with its nested Entry (java.util.Map$Entry maps to
 * TMap$Entry) and the JDK's default methods, written to the JDK's documented default
 * implementations; HashMap and TreeMap override the ones whose order of effects differs. Map.of,
 * Map.ofEntries and Map.copyOf make unmodifiable maps that refuse nulls and (Map.of) duplicate keys
 * as the JDK's do; the JDK randomises their iteration order per JVM run, here it is the argument
 * order.
 */
public interface TMap<K, V> {
    /** java.util.Map.Entry (an interface substitute). */
    interface Entry<K, V> {
        K getKey();

        V getValue();

        V setValue(V value);

        /** Entries by key, in natural order. */
        static <K, V> TComparator<TMap.Entry<K, V>> comparingByKey() {
            return new TCollections.ByEntry<K, V>(true, null);
        }

        /** Entries by value, in natural order. */
        static <K, V> TComparator<TMap.Entry<K, V>> comparingByValue() {
            return new TCollections.ByEntry<K, V>(false, null);
        }

        static <K, V> TComparator<TMap.Entry<K, V>> comparingByKey(TComparator<? super K> cmp) {
            if (cmp == null) {
                throw new NullPointerException();
            }
            return new TCollections.ByEntry<K, V>(true, cmp);
        }

        static <K, V> TComparator<TMap.Entry<K, V>> comparingByValue(TComparator<? super V> cmp) {
            if (cmp == null) {
                throw new NullPointerException();
            }
            return new TCollections.ByEntry<K, V>(false, cmp);
        }
    }

    int size();

    boolean isEmpty();

    boolean containsKey(Object key);

    boolean containsValue(Object value);

    V get(Object key);

    V put(K key, V value);

    V remove(Object key);

    void putAll(TMap<? extends K, ? extends V> m);

    void clear();

    TSet<K> keySet();

    TCollection<V> values();

    TSet<TMap.Entry<K, V>> entrySet();

    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v != null || containsKey(key) ? v : defaultValue;
    }

    default void forEach(TBiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
            TMap.Entry<K, V> e = it.next();
            action.accept(e.getKey(), e.getValue());
        }
    }

    default void replaceAll(TBiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
            TMap.Entry<K, V> e = it.next();
            e.setValue(function.apply(e.getKey(), e.getValue()));
        }
    }

    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) {
            v = put(key, value);
        }
        return v;
    }

    default boolean remove(Object key, Object value) {
        Object cur = get(key);
        if (!TObjects.equals(cur, value) || (cur == null && !containsKey(key))) {
            return false;
        }
        remove(key);
        return true;
    }

    default boolean replace(K key, V oldValue, V newValue) {
        Object cur = get(key);
        if (!TObjects.equals(cur, oldValue) || (cur == null && !containsKey(key))) {
            return false;
        }
        put(key, newValue);
        return true;
    }

    default V replace(K key, V value) {
        V cur = get(key);
        if (cur != null || containsKey(key)) {
            cur = put(key, value);
        }
        return cur;
    }

    default V computeIfAbsent(K key, TFunction<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        V v = get(key);
        if (v == null) {
            V nv = mappingFunction.apply(key);
            if (nv != null) {
                put(key, nv);
                return nv;
            }
        }
        return v;
    }

    default V computeIfPresent(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        V old = get(key);
        if (old != null) {
            V nv = remappingFunction.apply(key, old);
            if (nv != null) {
                put(key, nv);
                return nv;
            }
            remove(key);
        }
        return null;
    }

    default V compute(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        V old = get(key);
        V nv = remappingFunction.apply(key, old);
        if (nv == null) {
            if (old != null || containsKey(key)) {
                remove(key);
            }
            return null;
        }
        put(key, nv);
        return nv;
    }

    default V merge(K key, V value, TBiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null || value == null) {
            throw new NullPointerException();
        }
        V old = get(key);
        V nv = old == null ? value : remappingFunction.apply(old, value);
        if (nv == null) {
            remove(key);
        } else {
            put(key, nv);
        }
        return nv;
    }

    static <K, V> TMap<K, V> of() {
        return TCollections.immutableMap(new Object[] {});
    }

    static <K, V> TMap<K, V> of(K k1, V v1) {
        return TCollections.immutableMap(new Object[] {k1, v1});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2, k3, v3});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8, k9, v9});
    }

    static <K, V> TMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {
        return TCollections.immutableMap(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8, k9, v9, k10, v10});
    }

    /** Map.ofEntries: as Map.of, from entries. */
    @SafeVarargs
    static <K, V> TMap<K, V> ofEntries(TMap.Entry<? extends K, ? extends V>... entries) {
        Object[] kv = new Object[2 * entries.length];
        for (int i = 0; i < entries.length; i++) {
            kv[2 * i] = entries[i].getKey();
            kv[2 * i + 1] = entries[i].getValue();
        }
        return TCollections.immutableMap(kv);
    }

    @SuppressWarnings("unchecked")
    static <K, V> TMap<K, V> copyOf(TMap<? extends K, ? extends V> map) {
        if (map instanceof TCollections.UnmodifiableMap) {
            return (TMap<K, V>) map;
        }
        Object[] kv = new Object[2 * map.size()];
        int i = 0;
        for (TIterator<? extends TMap.Entry<? extends K, ? extends V>> it = map.entrySet().iterator(); it.hasNext();) {
            TMap.Entry<? extends K, ? extends V> e = it.next();
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return TCollections.immutableMap(kv);
    }

    /** Map.entry: an unmodifiable key-value pair; neither may be null. */
    static <K, V> TMap.Entry<K, V> entry(K k, V v) {
        if (k == null || v == null) {
            throw new NullPointerException();
        }
        return new TAbstractMap.SimpleImmutableEntry<K, V>(k, v);
    }
}
